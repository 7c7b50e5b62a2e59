// Pass 1 (entities, places from the lexicon): N'Djamena in the Arabic spellings of Chadian and Sudanese news
// («أنجمينا», «انجمينا», «إنجامينا») is the city, not the ISO capital district TD-ND, which held «انجمينا» as its only
// Arabic name (a subdivision shares no name of a place of places.json). Found by the horn suite; sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { facts, places } from "./helpers.js";

const D = "2024-03-12";

describe("pass 1: N'Djamena in the Arabic spellings of the region's press", () => {
  it("«في انجمينا» with nothing else to choose: the city", () => {
    const f = facts("وأغرقت الأمطار الغزيرة عدة أحياء في انجمينا خلال الليل، بحسب الدفاع المدني.", D);
    expect(places(f)).toContain("place/ndjamena");
    expect(places(f)).not.toContain("place/madinat-injamina");
  });
  it("after a capital noun: «العاصمة التشادية أنجمينا»", () => {
    const f = facts("وافتتح وزير الصحة مستشفى جديدا في العاصمة التشادية أنجمينا يوم الاثنين.", D);
    expect(places(f)).toContain("place/ndjamena");
    expect(places(f)).not.toContain("place/madinat-injamina");
  });
});
