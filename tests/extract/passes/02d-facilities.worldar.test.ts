// The transliterated places of 02d (_transliterated-places), in sentences written for these tests: Egyptian copy
// writes the g of a foreign town ج («أجرا», Agra), so the place slot's skeleton is also read with g for ج (not for a
// place whose English name writes a ghain gh: Gharbia).
import { describe, expect, it } from "vitest";
import { facts, places } from "./helpers.js";

describe("02d: a town in the Egyptian spelling", () => {
  it("«مدينة أجرا» is Agra, India named in the article", () => {
    const f = facts("زار رئيس الوزراء الياباني مدينة أجرا شمالي الهند، حيث تفقد ضريح تاج محل.", "2017-09-14");
    expect(places(f)).toContain("place/agra");
  });
  it("the ج of a ghain is not read as g: «بجزيرة جربة» in a report naming Egypt is no Gharbia", () => {
    const f = facts("قضى الرئيس المصري حسني مبارك عطلة قصيرة في فندق بجزيرة جربة قبل أن يعود إلى القاهرة.", "1995-08-02");
    expect(places(f)).not.toContain("place/gharbia-governorate");
  });
});
