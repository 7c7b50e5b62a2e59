// Pass 1 (entities, places from the lexicon): N'Djamena in the Arabic spellings of Chadian and Sudanese news
// («أنجمينا», «انجمينا», «إنجامينا») is the city, not the ISO capital district TD-ND, which held «انجمينا» as its only
// Arabic name (a subdivision shares no name of a place of places.json). Found by the horn suite; sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, places } from "./helpers.js";

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

describe("pass 1: a date with both month names between a light verb and its noun (_cue-readings.dateBracket)", () => {
  it("«تسلّم A، أمس الاثنين 11 مارس/آذار 2024، رئاسة … من B» is the handover", () => {
    const f = facts("تسلّم الرئيس الموريتاني محمد ولد الغزواني، أمس الاثنين 11 مارس/آذار 2024، رئاسة الاتحاد من الرئيس الجزائري عبد المجيد تبون في نواكشوط.", D);
    expect(met(f, P("mohamed-ould-ghazouani"), P("abdelmadjid-tebboune"))).toHaveLength(1);
  });
  it("«وقع A وB، يوم الاثنين 11 آذار/مارس 2024، مذكرة تفاهم» is a signing", () => {
    const f = facts("وقع وزير الخارجية الجزائري أحمد عطاف ونظيره التونسي نبيل عمار، يوم الاثنين 11 آذار/مارس 2024، مذكرة تفاهم في تونس.", D);
    expect(met(f, P("ahmed-attaf"), P("nabil-ammar"))).toHaveLength(1);
  });
});
