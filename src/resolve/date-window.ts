// The days a report can be about. A report with an explicit day is about that day. One without is
// about a day of its interval: its month or year when the text gives one, the days of its week anchor ("last
// week": model.ts WEEK_ANCHOR_DAYS) when it has one, else the WINDOW days up to
// its publication (news tells what just happened: "the two ministers met" in an article of 10 May is
// not about a meeting of two years before). An undated report can join only a meeting whose day is
// in its interval, and two undated reports only when their intervals meet. Without a publication
// date and without a month or year, the interval is unbounded: the report can be any meeting.
//
// coref.ts decides with these intervals; incremental.ts files reports under the MONTHS of their
// interval, so that two reports that can corefer always share a coreference key, and a report's
// keys do not reach the whole history of a pair that meets often.
import type { AgreementReport, DateValue, EventReport, IsoDate } from "../model.js";
import { UNDATED_WINDOW_DAYS, WEEK_ANCHOR_DAYS } from "../model.js";

export { UNDATED_WINDOW_DAYS };

/** A closed range of days (empty when lo > hi); undefined: unbounded. */
export interface Interval {
  lo: IsoDate;
  hi: IsoDate;
}

const DAY_MS = 86_400_000;
const addDays = (d: IsoDate, n: number): IsoDate => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const min = (a: IsoDate, b: IsoDate | undefined): IsoDate => (b !== undefined && b < a ? b : a);

function monthEnd(ym: string): IsoDate {
  const [y, m] = ym.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); // day 0 of the next month
}

/** The interval of a report's date; `publishedAt` bounds it above. */
export function intervalOf(date: DateValue, publishedAt: IsoDate | undefined): Interval | undefined {
  const d = date.date;
  if (d && date.precision === "day") return { lo: d, hi: d };
  if (d && date.precision === "month") return { lo: `${d.slice(0, 7)}-01`, hi: min(monthEnd(d.slice(0, 7)), publishedAt) };
  if (d && date.precision === "year") return { lo: `${d.slice(0, 4)}-01-01`, hi: min(`${d.slice(0, 4)}-12-31`, publishedAt) };
  const week = !d && date.anchor ? WEEK_ANCHOR_DAYS[date.anchor] : undefined;
  if (week && publishedAt) return { lo: addDays(publishedAt, week[0]), hi: addDays(publishedAt, week[1]) };
  return publishedAt ? { lo: addDays(publishedAt, -UNDATED_WINDOW_DAYS), hi: publishedAt } : undefined;
}

export function within(day: IsoDate, iv: Interval | undefined): boolean {
  return !iv || (iv.lo <= day && day <= iv.hi);
}

/** Do two intervals share a day? (An unbounded one meets any non-empty interval.) */
export function overlap(a: Interval | undefined, b: Interval | undefined): boolean {
  if (a && a.lo > a.hi) return false;
  if (b && b.lo > b.hi) return false;
  return !a || !b || (a.lo <= b.hi && b.lo <= a.hi);
}

/** The months ("YYYY-MM") an interval touches (none when empty). */
export function monthsOf(iv: Interval): string[] {
  if (iv.lo > iv.hi) return [];
  const out: string[] = [];
  let [y, m] = iv.lo.slice(0, 7).split("-").map(Number);
  const last = iv.hi.slice(0, 7);
  for (let ym = iv.lo.slice(0, 7); ym <= last; ym = `${y}-${String(m).padStart(2, "0")}`) {
    out.push(ym);
    if (++m > 12) (m = 1), y++;
  }
  return out;
}

/**
 * The days an agreement report can be dated to: its own day; with a date variable, any (its binding
 * comes from the article's event reports); else those of the report of the meeting it was reached at
 * (the meeting's day is in that report's interval), or its own interval.
 */
export function agreementInterval(g: AgreementReport, meeting: EventReport | undefined): Interval | undefined {
  if (g.date.date && g.date.precision === "day") return intervalOf(g.date, g.publishedAt);
  if (g.dateVar) return undefined;
  return meeting ? intervalOf(meeting.date, meeting.publishedAt) : intervalOf(g.date, g.publishedAt);
}
