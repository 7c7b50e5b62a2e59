// Pass 5: one subject meeting each of two people on a day of their own ("met A on Sunday and B on Monday",
// «روز یکشنبه با A و روز دوشنبه با B», «التقى يوم الأحد A ويوم الاثنين B») is two meetings, each on its day; one day
// for both stays one meeting. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-03-14"; // a Thursday: Sunday the 10th, Monday the 11th
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const SHAIBANI = P("asaad-al-shaibani");
const meetings = (text: string) => events(facts(text, D), "meeting").map((e) => [e.who.join(" + "), e.date]).sort();

describe("pass 5: a day for each person met", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan met Fuad Hussein on Sunday and Asaad al-Shaibani on Monday."],
    ["fa", "هاکان فیدان روز یکشنبه با فؤاد حسین و روز دوشنبه با اسعد الشیبانی دیدار کرد."],
    ["ar", "التقى هاكان فيدان يوم الأحد فؤاد حسين ويوم الاثنين أسعد الشيباني."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: two meetings, each on its day`, () => {
      expect(meetings(text)).toEqual([
        [[HUSSEIN, FIDAN].sort().join(" + "), "2024-03-10"],
        [[SHAIBANI, FIDAN].sort().join(" + "), "2024-03-11"],
      ].sort());
    });
  }
  it("en: one day for both people is one meeting of three", () => {
    expect(meetings("Hakan Fidan met Fuad Hussein and Asaad al-Shaibani on Monday.")).toEqual([[[FIDAN, HUSSEIN, SHAIBANI].sort().join(" + "), "2024-03-11"]]);
  });
});

describe("pass 5: a hyphen inside a name is no dateline's dash", () => {
  it("the place and day before 'al-Shaibani' in a lead sentence are the meeting's", () => {
    const f = facts("In Damascus on Monday, Hakan Fidan met Asaad al-Shaibani.", D);
    expect(events(f, "meeting").map((e) => [e.place, e.date])).toEqual([["place/damascus", "2024-03-11"]]);
  });
  it("a dash glued to the agency's bracket still ends the dateline", () => {
    const f = facts("BAGHDAD, March 14 (Reuters)-Hakan Fidan met Fuad Hussein in Erbil on Monday.", D);
    expect(events(f, "meeting").map((e) => [e.place, e.date])).toEqual([["place/erbil", "2024-03-11"]]);
  });
});
