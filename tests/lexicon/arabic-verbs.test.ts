// Arabic words that end a name (src/lexicon/arabic-verbs.ts), read by their paradigm in the Arabic dictionary.
import { describe, expect, it } from "vitest";
import { derivedImperfect, endsArabicName, perfectVerb, prefixedNoun, prepositionWithPronoun, verbalNoun, verbWithPronoun } from "../../src/lexicon/arabic-verbs.js";

describe("Arabic words that end a name", () => {
  it("a verb with an object pronoun", () => {
    for (const w of ["هنأه", "استقبله", "استقبلهم", "أبلغها"]) expect(verbWithPronoun(w), w).toBe(true);
  });
  it("an imperfect verb of a derived form, not a surname built like a short one", () => {
    for (const w of ["تتعلق", "يتوجه", "تستقبل"]) expect(derivedImperfect(w), w).toBe(true);
    for (const w of ["يلين", "تبون", "تورك"]) expect(derivedImperfect(w), w).toBe(false);
  });
  it("a noun with a preposition glued to it, not a Maghrebi name in بو…", () => {
    for (const w of ["ببرقية", "برسالة", "بالعاصمة", "للرئيس"]) expect(prefixedNoun(w), w).toBe(true);
    for (const w of ["بوكيلة", "بنكيران", "بوتين"]) expect(prefixedNoun(w), w).toBe(false);
  });
  it("a preposition with a pronoun", () => {
    for (const w of ["فيها", "عليه", "إليهم", "معه"]) expect(prepositionWithPronoun(w), w).toBe(true);
    // the adverbs of time and place used as prepositions
    for (const w of ["خلاله", "بعده", "قبلها", "أمامهم", "حوله"]) expect(prepositionWithPronoun(w), w).toBe(true);
  });
  it("a perfect verb by its suffixes, which a surname the dictionary lists does not take", () => {
    for (const w of ["أعرب", "هنأ", "استقبل"]) expect(perfectVerb(w), w).toBe(true);
    for (const w of ["لحود", "مبارك", "كلينتون", "حداد"]) expect(perfectVerb(w), w).toBe(false);
  });
  it("the verbal noun of a form V or VI verb, not a nisba family name with the article", () => {
    for (const w of ["التشاور", "التباحث", "التقدم"]) expect(verbalNoun(w), w).toBe(true);
    for (const w of ["التكريتي", "التويجري", "التازي", "التل"]) expect(verbalNoun(w), w).toBe(false);
  });
  it("no end of a name: surnames and foreign names the dictionary lists", () => {
    for (const w of ["كورينا", "سويني", "أنتوني", "مبارك", "خدام", "كلينتون", "فالديس", "لحود", "تهنئة"]) expect(endsArabicName(w), w).toBe(false);
  });
});
