// Pass 2d (_transliterated-places.closestSpelling): a town written in Arabic script after a place noun whose consonant
// skeleton matches towns of several countries the article names (Cúcuta and Facatativá in Colombia, Cotia in Brazil,
// Kota in India for «كوكوتا») is the one whose English name is nearest to the vowels it writes, when one is nearest.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, places } from "./helpers.js";

const D = "2019-03-01";

describe("pass 2d: of several towns of one skeleton, the nearest spelling", () => {
  it("«مدينة كوكوتا» in an article naming Colombia, Brazil and India is Cúcuta", () => {
    const f = facts("التقى الرئيس الكولومبي إيفان دوكي الرئيس البرازيلي جايير بولسونارو في مدينة كوكوتا، بعد زيارة رئيس الوزراء الهندي ناريندرا مودي.", D);
    expect(places(f)).toContain("place/cucuta");
  });
  it("«مدينة كوتا» is Kota, nearer than Cotia; a spelling with no vowel written, «مدينة كتا», is neither", () => {
    const f = facts("التقى الرئيس البرازيلي جايير بولسونارو رئيس الوزراء الهندي ناريندرا مودي في مدينة كوتا.", D);
    expect(places(f)).toContain("place/kota");
    const g = facts("التقى الرئيس البرازيلي جايير بولسونارو رئيس الوزراء الهندي ناريندرا مودي في مدينة كتا.", D);
    expect(places(g).filter((p) => p === "place/kota" || p === "place/cotia")).toEqual([]);
  });
});
