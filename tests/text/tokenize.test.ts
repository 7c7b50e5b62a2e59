import { describe, expect, it } from "vitest";
import { tokenize, wordCount } from "../../src/text/tokenize.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps offsets into the original text", () => {
    const s = "وزیر خارجه، امروز «سفر» کرد.";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
    const shifted = tokenize("سلام دنیا", 100);
    expect(shifted[0]).toMatchObject({ start: 100, end: 104 });
    expect(shifted[1]).toMatchObject({ start: 105, end: 109 });
  });

  it("does not split a word at a ZWNJ, and its key drops the ZWNJ", () => {
    const [t] = tokenize("می\u200Cگوید");
    expect(t.text).toBe("می\u200Cگوید");
    expect(t.key).toBe(tokenize("میگوید")[0].key);
    expect(texts("نخست\u200Cوزیر ایتالیا")).toEqual(["نخست\u200Cوزیر", "ایتالیا"]);
  });

  it("keeps decimals and thousands as one token", () => {
    expect(texts("رشد 3.5 درصدی و 1,000 نفر")).toEqual(["رشد", "3.5", "درصدی", "و", "1,000", "نفر"]);
    expect(texts("نمو ۲٫۵ في المئة")).toEqual(["نمو", "۲٫۵", "في", "المئة"]);
    expect(tokenize("۱۲۳")[0].key).toBe("123");
  });

  it("makes punctuation tokens", () => {
    const toks = tokenize("قال: «نعم»، (ربما) - أو / لا؟ نعم! “كلا” \"x\" 'y' ؛");
    const punct = toks.filter((t) => t.punct).map((t) => t.text);
    expect(punct).toEqual([":", "«", "»", "،", "(", ")", "-", "/", "؟", "!", "“", "”", "\"", "\"", "'", "'", "؛"]);
    expect(toks.find((t) => t.text === "نعم")?.punct).toBe(false);
  });

  it("splits a sentence-final dot from the word", () => {
    expect(texts("He left.")).toEqual(["He", "left", "."]);
    expect(texts("U.S.")).toEqual(["U", ".", "S", "."]);
  });

  it("normalises keys across Arabic and Persian letter forms", () => {
    expect(tokenize("الرئيس")[0].key).toBe(tokenize("الرئیس")[0].key);
    expect(tokenize("كتاب")[0].key).toBe(tokenize("کتاب")[0].key);
    expect(tokenize("Moscow")[0].key).toBe("moscow");
  });

  it("ignores stray bidi marks between words", () => {
    expect(texts("الف \u200F ب")).toEqual(["الف", "ب"]);
  });

  it("counts words", () => {
    expect(wordCount(tokenize("Hello, world!"))).toBe(2);
  });
});
