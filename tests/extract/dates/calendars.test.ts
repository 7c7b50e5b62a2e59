import { describe, expect, it } from "vitest";
import {
  addDays,
  fromIso,
  hijriToIso,
  isoToHijri,
  isoWeekday,
  monthToIso,
  toIso,
  yearToIso,
} from "../../../src/extract/dates/calendars.js";

describe("Solar Hijri (jalaali-js)", () => {
  it("converts known days", () => {
    expect(toIso("sh", 1403, 1, 1)).toBe("2024-03-20"); // Nowruz 1403
    expect(toIso("sh", 1404, 1, 1)).toBe("2025-03-21");
    expect(toIso("sh", 1403, 9, 18)).toBe("2024-12-08");
    expect(toIso("sh", 1404, 5, 9)).toBe("2025-07-31");
  });
  it("rejects days that do not exist", () => {
    expect(toIso("sh", 1402, 12, 30)).toBeNull(); // 1402 is not a leap year
    expect(toIso("sh", 1403, 12, 30)).toBe("2025-03-20"); // 1403 is
    expect(toIso("sh", 1403, 7, 31)).toBeNull(); // second-half months have 30 days
  });
  it("goes back", () => {
    expect(fromIso("sh", "2025-09-09")).toEqual({ y: 1404, m: 6, d: 18 });
  });
});

describe("lunar Hijri (Umm al-Qura through Intl)", () => {
  it("converts known days", () => {
    expect(hijriToIso(1446, 9, 1)).toBe("2025-03-01"); // 1 Ramadan 1446
    expect(hijriToIso(1447, 1, 1)).toBe("2025-06-26"); // 1 Muharram 1447
    expect(hijriToIso(1445, 10, 1)).toBe("2024-04-10"); // Eid al-Fitr 1445
  });
  it("is the inverse of Intl's Gregorian → Hijri for every month start and end of 1440–1450", () => {
    for (let y = 1440; y <= 1450; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 15, 29]) {
          const g = hijriToIso(y, m, d);
          expect(g, `${y}-${m}-${d}`).not.toBeNull();
          expect(isoToHijri(g as string)).toEqual({ y, m, d });
        }
        const d30 = hijriToIso(y, m, 30);
        if (d30 !== null) expect(isoToHijri(d30)).toEqual({ y, m, d: 30 });
        else expect(isoToHijri(addDays(hijriToIso(y, m, 29) as string, 1)).d).toBe(1); // a 29-day month
      }
    }
  });
  it("rejects impossible days", () => {
    expect(hijriToIso(1446, 13, 1)).toBeNull();
    expect(hijriToIso(1446, 1, 31)).toBeNull();
  });
});

describe("Gregorian helpers and coarse precisions", () => {
  it("validates days", () => {
    expect(toIso("greg", 2024, 2, 29)).toBe("2024-02-29");
    expect(toIso("greg", 2025, 2, 29)).toBeNull();
  });
  it("gives ISO weekdays", () => {
    expect(isoWeekday("2025-07-31")).toBe(4); // a Thursday
    expect(isoWeekday("2024-12-08")).toBe(7); // a Sunday
  });
  it("maps a Solar or lunar month to the Gregorian month holding its 15th", () => {
    expect(monthToIso("greg", 2025, 9)).toBe("2025-09-01");
    expect(monthToIso("sh", 1403, 11)).toBe("2025-02-01"); // Bahman 1403: 20 Jan – 18 Feb 2025
    expect(monthToIso("sh", 1403, 10)).toBe("2025-01-01"); // Dey 1403: 21 Dec 2024 – 19 Jan 2025
    expect(monthToIso("ah", 1446, 9)).toBe("2025-03-01"); // Ramadan 1446
  });
  it("maps a Hijri year to the Gregorian year of its middle", () => {
    expect(yearToIso("greg", 2021)).toBe("2021-01-01");
    expect(yearToIso("sh", 1403)).toBe("2024-01-01");
    expect(yearToIso("ah", 1447)).toBe("2025-01-01");
  });
});
