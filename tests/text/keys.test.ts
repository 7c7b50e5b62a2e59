// Matching keys on a table of real variant pairs (same person, different script or spelling) and on
// pairs that must stay apart. The pairs are spellings seen in Persian, Arabic and English news.
import { describe, expect, it } from "vitest";
import { exactKey, nameKeys, skeletonKey } from "../../src/text/keys.js";

const SAME_EXACT: Array<[string, string]> = [
  ["الشیبانی", "الشيباني"], // Persian ی vs Arabic ي
  ["ابوقصره", "أبو قصرة"], // joined compound, hamza, ta marbuta
  ["مرهف ابوقصره", "مرهف أبو قصرة"],
  ["كمال", "کمال"], // Arabic kaf vs Persian kaf
  ["رئيس‌جمهور", "رئيسجمهور"], // ZWNJ lost
  ["عبدالله", "عبد الله"],
  ["الحوثي", "الحوثى"], // alef maqsura
  ["Erdoğan", "erdoğan"],
];

const SAME_SKELETON: Array<[string, string]> = [
  ["لاوروف", "لافروف"],
  ["لافروف", "Lavrov"],
  ["بلوسوف", "بيلوسوف"],
  ["بيلاوسوف", "Belousov"],
  ["شبیانی", "الشیبانی"], // a misspelling seen in a headline
  ["al-Shaibani", "الشيباني"],
  ["پوتین", "بوتين"],
  ["Putin", "پوتین"],
  ["نواک", "نوفاك"],
  ["پسکوف", "بيسكوف"],
  ["سرگئی لاوروف", "سيرغي لافروف"],
  ["عراقچی", "عراقجي"],
  ["Araghchi", "عراقچی"],
  ["Erdogan", "اردوغان"],
  ["Fidan", "فيدان"],
];

const APART: Array<[string, string]> = [
  ["ماهر الشرع", "احمد الشرع"], // brothers
  ["بشار الأسد", "ماهر الأسد"],
  ["Lavrov", "Belousov"],
  ["عراقچی", "ظریف"],
  ["Shoigu", "Shaibani"],
];

describe("text/keys", () => {
  it.each(SAME_EXACT)("exactKey(%s) = exactKey(%s)", (a, b) => {
    expect(exactKey(a)).toBe(exactKey(b));
  });
  it.each(SAME_SKELETON)("skeletonKey(%s) = skeletonKey(%s)", (a, b) => {
    expect(skeletonKey(a)).toBe(skeletonKey(b));
  });
  it.each(APART)("%s and %s stay apart", (a, b) => {
    expect(exactKey(a)).not.toBe(exactKey(b));
    expect(skeletonKey(a)).not.toBe(skeletonKey(b));
  });
  it("the skeleton is coarse: a nom de guerre and a place can share one, so it is never an identity alone", () => {
    expect(exactKey("الجولانی")).not.toBe(exactKey("جولان"));
    expect(skeletonKey("الجولانی")).toBe(skeletonKey("جولان"));
  });
  it("nameKeys include the form without the Arabic article", () => {
    expect(nameKeys("الشيباني")).toContain(exactKey("شیبانی"));
  });
});
