// The date grammar, run over atoms (atoms.ts) with the calendar lexicon (lexicon.ts). At each atom every
// pattern is tried and the longest parse wins; the scan then continues after it. Patterns:
//
//   numeric     2025-07-31 · 2025/07/31 · ۱۴۰۳/۰۹/۱۸ (year first) · 31/07/2025 · 31.07.2025 (day first;
//               month first only when the first number cannot be a month: 7/31/2025)
//   day month   31 July 2025 · ۹ مرداد ۱۴۰۴ · 20 ربيع الثاني 1447 هـ · 31st of July · ۹ مرداد (no year)
//   month day   July 31, 2025 · July 31 (Latin script only)
//   month       سپتامبر 2025 · دیماه ۱۴۰۳ · بهمن ۱۴۰۳ · در ماه سپتامبر · أكتوبر/تشرين الأول المقبل ·
//               دسامبر سال گذشته · next October
//   year        سال ۱۴۰۳ · عام 2024 · in 2021 · 1446 هـ
//   weekday     پنجشنبه · عصر روز پنجشنبه · يوم الخميس · on Thursday · الخميس الماضي · next Friday
//   relative    امروز · صبح امروز · اليوم · أمس · yesterday · هفته گذشته · الشهر المقبل · last year
//   offset      two weeks ago · دو هفته پیش · قبل أسبوعين · three days later · سه روز بعد · بعد ثلاثة أيام
//   combined    اليوم الخميس (today, a Thursday) · یکشنبه ۱۸ آذر ۱۴۰۳ (explicit date with its weekday)
//   (the weekday and relative patterns are in relative.ts, which DateParser extends)
//
// Numbers are only read as dates inside these patterns, so "3.5 برابر", "90 درصد", "10 نظرات" and
// durations ("شش سال", "دو هفته گذشته", "for two weeks") give nothing; nor does a count of years ago.
//
// Calendars: a month name fixes the calendar; a bare year of 1250–1600 is Solar Hijri in Persian text
// and lunar Hijri in Arabic text unless an era marker (ه.ش, هـ, ق, م) says otherwise.
import { monthToIso, pad2, toIso, yearToIso, type Cal } from "./calendars.js";
import { DATE_SEPS, type Dir, type MonthX, type Parsed, type YearX } from "./reader.js";
import { RelativeReader } from "./relative.js";

export type { Parsed } from "./reader.js";


export class DateParser extends RelativeReader {
  /** All date mentions, left to right, not overlapping. */
  parseAll(): Parsed[] {
    const out: Parsed[] = [];
    for (let i = 0; i < this.atoms.length; ) {
      // Every pattern starts with a number or a calendar-lexicon phrase at atom i (a weekday, month,
      // modifier, day part, "روز", "سال", "in"...): elsewhere nothing can start, so skip the patterns.
      if (this.atoms[i].kind !== "num" && this.m(i) === null && !this.lex.offsetWord(this.atoms[i].key, true).length) {
        i++;
        continue;
      }
      const p = this.parseAt(i);
      if (p) {
        out.push(p);
        i = p.next;
      } else i++;
    }
    return out;
  }

  private parseAt(i: number): Parsed | null {
    const candidates = [
      this.weekdayThenDate(i),
      this.relativeDay(i),
      this.numeric(i),
      this.dayMonth(i),
      this.monthDay(i),
      this.monthOnly(i),
      this.weekdayOnly(i),
      this.relative(i),
      this.countedOffset(i),
      this.yearOnly(i),
    ];
    let best: Parsed | null = null;
    for (const c of candidates) if (c && (!best || c.next > best.next)) best = c;
    return best;
  }


  // ------------------------------------------------------------ patterns

  /** 2025-07-31, 31/07/2025, ۱۴۰۳/۰۹/۱۸, 31.07.2025 [era] */
  private numeric(i: number): Parsed | null {
    const a = this.num(i);
    if (!a) return null;
    const s1 = this.atoms[i + 1];
    if (!s1 || s1.kind !== "punct" || !DATE_SEPS.has(s1.text) || !this.touching(i + 1)) return null;
    const b = this.num(i + 2);
    const s2 = this.atoms[i + 3];
    const c = this.num(i + 4);
    if (!b || !c || !s2 || s2.text !== s1.text || !this.touching(i + 2) || !this.touching(i + 3) || !this.touching(i + 4)) return null;
    // not part of a longer numeric run (a fourth number or a decimal)
    if (this.isPunct(i + 5, DATE_SEPS) && this.touching(i + 5) && this.num(i + 6) && this.touching(i + 6)) return null;
    if (i > 0 && this.touching(i) && (this.num(i - 1) || this.isPunct(i - 1, DATE_SEPS))) return null;
    let next = i + 5;
    const era = this.era(next);
    if (era) next = era.next;
    let y: number, mo: number, d: number;
    if (a.digits === 4 && b.digits <= 2 && c.digits <= 2) [y, mo, d] = [a.value, b.value, c.value];
    else if (c.digits === 4 && a.digits <= 2 && b.digits <= 2) {
      // day first, unless only month-first makes sense (7/31/2025)
      if (b.value > 12 && a.value <= 12) [y, mo, d] = [c.value, a.value, b.value];
      else [y, mo, d] = [c.value, b.value, a.value];
    } else return null;
    const cal = this.yearCal(c.digits === 4 && a.digits !== 4 ? c : a, era?.cal);
    if (!cal) return null;
    const date = toIso(cal, y, mo, d);
    if (!date) return null;
    return this.result(i, a.start, next, { date, precision: "day", basis: "explicit" });
  }

  /** DAY [of] MONTH [YEAR] [modifier] */
  private dayMonth(i: number): Parsed | null {
    const dn = this.dayNum(i);
    if (!dn) return null;
    let j = dn.next;
    if (!this.near(j)) return null;
    const of = this.m(j);
    const hasOf = !!of && !!this.entry(of, "of");
    if (of && hasOf) j = of.next;
    if (!this.near(j)) return null;
    const mx = this.monthX(j);
    if (mx) return this.withYear(i, this.atoms[i].start, mx, dn.day);
    // a day of this, last or next month: "العاشر من الشهر الجاري", "في 3 من الشهر الماضي", "دهم ماه جاری"
    // (a bare number before "ماه گذشته" is a count of months: "۱۰ ماه گذشته", the past ten months)
    const rm = this.m(j);
    const rel = this.entry(rm, "rel");
    if (!rm || !rel || !/^month([+-]\d+)?$/.test(rel.anchor) || (this.num(i) && !hasOf)) return null;
    const cal = rel.lang === "fa" ? "sh" : "greg";
    return this.result(i, this.atoms[i].start, rm.next, { date: null, precision: "day", basis: "relative", anchor: `mday:${cal}:${pad2(dn.day)}@${rel.anchor}` });
  }

  /** MONTH DAY [,] [YEAR] — Latin script ("July 31, 2025"). */
  private monthDay(i: number): Parsed | null {
    const before = this.modBefore(i);
    const j = before ? before.next : i;
    const mx = this.monthX(j);
    if (!mx || !mx.latin || !this.near(mx.next)) return null;
    const dn = this.dayNum(mx.next);
    if (!dn) return null;
    return this.withYear(i, this.atoms[i].start, { ...mx, next: dn.next }, dn.day, before?.dir);
  }

  /** The rest after "DAY MONTH" or "MONTH DAY": a year, a relative year or a modifier. */
  private withYear(i: number, start: number, mx: MonthX, day: number, dirBefore: Dir = ""): Parsed | null {
    const yx = this.yearX(mx.next, mx.cal);
    if (yx && yx.year !== undefined) {
      const date = toIso(mx.cal, yx.year, mx.month, day);
      if (!date) return null;
      return this.result(i, start, yx.next, { date, precision: "day", basis: "explicit" });
    }
    if (day > maxMonthDays(mx.cal, mx.month)) return null; // "31 April", "31 مهر"
    const { next, dir, suffix } = this.relativeTail(yx, mx.next, dirBefore);
    return this.result(i, start, next, {
      date: null,
      precision: "day",
      basis: "relative",
      anchor: `day:${mx.cal}:${pad2(mx.month)}-${pad2(day)}${dir}${suffix}`,
    });
  }

  /** After a month without a year: a relative year ("this year", "السنة المقبلة") or a modifier ("next", "الماضي"). */
  private relativeTail(yx: YearX | null, next: number, dir: Dir): { next: number; dir: Dir; suffix: string } {
    if (yx && yx.rel !== undefined) return { next: yx.next, dir, suffix: yx.rel === 0 ? "@year" : `@year${yx.rel > 0 ? "+" : ""}${yx.rel}` };
    const after = this.modAfter(next);
    return after ? { next: after.next, dir: after.dir, suffix: "" } : { next, dir, suffix: "" };
  }

  /** [next/last] [month word] MONTH [YEAR | relative year | modifier] */
  private monthOnly(i: number): Parsed | null {
    let j = i;
    let start = this.atoms[i].start;
    const before = this.modBefore(j);
    if (before) j = before.next;
    const mw = this.m(j);
    let marked = false;
    if (mw && this.entry(mw, "monthword")) {
      if (j === i) start = mw.start;
      j = mw.next;
      marked = true;
      if (this.entry(this.m(j), "of")) j = this.m(j)?.next ?? j; // "month of May"
    }
    if (j > i && !this.near(j)) return null;
    const mx = this.monthX(j);
    if (!mx) return null;
    if (j === i) start = mx.start;
    // "in May", "since Ramadan", "في مارس", "في آب": a weak Latin or Gregorian name after a preposition
    const afterPrep = j === i && i > 0 && this.near(i) && this.lex.get(this.atoms[i - 1].key).some((e) => e.type === "prep");
    if (afterPrep && (mx.latin || mx.cal === "greg")) marked = true;
    const yx = this.yearX(mx.next, mx.cal);
    if (yx && yx.year !== undefined) {
      const date = monthToIso(mx.cal, yx.year, mx.month);
      if (!date) return null;
      return this.result(i, start, yx.next, { date, precision: "month", basis: "explicit" });
    }
    const { next, dir, suffix } = this.relativeTail(yx, mx.next, before?.dir ?? "");
    // A weak name ("مهر", "May", "رمضان") alone is a word, not a month.
    if (mx.weak && !marked && !before && suffix === "" && dir === "") return null;
    return this.result(i, start, next, {
      date: null,
      precision: "month",
      basis: "relative",
      anchor: `month:${mx.cal}:${pad2(mx.month)}${dir}${suffix}`,
    });
  }

  /** WEEKDAY [,] DATE: an explicit or partial date with its weekday ("یکشنبه ۱۸ آذر ۱۴۰۳"). */
  private weekdayThenDate(i: number): Parsed | null {
    const w = this.weekdayX(i);
    if (!w || w.dir !== "") return null;
    const j = this.skipComma(w.next);
    if (!this.near(j)) return null;
    const d = this.numeric(j) ?? this.dayMonth(j) ?? this.monthDay(j);
    if (!d || d.value.precision !== "day") return null;
    return { start: w.start, end: d.end, next: d.next, value: Object.assign({}, d.value, { weekday: w.weekday }) };
  }

  /** After "in 2021": the end, punctuation, a capitalised word or a function word ("in 2000 troops" is a count). */
  private yearFollows(i: number): boolean {
    const a = this.atoms[i];
    if (!a || a.kind !== "word" || !this.near(i) || a.arabic || /^\p{Lu}/u.test(a.text)) return true;
    return this.lex.get(a.key).some((e) => e.type === "yearFollower");
  }

  /** "سال ۱۴۰۳", "عام 2024", "in 2021", "1446 هـ". The preposition is not part of the mention. */
  private yearOnly(i: number): Parsed | null {
    let j = i;
    let from = i;
    let start = this.atoms[i].start;
    let marked = false;
    let prep = false;
    const lead = this.m(j);
    if (lead && this.entry(lead, "prep")) {
      prep = true;
      j = lead.next;
      from = j;
      start = this.atoms[j]?.start ?? start;
    }
    const yw = this.m(j);
    if (yw && this.entry(yw, "yearword") && (j === i || this.near(j))) {
      marked = true;
      if (j === from) start = yw.start;
      j = yw.next;
    }
    if (j > i && !this.near(j)) return null;
    const a = this.num(j);
    if (!a || a.digits !== 4 || this.glued(j)) return null;
    let next = j + 1;
    const era = this.era(next);
    if (era) next = era.next;
    if (!marked && !era && !prep) return null;
    const cal = this.yearCal(a, era?.cal);
    if (!cal) return null;
    // a preposition alone only makes a modern Gregorian year ("in 2021", "منذ 2011")
    if (!marked && !era && (cal !== "greg" || a.value < 1900 || a.value > 2100)) return null;
    if (!marked && !era && !this.atoms[from - 1]?.arabic && !this.yearFollows(next)) return null;
    const date = yearToIso(cal, a.value);
    if (!date) return null;
    return this.result(from, start, next, { date, precision: "year", basis: "explicit" });
  }
}

/** The most days a month can have in any year (Gregorian February 29, Esfand 30, any lunar month 30). */
function maxMonthDays(cal: Cal, month: number): number {
  if (cal === "ah") return 30;
  if (cal === "sh") return month <= 6 ? 31 : 30;
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
