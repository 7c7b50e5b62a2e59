// Calendar arithmetic for the date recogniser: Gregorian helpers, Solar Hijri (jalaali-js) and
// lunar Hijri. The lunar calendar is Umm al-Qura (Saudi Arabia's official calendar, what most Arab
// news uses), read from Node's ICU through Intl ('en-u-ca-islamic-umalqura'). Intl only converts
// Gregorian → Hijri, so hijriToIso() searches the days near an arithmetic estimate for the one Intl
// formats as the wanted Hijri date. Outside ICU's Umm al-Qura table (1300–1600 AH) ICU falls back to
// the arithmetic civil calendar; news dates are well inside it.
import { toJalaali } from "jalaali-js";
import type { IsoDate } from "../../model.js";
import { gregorianIso, isoDate as iso, isValidGregorian, pad2, solarHijriIso } from "../../text/dates.js";

export { iso, isValidGregorian, pad2 };

/** Which calendar a date is written in: Gregorian, Solar Hijri (Iran), lunar Hijri. */
export type Cal = "greg" | "sh" | "ah";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function parseIso(date: IsoDate): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidGregorian(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(t: Date): IsoDate {
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + n * DAY_MS));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const w = toUtc(date).getUTCDay();
  return w === 0 ? 7 : w;
}

// ---------------------------------------------------------------- lunar Hijri (Umm al-Qura)

const HIJRI_FMT = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: "UTC",
});

// Intl's formatToParts is slow and hijriToIso() calls it several times per date: both directions are
// memoised (bounded; the calendar never changes).
const toHijriMemo = new Map<IsoDate, Ymd>();
const fromHijriMemo = new Map<string, IsoDate | null>();
const HIJRI_MEMO_MAX = 20_000;

/** The Umm al-Qura date of a Gregorian day. */
export function isoToHijri(date: IsoDate): Ymd {
  let ymd = toHijriMemo.get(date);
  if (ymd === undefined) {
    const parts = HIJRI_FMT.formatToParts(toUtc(date));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    ymd = { y: get("year"), m: get("month"), d: get("day") };
    if (toHijriMemo.size >= HIJRI_MEMO_MAX) toHijriMemo.clear();
    toHijriMemo.set(date, ymd);
  }
  return { ...ymd }; // a copy: callers own their result
}

/** The Gregorian day of an Umm al-Qura date, or null if that day does not exist (day 30 of a 29-day month). */
export function hijriToIso(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 30 || y < 1) return null;
  const key = `${y}-${m}-${d}`;
  let date = fromHijriMemo.get(key);
  if (date === undefined) {
    date = searchHijri(y, m, d);
    if (fromHijriMemo.size >= HIJRI_MEMO_MAX) fromHijriMemo.clear();
    fromHijriMemo.set(key, date);
  }
  return date;
}

function searchHijri(y: number, m: number, d: number): IsoDate | null {
  // Arithmetic estimate: 1 Muharram 1 AH ≈ 622-07-16; mean year 354.367 days, mean month 29.5306 days.
  const days = Math.round((y - 1) * 354.36667 + (m - 1) * 29.530589 + (d - 1));
  let guess = fromUtc(new Date(Date.UTC(622, 6, 16) + days * DAY_MS));
  // Newton-like steps by the Hijri difference, then a small exact search around the result.
  for (let i = 0; i < 4; i++) {
    const h = isoToHijri(guess);
    const diff = Math.round(((y - h.y) * 12 + (m - h.m)) * 29.530589 + (d - h.d));
    if (diff === 0) break;
    guess = addDays(guess, diff);
  }
  for (const off of [0, -1, 1, -2, 2, -3, 3]) {
    const cand = addDays(guess, off);
    const h = isoToHijri(cand);
    if (h.y === y && h.m === m && h.d === d) return cand;
  }
  return null;
}

// ---------------------------------------------------------------- any calendar

/** Gregorian ISO date of a (year, month, day) in `cal`, or null if there is no such day. */
export function toIso(cal: Cal, y: number, m: number, d: number): IsoDate | null {
  if (cal === "greg") return gregorianIso(y, m, d);
  if (cal === "sh") return solarHijriIso(y, m, d);
  return hijriToIso(y, m, d);
}

/** The (year, month, day) of a Gregorian date in `cal`. */
export function fromIso(cal: Cal, date: IsoDate): Ymd {
  const g = parseIso(date);
  if (!g) throw new Error(`not an ISO date: ${date}`);
  if (cal === "greg") return g;
  if (cal === "sh") {
    const j = toJalaali(g.y, g.m, g.d);
    return { y: j.jy, m: j.jm, d: j.jd };
  }
  return isoToHijri(date);
}

/**
 * A month of `cal` as a month-precision Gregorian date "YYYY-MM-01": the Gregorian month that holds
 * the 15th of that month (Solar and lunar months straddle two Gregorian months; the 15th picks the
 * one that holds most of it).
 */
export function monthToIso(cal: Cal, y: number, m: number): IsoDate | null {
  if (cal === "greg") return m >= 1 && m <= 12 ? iso(y, m, 1) : null;
  const mid = toIso(cal, y, m, 15);
  return mid ? `${mid.slice(0, 7)}-01` : null;
}

/** A year of `cal` as a year-precision Gregorian date "YYYY-01-01": the Gregorian year of its middle. */
export function yearToIso(cal: Cal, y: number): IsoDate | null {
  if (cal === "greg") return y > 0 ? iso(y, 1, 1) : null;
  const mid = toIso(cal, y, 6, 15) ?? toIso(cal, y, 7, 1);
  return mid ? `${mid.slice(0, 4)}-01-01` : null;
}

/** Plausible year range of each calendar in news text. */
/**
 * The Iranian imperial calendar («۱۶ مردادماه ۲۵۳۵ شاهنشاهی»): the Solar Hijri months and days, its years counted
 * from Cyrus's accession, 1180 years before the Hijra (2535 = 1355 SH). Iran's official calendar from Esfand 1354 to
 * Shahrivar 1357; the press of those years also dates earlier events in it ("آبان‌ماه ۲۵۳۳"). A year in this range
 * after a Solar Hijri month is read as imperial.
 */
export const IMPERIAL_OFFSET = 1180;
export const IMPERIAL_RANGE: [number, number] = [2500, 2540];

export const YEAR_RANGE: Record<Cal, [number, number]> = {
  greg: [1800, 2200],
  sh: [1250, 1600],
  ah: [1250, 1600],
};
