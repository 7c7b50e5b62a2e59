// Pass 5 (events), Arabic places of events: a "where" clause (حيث) after a place is at that place; after a trip's origin
// ("قادما من X، حيث …") it came before the trip, so the trip's day is not its date. Sentences written for these tests.
// A place after في right after a noun for a state of affairs ("الأوضاع في لبنان") is the topic of talks, not their venue.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2023-03-10"; // a Friday
const ALIYEV = P("ilham-aliyev");
const MACRON = P("emmanuel-macron");

describe("pass 5: the meeting of a 'حيث' clause after a trip's origin", () => {
  it("ar: '… قادما من باريس، حيث أجرى في وقت سابق مباحثات مع X' is in Paris, and not of the arrival's day", () => {
    const f = facts("وصل الرئيس الأذربيجاني إلهام علييف إلى عمان مساء الخميس قادما من باريس، حيث أجرى في وقت سابق مباحثات مع الرئيس الفرنسي إيمانويل ماكرون.", D);
    expect(met(f, ALIYEV, MACRON).map((e) => [e.place, e.date])).toEqual([["place/paris", null]]);
  });
  it("ar: its own day dates it ('حيث اجتمع بـX يوم الأربعاء')", () => {
    const f = facts("وكان الرئيس الأذربيجاني إلهام علييف قد وصل إلى عمان مساء الخميس قادما من باريس، حيث اجتمع بالرئيس الفرنسي إيمانويل ماكرون يوم الأربعاء.", D);
    expect(met(f, ALIYEV, MACRON).map((e) => [e.place, e.date])).toEqual([["place/paris", "2023-03-08"]]);
  });
  it("ar: 'وصل إلى باكو، حيث التقى X' is in Baku, on the arrival's day", () => {
    const f = facts("وصل الرئيس الفرنسي إيمانويل ماكرون إلى باكو يوم الخميس، حيث التقى الرئيس الأذربيجاني إلهام علييف.", D);
    expect(met(f, ALIYEV, MACRON).map((e) => [e.place, e.date])).toEqual([["place/baku", "2023-03-09"]]);
  });
});

describe("pass 5: a place that qualifies the topic of talks is not their venue", () => {
  it("ar: 'ناقش … التطورات في ليبيا'", () => {
    const f = facts("التقى الرئيس الأذربيجاني إلهام علييف الرئيس الفرنسي إيمانويل ماكرون يوم الخميس وناقش معه التطورات في ليبيا.", D);
    expect(met(f, ALIYEV, MACRON).map((e) => e.place)).not.toContain("place/libya");
  });
  it("ar: a venue after في is still the venue ('التقى … في فرنسا')", () => {
    const f = facts("التقى الرئيس الأذربيجاني إلهام علييف الرئيس الفرنسي إيمانويل ماكرون يوم الخميس في فرنسا.", D);
    expect(met(f, ALIYEV, MACRON).map((e) => e.place)).toEqual(["place/france"]);
  });
});
