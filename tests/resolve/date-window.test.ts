// The interval of days an undated report can be about (resolve/date-window.ts), and what it changes in
// coreference: an undated report joins only meetings and agreements of its interval. Hand-built reports.
import { describe, expect, it } from "vitest";
import type { AgreementReport, DateValue, EventReport } from "../../src/model.js";
import { deriveEvents } from "../../src/resolve/coref.js";
import { intervalOf, monthsOf, overlap, UNDATED_WINDOW_DAYS, within } from "../../src/resolve/date-window.js";

const none: DateValue = { date: null, precision: null, basis: "unknown" };
const day = (d: string): DateValue => ({ date: d, precision: "day", basis: "explicit" });
const month = (d: string): DateValue => ({ date: d, precision: "month", basis: "explicit" });
const year = (d: string): DateValue => ({ date: d, precision: "year", basis: "explicit" });

function report(id: string, date: DateValue, publishedAt?: string): EventReport {
  const articleId = `article:${id}`;
  return { id, articleId, kind: "meeting", participantIds: ["person:x", "person:y"], date, publishedAt, trigger: "met", source: { articleId, excerpt: id, start: 0, end: 5, confidence: 0.8 } };
}

function agreement(id: string, date: DateValue, publishedAt?: string): AgreementReport {
  const articleId = `article:${id}`;
  return { id, articleId, summary: "a transit accord", topics: ["transit"], status: "signed", partyIds: ["place:chile", "place:peru"], signatoryIds: [], date, publishedAt, source: { articleId, excerpt: id, start: 0, end: 5, confidence: 0.7 } };
}

const meetingsOf = (reports: EventReport[]) => deriveEvents(reports, []).meetings.map((m) => [...m.reportIds].sort().join("+")).sort();

describe("resolve/date-window: intervals", () => {
  it("a day is itself; a month or a year is bounded above by the publication; nothing else is the window before it", () => {
    expect(intervalOf(day("2019-07-04"), "2020-01-01")).toEqual({ lo: "2019-07-04", hi: "2019-07-04" });
    expect(intervalOf(month("2019-02-01"), undefined)).toEqual({ lo: "2019-02-01", hi: "2019-02-28" });
    expect(intervalOf(month("2020-02-01"), "2020-02-10")).toEqual({ lo: "2020-02-01", hi: "2020-02-10" });
    expect(intervalOf(year("2018-01-01"), "2019-03-01")).toEqual({ lo: "2018-01-01", hi: "2018-12-31" });
    expect(intervalOf(none, "2021-03-10")).toEqual({ lo: "2021-02-07", hi: "2021-03-10" });
    expect(UNDATED_WINDOW_DAYS).toBe(31);
    expect(intervalOf(none, undefined)).toBeUndefined();
  });

  it("a week anchor is the days of its week around the publication (model.ts WEEK_ANCHOR_DAYS), not the window", () => {
    const week = (anchor: string): DateValue => ({ date: null, precision: null, basis: "relative", anchor });
    expect(intervalOf(week("week-1"), "2021-03-10")).toEqual({ lo: "2021-02-24", hi: "2021-03-08" });
    expect(intervalOf(week("week"), "2021-03-10")).toEqual({ lo: "2021-03-03", hi: "2021-03-17" });
    expect(intervalOf(week("week+1"), "2021-03-10")).toEqual({ lo: "2021-03-11", hi: "2021-03-24" });
    expect(intervalOf(week("today"), "2021-03-10")).toEqual({ lo: "2021-02-07", hi: "2021-03-10" });
    expect(intervalOf(week("week-1"), undefined)).toBeUndefined();
  });

  it("months across a new year; an empty interval has none and meets nothing; an unbounded one meets any other", () => {
    expect(monthsOf({ lo: "2021-11-20", hi: "2022-02-03" })).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(monthsOf({ lo: "2021-03-20", hi: "2021-03-02" })).toEqual([]);
    expect(overlap({ lo: "2021-03-20", hi: "2021-03-02" }, undefined)).toBe(false);
    expect(overlap(undefined, { lo: "2021-03-01", hi: "2021-03-02" })).toBe(true);
    expect(overlap({ lo: "2021-03-01", hi: "2021-03-10" }, { lo: "2021-03-10", hi: "2021-04-01" })).toBe(true);
    expect(overlap({ lo: "2021-03-01", hi: "2021-03-09" }, { lo: "2021-03-10", hi: "2021-04-01" })).toBe(false);
    expect(within("2021-03-05", undefined)).toBe(true);
  });
});

describe("resolve/date-window: coreference within the interval", () => {
  it("an undated report joins the dated meeting of the days before its publication, not one of a year before", () => {
    const dated = report("r-dated", day("2022-06-14"));
    expect(meetingsOf([dated, report("r-soon", none, "2022-06-20")])).toEqual(["r-dated+r-soon"]);
    expect(meetingsOf([dated, report("r-late", none, "2023-06-20")])).toEqual(["r-dated", "r-late"]);
  });

  it("a report of 'last week' joins a meeting of that week, not one of the day before its publication", () => {
    const lastWeek: DateValue = { date: null, precision: null, basis: "relative", anchor: "week-1" };
    expect(meetingsOf([report("r-week", day("2022-06-10")), report("r-lw", lastWeek, "2022-06-20")])).toEqual(["r-lw+r-week"]);
    expect(meetingsOf([report("r-yday", day("2022-06-19")), report("r-lw", lastWeek, "2022-06-20")])).toEqual(["r-lw", "r-yday"]);
  });

  it("a report that names the month joins that month's meeting, however late it was published", () => {
    const dated = report("r-dated", day("2022-06-14"));
    expect(meetingsOf([dated, report("r-month", month("2022-06-01"), "2024-01-09")])).toEqual(["r-dated+r-month"]);
    expect(meetingsOf([dated, report("r-other", month("2022-09-01"), "2024-01-09")])).toEqual(["r-dated", "r-other"]);
  });

  it("two undated reports are one meeting when published close together, two when a year apart", () => {
    expect(meetingsOf([report("u1", none, "2022-06-20"), report("u2", none, "2022-06-25")])).toEqual(["u1+u2"]);
    expect(meetingsOf([report("u1", none, "2022-06-20"), report("u3", none, "2023-06-25")])).toEqual(["u1", "u3"]);
  });

  it("an undated agreement report joins the same accord signed in the days before its publication only", () => {
    const signed = agreement("g-signed", day("2022-06-14"));
    const rows = (g: AgreementReport) => deriveEvents([], [signed, g]).agreements.map((a) => [...a.reportIds].sort().join("+")).sort();
    expect(rows(agreement("g-soon", none, "2022-06-16"))).toEqual(["g-signed+g-soon"]);
    expect(rows(agreement("g-late", none, "2023-02-01"))).toEqual(["g-late", "g-signed"]);
  });
});
