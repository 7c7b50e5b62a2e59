// Pass 2 (titles, via _titled-surnames and _echoes) and the resolver (resolve/entities.ts): a person no lexicon knows
// named only by the title of a head of state or government or a minister and a surname, never with a given name, is
// a person, and the same surname written again alone is the same person. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";
import { articleFromText } from "../../../src/ingest/index.js";
import { processArticle } from "../../../src/pipeline.js";
import type { Article } from "../../../src/model.js";

/** The people the whole pipeline keeps (extraction and resolution). */
const resolved = (text: string, date = "2021-03-10") => processArticle(articleFromText(`date ${date}\n\n${text}`, { uri: "t.txt" }) as Article).people.map((p) => p.name);

describe("a title and a surname, with no given name anywhere", () => {
  it("English: a surname a given-names list also holds ('Prime Minister Ross') and one no dictionary knows", () => {
    const f = facts("WARSAW (AP) — President Wiśniewski held talks with Prime Minister Ross in Warsaw on Monday. Ross told reporters the talks had gone well.", "2021-03-10");
    expect(people(f)).toEqual(expect.arrayContaining(["Wiśniewski", "Ross"]));
    expect(met(f, "Ross", "Wiśniewski")).toHaveLength(1);
    // the later "Ross" is a mention of the same person
    expect(f.mentions.filter((m) => m.kind === "person" && m.text === "Ross").length).toBe(2);
  });

  it("a new name's surname written again after an honorific ('Ms Laing', 'Dr Mwangi') is the same person", () => {
    const f = facts("The governor received the Dutch envoy Marieke Haarsma on Monday. Ms Haarsma also met with Governor Obi Tanko on Tuesday.", "2021-03-10");
    expect(met(f, "Haarsma", "Obi Tanko")).toHaveLength(1);
  });

  it("the resolver keeps a surname alone that a head of state's or a minister's title introduces", () => {
    const names = resolved("VILNIUS (AP) — Foreign Minister Tamkevicius met Chancellor Hartwig in Vilnius on Friday. Hartwig later flew home.");
    expect(names).toEqual(expect.arrayContaining(["Tamkevicius", "Hartwig"]));
  });

  it("Persian and Arabic: a surname after the title", () => {
    const fa = facts("ورشو - ایرنا - نخست‌وزیر کوالچیک روز دوشنبه در ورشو با رئیس‌جمهور تامسالو دیدار کرد.", "1400-01-10");
    expect(met(fa, "کوالچیک", "تامسالو")).toHaveLength(1);
    const ar = facts("وارسو (واس) - التقى الرئيس كوالتشيك اليوم في وارسو رئيس الوزراء تامسالو.", "2021-03-10");
    expect(met(ar, "كوالتشيك", "تامسالو")).toHaveLength(1);
  });

  it("not a word after a lower office, a date, a title word or a longer name", () => {
    expect(resolved("The mayor of the town, Mayor Ross, opened the fair on Monday.")).not.toContain("Ross");
    expect(people(facts("President Ross Tamkevicius arrived in Riga.", "2021-03-10"))).not.toContain("Ross");
    expect(people(facts("The Prime Minister Monday rejected the plan.", "2021-03-10"))).toEqual([]);
    expect(people(facts("The Foreign Minister Designate spoke to reporters.", "2021-03-10"))).toEqual([]);
  });
});

describe("no surname alone: a portfolio, a caption, a misspelt common word", () => {
  it("'Minister of Commerce', «(يمين)», «وزير الإتصالات»", () => {
    expect(resolved("The Minister of Commerce met traders in Lagos on Monday.")).toEqual([]);
    expect(resolved("وزير الدفاع الأردني (يسار) يتحدث إلى الصحفيين.")).toEqual([]);
    expect(resolved("التقى وزير الإتصالات اليوم وفدا من الشركة.")).toEqual([]);
  });
});
