// Dates shared by every phase (ingest, text, extract): the one Gregorian-validity check, ISO
// formatting, the Solar Hijri → Gregorian day, and the one rule that decides an article's
// publication date from the places it can be stated.
import { isValidJalaaliDate, toGregorian } from "jalaali-js";
import type { IsoDate } from "../model.js";

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "YYYY-MM-DD" of a (year, month, day), not checked; see gregorianIso(). */
export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Is (y, m, d) a day of the Gregorian calendar? The only such check in the project. */
export function isValidGregorian(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The ISO date of a Gregorian (y, m, d), or null when there is no such day. */
export function gregorianIso(y: number, m: number, d: number): IsoDate | null {
  return isValidGregorian(y, m, d) ? isoDate(y, m, d) : null;
}

/** The Gregorian ISO date of a Solar Hijri (Jalali) (y, m, d), or null when there is no such day. */
export function solarHijriIso(y: number, m: number, d: number): IsoDate | null {
  if (!isValidJalaaliDate(y, m, d)) return null;
  const g = toGregorian(y, m, d);
  return isoDate(g.gy, g.gm, g.gd);
}

/**
 * Where an article's publication date can be stated, most trusted first:
 *   header    the loader's metadata (a header line, a JSON field; ingest/article.ts parseMetaDate)
 *   pageText  a dateline of a simple form at the top of the page (text/clean.ts detectPublishedAt)
 *   dateline  a full date in a short first sentence, read by the date recogniser (extract/index.ts);
 *             a function, so that it is only read when nothing above gave a date
 */
export interface PublicationDateSources {
  header?: IsoDate;
  pageText?: IsoDate;
  dateline?: () => IsoDate | undefined;
}

/**
 * The publication date: the header's, else the page text's, else the dateline's. The text phase
 * (prepare) calls it with the header and the page text; extraction calls it again with what the text
 * phase decided as `header` and the dateline, which only the date recogniser can read.
 */
export function publicationDate(s: PublicationDateSources): IsoDate | undefined {
  return s.header ?? s.pageText ?? s.dateline?.();
}
