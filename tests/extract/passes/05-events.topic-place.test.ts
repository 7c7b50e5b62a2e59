// Pass 5 (events): a Persian place inside the phrase of what talks were about ("درباره امنیت خلیج فارس", "در مورد
// بازسازی حلب") is their topic, not their venue; a place with its own "در" stays the venue. Sentences written for
// this test.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2024-03-11";
const A = "person/abbas-araghchi";
const B = "person/hakan-fidan";
const placeOf = (text: string) => met(facts(text, D), A, B).map((e) => e.place);

describe("pass 5: a place in a Persian 'about' phrase is no venue", () => {
  it("درباره / در مورد + a region or a city: no place", () => {
    expect(placeOf("عباس عراقچی امروز با هاکان فیدان دیدار و درباره امنیت خلیج فارس گفت‌وگو کرد.")).toEqual([null]);
    expect(placeOf("عباس عراقچی امروز با هاکان فیدان دیدار و در مورد بازسازی حلب گفت‌وگو کرد.")).toEqual([null]);
  });
  it("the venue with its own در stays, beside an 'about' phrase", () => {
    expect(placeOf("عباس عراقچی امروز در حلب با هاکان فیدان درباره امنیت منطقه گفت‌وگو کرد.")).toEqual(["place/aleppo"]);
  });
});
