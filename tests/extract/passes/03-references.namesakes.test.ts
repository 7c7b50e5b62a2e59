// Pass 3: a common family name written alone ("Kim", «کیم», «وانغ»), which the lexicon holds only as an ambiguous
// short form of a namesake, stands for the person the article named in full with that word, not for the namesake
// it never names. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, people, root } from "./helpers.js";

const D = "2025-03-12";

describe("pass 3: an ambiguous family name stands for the person named in full", () => {
  const cases: Array<[string, string]> = [
    ["en", "Donald Trump met Kim Jong Un in Hanoi on Monday. Months earlier, Trump had called off a summit in a letter to Kim."],
    ["fa", "دونالد ترامپ روز دوشنبه در هانوی با کیم جونگ اون دیدار کرد. ترامپ ماه‌ها پیش در نامه‌ای به کیم نشست را لغو کرده بود."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: "Kim" after Kim Jong Un is Kim Jong Un, not a lexicon namesake`, () => {
      const f = facts(text, D);
      expect(people(f).sort()).toEqual(["person/donald-trump", "person/kim-jong-un"]);
      expect(events(f, "cancelled").map((e) => e.who)).toEqual([["person/donald-trump", "person/kim-jong-un"]]);
    });
  }
  it("the namesake named in full keeps the short form", () => {
    const f = facts("Prime Minister Kim Boo-kyum met Kim Jong Un's envoy in Seoul on Monday. Kim said the talks were useful.", D);
    expect(people(f)).toContain("person/kim-boo-kyum");
  });
  it("of two people named with the word, the one the article names most often", () => {
    const f = facts(
      "Donald Trump met Kim Jong Un in Hanoi on Monday. Kim Jong Un arrived by train, and Kim Yong Chol, a senior aide, joined him. Trump later wrote to Kim.",
      D,
    );
    const kims = f.mentions.filter((m) => m.kind === "person" && m.text === "Kim");
    expect(kims).toHaveLength(1);
    expect(root(f, kims[0].index).lexiconId).toBe("person/kim-jong-un");
  });
});

describe("pass 3: a surname the lexicon holds for one person stands for the article's own person of that surname", () => {
  it("'Merkel' after 'Greta Merkel', whom the article names in full, is her, not the lexicon's Angela Merkel", () => {
    const f = facts("Farm union head Greta Merkel met Agriculture Minister Tomas Varga in Graz on Monday. Merkel later met Mayor Ilse Holz in Linz.", D);
    expect(people(f)).not.toContain("person/angela-merkel");
    expect(events(f, "meeting").map((e) => e.who)).toContainEqual(["Greta Merkel", "Ilse Holz"]);
  });
  it("the lexicon's person named in full keeps the surname", () => {
    const f = facts("Chancellor Angela Merkel met Greta Merkel, a farm union head, in Berlin on Monday. Merkel later met Mayor Ilse Holz.", D);
    expect(events(f, "meeting").map((e) => e.who)).toContainEqual(["Ilse Holz", "person/angela-merkel"]);
  });
});

describe("lexicon: an English name with its middle given name dropped is the lexicon's person", () => {
  it("'Toomas Ilves' is Toomas Hendrik Ilves", () => {
    const f = facts("Estonian President Toomas Ilves met Latvian President Valdis Zatlers in Tallinn on Monday.", D);
    expect(people(f)).toContain("person/toomas-hendrik-ilves");
  });
});
