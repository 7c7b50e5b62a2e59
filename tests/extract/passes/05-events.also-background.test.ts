// Pass 5 (_event-dates): "X later met Y" takes the day of the last contact of the story, past one told in the
// pluperfect as its background ("B had met X on Saturday", «وكان B قد التقى X أمس», «B روز شنبه با X دیدار کرده
// بود»), unless it is told in the pluperfect too. Only the event word's own auxiliary counts (_pluperfect): a contact
// whose sentence has another verb in the pluperfect ("a day after X had landed") is no background. Sentences written
// for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-04-14"; // a Sunday
const day = (f: ReturnType<typeof facts>, a: string, b: string) => met(f, P(a), P(b)).map((e) => e.date);

describe("pass 5: 'also' and 'later' past a contact of the background", () => {
  it("en: 'C had met Y on Saturday. Y later met D' is of the story's day", () => {
    const f = facts("President Emmanuel Macron received Chancellor Olaf Scholz in Paris on Sunday. Prime Minister Gabriel Attal had met Scholz on Saturday. Scholz later met Foreign Minister Stéphane Séjourné.", D);
    expect(day(f, "olaf-scholz", "stephane-sejourne")).toEqual(["2024-04-14"]);
    expect(day(f, "gabriel-attal", "olaf-scholz")).toEqual(["2024-04-13"]);
  });
  it("ar: «وكان C قد التقى Y أمس. كما التقى Y في وقت لاحق D»", () => {
    const f = facts("استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الأحد في باريس المستشار الألماني أولاف شولتس. وكان رئيس الوزراء الفرنسي غابرييل أتال قد التقى شولتس أمس السبت. كما التقى شولتس في وقت لاحق وزير الخارجية الفرنسي ستيفان سيجورنيه.", D);
    expect(day(f, "olaf-scholz", "stephane-sejourne")).toEqual(["2024-04-14"]);
  });
  it("a contact told in the pluperfect too keeps the background's day", () => {
    const f = facts("President Emmanuel Macron received Chancellor Olaf Scholz in Paris on Sunday. Prime Minister Gabriel Attal had met Scholz on Saturday. Scholz had also met Foreign Minister Stéphane Séjourné.", D);
    expect(day(f, "olaf-scholz", "stephane-sejourne")).toEqual(["2024-04-13"]);
  });
  it("another verb's pluperfect in the contact's sentence makes it no background: 'a day after X had landed'", () => {
    const f = facts("President Emmanuel Macron received Chancellor Olaf Scholz in Paris on Saturday, a day after Scholz had landed in Lyon. Scholz later met Foreign Minister Stéphane Séjourné.", D);
    expect(day(f, "olaf-scholz", "stephane-sejourne")).toEqual(["2024-04-13"]);
  });
});
