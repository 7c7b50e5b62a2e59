// The name-word model (src/lexicon/words.ts): the maintained dictionaries tell common words from the
// rest, in each language, and the people lexicon's name parts win over the dictionary.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/lexicon/index.js";
import { isCommonWord, wordClass } from "../../src/lexicon/words.js";
import { normalizeKey } from "../../src/text/normalize.js";

describe("the name-word model", () => {
  it("knows common words in each language", () => {
    for (const w of ["کشاورزی", "شهرسازی", "کشورهای"]) expect(isCommonWord(w, "fa"), w).toBe(true);
    for (const w of ["النقل", "الاتصالات", "الأعضاء"]) expect(isCommonWord(w, "ar"), w).toBe(true);
    for (const w of ["Agriculture", "Rural", "Development", "works"]) expect(isCommonWord(w, "en"), w).toBe(true);
  });

  it("knows a Persian verb under its continuous prefix, which the dictionary leaves off", () => {
    for (const w of ["می‌شود", "نمی‌کند", "می‌رسند"]) expect(isCommonWord(w, "fa"), w).toBe(true);
    // a name that merely starts with the letters of the prefix has no joiner after them
    expect(isCommonWord("میتسوتاکیس", "fa")).toBe(false);
  });

  it("does not know unusual foreign names", () => {
    expect(isCommonWord("آرسه", "fa")).toBe(false);
    expect(isCommonWord("كوبيتش", "ar")).toBe(false);
    for (const w of ["Tejada", "Turnbull", "Widodo"]) expect(isCommonWord(w, "en"), w).toBe(false);
  });

  it("a capitalised dictionary entry is a name in English, not a common word", () => {
    expect(isCommonWord("Margaret", "en")).toBe(false);
    expect(isCommonWord("margaret", "en")).toBe(false);
    expect(isCommonWord("Public", "en")).toBe(true);
  });

  it("a word of a lexicon person's name is a name part whatever the dictionary says", () => {
    const parts = getLexicon().words.nameParts;
    expect(wordClass("محمد", normalizeKey("محمد"), "fa", parts)).toBe("name");
    expect(wordClass("Vladimir", normalizeKey("Vladimir"), "en", parts)).toBe("name");
    expect(wordClass("Agriculture", normalizeKey("Agriculture"), "en", parts)).toBe("common");
    expect(wordClass("Zorblatt", normalizeKey("Zorblatt"), "en", parts)).toBe("unknown");
  });

  it("office words and honorifics are not name parts", () => {
    const { nameParts, titleWords } = getLexicon().words;
    for (const w of ["وزیر", "minister", "الخارجیه"]) expect(nameParts.has(normalizeKey(w)), w).toBe(false);
    expect(titleWords.has(normalizeKey("خارجه"))).toBe(true);
  });
});
