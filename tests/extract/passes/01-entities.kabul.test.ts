// Pass 1 on Dari spellings the kabul suite found (tests/extract/kabul): Afghan media write «تاجکستان» (Iranian
// «تاجیکستان») and «پشاور» (Iranian «پیشاور»); places.json holds both. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, places } from "./helpers.js";

describe("pass 1: Dari spellings of places", () => {
  it("«تاجکستان» is Tajikistan and «پشاور» is Peshawar", () => {
    const f = facts("هیئت‌های تاجکستان و ازبکستان هفته گذشته در پشاور با مقامات محلی گفتگو کردند.", "2011-05-03");
    expect(places(f)).toEqual(expect.arrayContaining(["place/tajikistan", "place/peshawar", "place/uzbekistan"]));
  });
});
