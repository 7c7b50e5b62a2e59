// Pass 6 (datesAgree, dates/resolve.ts weekHolds): a meeting told "last week" is no report of a meeting of the same
// people held yesterday, nor one told "next week" of a meeting held today, though weeks are never bound to a day.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { weekHolds } from "../../../src/extract/dates/index.js";
import { facts, met, P } from "./helpers.js";

const D = "2019-03-01"; // a Friday

describe("pass 6: a week anchor and a day", () => {
  it("weekHolds: 'last week' is 2 to 14 days back, 'this week' within 7 days, 'next week' 1 to 14 days ahead", () => {
    expect(weekHolds("week-1", "2019-02-28", D)).toBe(false);
    expect(weekHolds("week-1", "2019-02-21", D)).toBe(true);
    expect(weekHolds("week+1", "2019-03-01", D)).toBe(false);
    expect(weekHolds("week", "2019-02-28", D)).toBe(true);
    expect(weekHolds("today-1", "2019-01-01", D)).toBe(true);
    expect(weekHolds("week-1", "2019-02-28", undefined)).toBe(true);
  });
  it("en: 'had received C last week' stays apart from Thursday's meeting of the same people", () => {
    const f = facts("Colombian President Ivan Duque met US Vice President Mike Pence and Juan Guaido in Bogota on Thursday. Duque had received Guaido last week in Cucuta.", D);
    const reports = met(f, P("ivan-duque"), P("juan-guaido"));
    expect(reports.map((e) => e.date).sort()).toEqual(["2019-02-28", null].sort());
  });
});
