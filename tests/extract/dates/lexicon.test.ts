// Every name in the calendar lexicon (src/lexicon/data/calendar.json) is recognised in a date.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toIso } from "../../../src/extract/dates/calendars.js";
import { only } from "./helpers.js";

type Names = { en?: string[]; ar?: string[]; fa?: string[]; weak: string[] };
const data = JSON.parse(readFileSync(new URL("../../../src/lexicon/data/calendar.json", import.meta.url), "utf8")) as {
  source: string;
  gregorianMonths: Array<Names & { month: number }>;
  solarMonths: Array<Names & { month: number }>;
  lunarMonths: Array<Names & { month: number }>;
  weekdays: Array<Names & { weekday: number }>;
};
const all = (n: Names): string[] => [...(n.en ?? []), ...(n.ar ?? []), ...(n.fa ?? []), ...n.weak];

describe("calendar.json", () => {
  it("says where it comes from", () => {
    expect(data.source.length).toBeGreaterThan(20);
  });

  it("every Gregorian month name reads as that month", () => {
    for (const g of data.gregorianMonths) {
      for (const form of all(g)) {
        expect(only(`x 3 ${form} 2025 x`).date, form).toBe(toIso("greg", 2025, g.month, 3));
      }
    }
  });

  it("every Solar month name reads as that month, with and without ماه", () => {
    for (const s of data.solarMonths) {
      for (const form of all(s)) {
        expect(only(`x ۳ ${form} ۱۴۰۳ x`).date, form).toBe(toIso("sh", 1403, s.month, 3));
        expect(only(`x ${form}‌ماه ۱۴۰۳ x`).precision, form).toBe("month");
      }
    }
  });

  it("every lunar month name reads as that month", () => {
    for (const l of data.lunarMonths) {
      for (const form of all(l)) {
        expect(only(`x 3 ${form} 1446 x`).date, form).toBe(toIso("ah", 1446, l.month, 3));
      }
    }
  });

  it("Persian spellings of lunar months, with and without ZWNJ", () => {
    expect(only("در ۱۲ ربیع‌الاول ۱۴۴۶ ه.ق").date).toBe(toIso("ah", 1446, 3, 12));
    expect(only("در ۱۲ ربیعالاول ۱۴۴۶").date).toBe(toIso("ah", 1446, 3, 12));
    expect(only("در ۵ جمادی‌الاول ۱۴۴۶").date).toBe(toIso("ah", 1446, 5, 5));
    expect(only("در ۱ ذی‌الحجه ۱۴۴۵").date).toBe(toIso("ah", 1445, 12, 1));
  });

  it("every strong weekday name reads alone as that weekday", () => {
    for (const w of data.weekdays) {
      for (const form of [...(w.en ?? []), ...(w.ar ?? []), ...(w.fa ?? [])]) {
        expect(only(`x ${form} x`), form).toMatchObject({ basis: "weekday", weekday: w.weekday });
      }
    }
  });

  it("weak weekday abbreviations count only before a date", () => {
    expect(only("x Thu, 31 July 2025 x")).toMatchObject({ date: "2025-07-31", weekday: 4 });
  });
});
