// Binding a DateValue's anchor against the article's publication date. Anchors (set by parse.ts):
//
//   today · today-1 · today+1 · today-2 · today+2     the publication day, ± days
//   weekday:N   (N = ISO 1 Mon … 7 Sun)                the latest such weekday on or before publication
//   weekday:N-  ("last Thursday", "الخميس الماضي")       the latest such weekday strictly before it
//   weekday:N+  ("next Thursday", "الخميس المقبل")       the first such weekday strictly after it
//   week · week-1 · week+1                             never bound: there is no week precision
//   since:day±N · since:month±N                        a counted offset from the last day told ("three days
//                                                      later", «بعد ثلاثة أيام»): not bound here, pass 4 binds it
//   month · month±k · year · year±k                    month / year of publication, ± k
//   month:CAL:MM[+|-][@year±k]                         a month without a year (CAL = greg | sh | ah):
//                                                      the year of publication in that calendar; "+" the
//                                                      next such month after the publication month; "-"
//                                                      the last one before it; "@year-1" last year's
//   day:CAL:MM-DD[+|-][@year±k]                        a day and month without a year: the occurrence
//                                                      nearest to and not after publication; "+" the first
//                                                      on or after it; "-" the last one before it
//   mday:CAL:DD@month[±k]                              day DD of the month of publication (± k months) in
//                                                      that calendar ("العاشر من الشهر الجاري", "دهم ماه جاری")
//
// Without a publication date nothing is bound: a date is never invented. The basis and the anchor are
// kept, so a bound value still says how it was obtained.
import type { DateValue, IsoDate } from "../../model.js";
import { WEEK_ANCHOR_DAYS } from "../../model.js";
import { addDays, fromIso, isoWeekday, monthToIso, parseIso, toIso, yearToIso, type Cal } from "./calendars.js";

/** True when `date` is a real ISO date falling on ISO weekday `weekday` (1 Mon … 7 Sun). */
export function validateWeekday(date: IsoDate, weekday: number): boolean {
  return parseIso(date) !== null && isoWeekday(date) === weekday;
}

export function resolveDate(value: DateValue, publishedAt?: IsoDate): DateValue {
  if (value.date !== null || !value.anchor || !publishedAt || !parseIso(publishedAt)) return value;
  const bound = bind(value, publishedAt);
  return bound ? { ...value, ...bound } : value;
}

type Bound = Pick<DateValue, "date" | "precision">;

function offset(s: string | undefined): number {
  return s ? Number(s) : 0;
}

function bind(value: DateValue, pub: IsoDate): Bound | null {
  const a = value.anchor ?? "";
  let m = /^today([+-]\d+)?$/.exec(a);
  if (m) {
    let date = addDays(pub, offset(m[1]));
    // "اليوم الخميس" in an article dated Friday: the article was written the day before it was dated.
    if (value.weekday && !validateWeekday(date, value.weekday) && validateWeekday(addDays(date, -1), value.weekday)) {
      date = addDays(date, -1);
    }
    return { date, precision: "day" };
  }
  m = /^weekday:([1-7])([+-]?)$/.exec(a);
  if (m) {
    const want = Number(m[1]);
    const have = isoWeekday(pub);
    if (m[2] === "+") return { date: addDays(pub, (want - have + 7) % 7 || 7), precision: "day" };
    const back = (have - want + 7) % 7;
    return { date: addDays(pub, -(m[2] === "-" ? back || 7 : back)), precision: "day" };
  }
  m = /^month([+-]\d+)?$/.exec(a);
  if (m) {
    const p = fromIso("greg", pub);
    const idx = p.y * 12 + (p.m - 1) + offset(m[1]);
    return { date: monthToIso("greg", Math.floor(idx / 12), (idx % 12) + 1), precision: "month" };
  }
  m = /^year([+-]\d+)?$/.exec(a);
  if (m) return { date: yearToIso("greg", fromIso("greg", pub).y + offset(m[1])), precision: "year" };
  m = /^month:(greg|sh|ah):(\d\d)([+-]?)(?:@year([+-]\d+)?)?$/.exec(a);
  if (m) return bindMonth(m[1] as Cal, Number(m[2]), m[3], a.includes("@year") ? offset(m[4]) : null, pub);
  m = /^day:(greg|sh|ah):(\d\d)-(\d\d)([+-]?)(?:@year([+-]\d+)?)?$/.exec(a);
  if (m) {
    return bindDay(m[1] as Cal, Number(m[2]), Number(m[3]), m[4], a.includes("@year") ? offset(m[5]) : null, pub, value.weekday);
  }
  m = /^mday:(greg|sh):(\d\d)@month([+-]\d+)?$/.exec(a);
  if (m) {
    const cal = m[1] as Cal;
    const p = fromIso(cal, pub);
    const idx = p.y * 12 + (p.m - 1) + offset(m[3]);
    const date = toIso(cal, Math.floor(idx / 12), (idx % 12) + 1, Number(m[2]));
    return date ? { date, precision: "day" } : null;
  }
  return null; // week anchors and anything unknown stay unbound
}

function bindMonth(cal: Cal, month: number, dir: string, yearOff: number | null, pub: IsoDate): Bound | null {
  const p = fromIso(cal, pub);
  let y = p.y;
  if (yearOff !== null) y += yearOff;
  else if (dir === "+") y = month > p.m ? p.y : p.y + 1;
  else if (dir === "-") y = month < p.m ? p.y : p.y - 1;
  const date = monthToIso(cal, y, month);
  return date ? { date, precision: "month" } : null;
}

function bindDay(
  cal: Cal,
  month: number,
  day: number,
  dir: string,
  yearOff: number | null,
  pub: IsoDate,
  weekday: number | undefined,
): Bound | null {
  const p = fromIso(cal, pub);
  if (yearOff !== null) {
    const date = toIso(cal, p.y + yearOff, month, day);
    return date ? { date, precision: "day" } : null;
  }
  let cands = [p.y - 1, p.y, p.y + 1]
    .map((y) => toIso(cal, y, month, day))
    .filter((d): d is IsoDate => d !== null)
    .filter((d) => (dir === "+" ? d >= pub : dir === "-" ? d < pub : d <= pub));
  // A weekday written with the date ("یکشنبه ۱۸ آذر") picks between candidate years when it can.
  if (weekday && cands.some((d) => validateWeekday(d, weekday))) cands = cands.filter((d) => validateWeekday(d, weekday));
  if (cands.length === 0) return null;
  const date = dir === "+" ? cands[0] : cands[cands.length - 1];
  return { date, precision: "day" };
}

/**
 * Could a week anchor ("this week", "last week", "next week": never bound) be about `day`? Its days are model.ts
 * WEEK_ANCHOR_DAYS: "last week" is 2 to 14 days before publication, "this week" within 7 days of it, "next week" 1 to
 * 14 days after. Other anchors: true.
 */
export function weekHolds(anchor: string, day: IsoDate, publishedAt?: IsoDate): boolean {
  if (!publishedAt || !parseIso(publishedAt) || !parseIso(day)) return true;
  const span = WEEK_ANCHOR_DAYS[anchor];
  return !span || (day >= addDays(publishedAt, span[0]) && day <= addDays(publishedAt, span[1]));
}
