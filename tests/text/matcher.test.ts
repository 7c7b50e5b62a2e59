import { describe, expect, it } from "vitest";
import { PhraseMatcher, procliticReadings } from "../../src/text/matcher.js";
import { tokenize } from "../../src/text/tokenize.js";

function run<T>(m: PhraseMatcher<T>, text: string, proclitics = false) {
  const toks = tokenize(text);
  return m.findAll(toks, { proclitics }).map((x) => ({
    text: text.slice(toks[x.start].start, toks[x.end - 1].end),
    values: x.values,
    proclitic: x.proclitic,
  }));
}

function matcher(phrases: string[]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const p of phrases) m.add(p, p);
  return m.build();
}

describe("PhraseMatcher", () => {
  it("matches a phrase whose words are glued together in the text", () => {
    const m = matcher(["أبو عبيدة", "نخست وزیر"]);
    expect(run(m, "دیدار ابوعبیده با نخستوزیر")).toEqual([
      { text: "ابوعبیده", values: ["أبو عبيدة"], proclitic: undefined },
      { text: "نخستوزیر", values: ["نخست وزیر"], proclitic: undefined },
    ]);
  });

  it("matches a glued phrase when the text splits it", () => {
    const m = matcher(["کاخ‌سفید", "ریاستجمهوری"]);
    expect(run(m, "او در کاخ سفید از دفتر ریاست جمهوری گفت").map((x) => x.text)).toEqual([
      "کاخ سفید",
      "ریاست جمهوری",
    ]);
  });

  it("matches across Arabic and Persian letter forms, diacritics and tatweel", () => {
    const m = matcher(["الرئيس التركي"]);
    expect(run(m, "قال الرئیس الترکی").map((x) => x.text)).toEqual(["الرئیس الترکی"]);
    expect(run(m, "قالَ الرَّئيسُ التـركي").map((x) => x.text)).toEqual(["الرَّئيسُ التـركي"]);
  });

  it("prefers the longest match and does not overlap", () => {
    const m = matcher(["وزیر", "وزیر امور خارجه", "امور خارجه", "خارجه"]);
    expect(run(m, "وزیر امور خارجه ترکیه و وزیر").map((x) => x.values[0])).toEqual(["وزیر امور خارجه", "وزیر"]);
  });

  it("only matches at token boundaries", () => {
    const m = matcher(["قطر", "Iran"]);
    expect(run(m, "قطرات باران")).toEqual([]);
    expect(run(m, "Iranian officials")).toEqual([]);
    // a match must start at a token start
    expect(run(m, "مقطر")).toEqual([]);
  });

  it("does not glue Latin words that the phrase keeps apart", () => {
    const m = matcher(["Iran", "New Delhi"]);
    expect(run(m, "I ran to NewDelhi and Iran")).toEqual([
      { text: "NewDelhi", values: ["New Delhi"], proclitic: undefined },
      { text: "Iran", values: ["Iran"], proclitic: undefined },
    ]);
  });

  it("treats hyphens and apostrophes as optional", () => {
    const m = matcher(["Al-Thani", "O'Brien"]);
    expect(run(m, "Al Thani met Al-Thani and OBrien").map((x) => x.text)).toEqual(["Al Thani", "Al-Thani", "OBrien"]);
  });

  it("never crosses punctuation the phrase does not contain", () => {
    const m = matcher(["Abu Dhabi", "U.S."]);
    expect(run(m, "Abu, Dhabi")).toEqual([]);
    expect(run(m, "the U.S. envoy").map((x) => x.text)).toEqual(["U.S."]);
  });

  it("strips one Arabic proclitic when no phrase starts at the token", () => {
    const m = matcher(["أردوغان", "أنقرة", "الرئيس", "بغداد", "ولي العهد"]);
    expect(run(m, "التقى وأردوغان بأنقرة للرئيس وبأنقرة", true)).toEqual([
      { text: "وأردوغان", values: ["أردوغان"], proclitic: "و" },
      { text: "بأنقرة", values: ["أنقرة"], proclitic: "ب" },
      { text: "للرئيس", values: ["الرئيس"], proclitic: "ل" },
      { text: "وبأنقرة", values: ["أنقرة"], proclitic: "وب" },
    ]);
    // the whole token matches: no proclitic is stripped ("بغداد" starts with ب)
    expect(run(m, "في بغداد", true)).toEqual([{ text: "بغداد", values: ["بغداد"], proclitic: undefined }]);
    // a phrase starting with و is found whole
    expect(run(m, "ولي العهد", true)[0].proclitic).toBeUndefined();
  });

  it("reads no Arabic «ف» proclitic in Persian text (lang fa): a Persian word starting with ف is no ف + name", () => {
    const m = matcher(["آرسی", "تهران"]);
    const read = (text: string, lang?: string) => {
      const toks = tokenize(text);
      return m.findAll(toks, { proclitics: true, lang }).map((x) => [text.slice(toks[x.start].start, toks[x.end - 1].end), x.proclitic]);
    };
    // «فارسی» (Persian): read as ف + «آرسی» only where the text is Arabic
    expect(read("کتاب‌های فارسی را خواندیم", "fa")).toEqual([]);
    expect(read("کتاب‌های فارسی را خواندیم", "ar")).toEqual([["فارسی", "ف"]]);
    // و and ب are still stripped in Persian («وتهران»، «بتهران»)
    expect(read("از اصفهان بتهران و وتهران", "fa")).toEqual([["بتهران", "ب"], ["وتهران", "و"]]);
    expect(procliticReadings("فالاردن", "fa")).toEqual([]);
    expect(procliticReadings("فالاردن").map(([p]) => p)).toEqual(["ف"]);
  });

  it("does not strip proclitics unless asked, nor on Latin tokens", () => {
    const m = matcher(["أنقرة", "ash"]);
    expect(run(m, "بأنقرة")).toEqual([]);
    expect(run(m, "bash", true)).toEqual([]);
  });

  it("collects the values of every phrase with the same key, without duplicates", () => {
    const m = new PhraseMatcher<{ id: string }>();
    m.add("لافروف", { id: "a" });
    m.add("لاوروف", { id: "b" });
    m.add("لافروف", { id: "a" });
    m.add("لافروف", { id: "c" });
    m.build();
    const [hit] = m.findAll(tokenize("قال لافروف"));
    expect(hit.values).toEqual([{ id: "a" }, { id: "c" }]);
    expect(m.size).toBe(2);
  });

  it("honours the constructor default for proclitics", () => {
    const m = new PhraseMatcher<number>({ proclitics: true }).add("القاهرة", 1).build();
    expect(m.findAll(tokenize("والقاهرة"))).toEqual([{ start: 0, end: 1, values: [1], proclitic: "و" }]);
  });

  it("ignores empty phrases and handles many phrases", () => {
    const m = new PhraseMatcher<number>();
    m.add("  ", 0);
    for (let i = 0; i < 20000; i++) m.add(`name${i} family${i % 97}`, i);
    m.build();
    const toks = tokenize("we saw name1234 family70 today");
    expect(m.findAll(toks)).toEqual([{ start: 2, end: 4, values: [1234] }]);
  });
});

describe("PhraseMatcher: yielding to a longer phrase inside a match", () => {
  const m = matcher(["sheikh omar", "omar ali hassan", "ali", "prince ahmed bin omar", "omar bin khalid"]);
  const texts = (text: string, opts: { leadWords?: (k: string) => boolean }) => {
    const toks = tokenize(text);
    return m.findAll(toks, opts).map((x) => toks.slice(x.start, x.end).map((t) => t.text).join(" "));
  };
  const leadWords = (k: string) => k === "sheikh" || k === "prince";
  it("by default the scan jumps over the first match", () => {
    expect(texts("the sheikh omar ali hassan spoke", {})).toEqual(["sheikh omar", "ali"]);
  });
  it("a match led by lead words yields to a phrase that starts after them and ends past it", () => {
    expect(texts("the sheikh omar ali hassan spoke", { leadWords })).toEqual(["omar ali hassan"]);
  });
  it("a phrase that starts after a name word takes nothing ('prince ahmed bin omar' keeps 'omar')", () => {
    expect(texts("prince ahmed bin omar bin khalid spoke", { leadWords })).toEqual(["prince ahmed bin omar"]);
  });
});

describe("PhraseMatcher: gluing limits", () => {
  it("does not glue a function word or a one-letter word to the next word", () => {
    const m = matcher(["وزیر", "بهمن", "وزیر و نماینده"]);
    expect(run(m, "و زیر نظر او")).toEqual([]);
    expect(run(m, "او به من گفت")).toEqual([]);
    // where the phrase itself has the space, the function word is part of it
    expect(run(m, "وزیر و نماینده").map((x) => x.text)).toEqual(["وزیر و نماینده"]);
  });

  it("still glues the parts of a Persian compound", () => {
    const m = matcher(["میکند", "توافقنامه"]);
    expect(run(m, "او امضا می کند و توافق نامه").map((x) => x.text)).toEqual(["می کند", "توافق نامه"]);
  });
});

describe("PhraseMatcher: adding after build", () => {
  it("keeps earlier values", () => {
    const m = new PhraseMatcher<number>().add("دوحه", 1).build();
    m.add("الدوحة", 2).add("دوحه", 3);
    expect(m.findAll(tokenize("دوحه"))[0].values).toEqual([1, 3]);
  });
});
