// Dates relative to the publication day, read over atoms: "today", "yesterday", "N days ago" (and any counted
// offset: "two weeks ago", «قبل أسبوعين», or "three days later" from the last day told), "last week",
// "this month" with their day parts (صبح امروز, مساء أمس), "today, Thursday" (اليوم الخميس), and a weekday on
// its own (on Thursday, الخميس الماضي), with the weekday, day-part and modifier readers they share with
// parse.ts (DateParser), which adds the calendar patterns on top.
import type { Entry, OffsetUnit, OffsetWord } from "./lexicon.js";
import { AtomReader, CLOSE_PAREN, DOT, type Dir, type Match, type Parsed, type WeekdayX } from "./reader.js";

const COMMA_OR_PAREN = new Set([",", "،", "("]);

export class RelativeReader extends AtomReader {
  /** A relative word that is a duration ("دو هفته گذشته", "three days ago") or another day ("اليوم التالي"). */
  protected notARelativeDate(i: number, mt: Match): boolean {
    // (an Arabic word written with a final hamza is another word than the relative one its key matches: «غداء», lunch,
    // is not «غدا», tomorrow; the hamza is dropped by normalizeKey, and no relative word of calendar.json ends in one)
    if (this.atoms[i].arabic && this.atoms[i].text.endsWith("ء")) return true;
    const prev = i > 0 && this.near(i) ? this.atoms[i - 1] : undefined;
    if (prev && prev.kind === "num") return true;
    if (prev && prev.kind === "word") {
      const pe = this.lex.get(prev.key);
      if (pe.some((e) => e.type === "count" || e.type === "notTodayBefore")) return true;
    }
    const after = this.m(mt.next);
    if (after && this.near(mt.next) && this.entry(after, "notTodayAfter")) return true;
    // "دو روز پیش از سفر", "قبل يومين من الزيارة": counted back from another event
    const past = this.entry(mt, "rel")?.anchor.includes("-");
    if (past && mt.next - i > 1 && after && this.near(mt.next) && this.entry(after, "notCountBackAfter")) return true;
    return false;
  }

  /** [day part] TODAY/YESTERDAY… [day part] */
  protected relative(i: number): Parsed | null {
    let j = i;
    let start = this.atoms[i].start;
    const dp = this.dayPart(j);
    if (dp && this.atoms[i].arabic) j = dp.next;
    if (j > i && !this.near(j)) return null;
    const mt = this.m(j);
    const rel = this.entry(mt, "rel");
    if (!mt || !rel) return null;
    if (j === i) start = mt.start;
    if (this.notARelativeDate(j, mt)) return null;
    let next = mt.next;
    const dp2 = this.dayPart(next);
    if (dp2 && this.near(next) && rel.anchor.startsWith("today")) next = dp2.next;
    const unit = rel.anchor.replace(/[+-]\d+$/, "");
    const precision = unit === "today" ? "day" : unit === "month" ? "month" : unit === "year" ? "year" : null;
    return this.result(i, start, next, { date: null, precision, basis: "relative", anchor: rel.anchor });
  }

  /**
   * A counted offset: "two weeks ago", "three days later", «دو هفته پیش», «سه روز بعد», «قبل أسبوعين», «بعد ثلاثة
   * أيام». Counted back from the publication day ("ago": today-N, month-N) or from the last day the text told
   * ("earlier", "later": since:UNIT±N, bound by pass 4). Not one counted from an event named right after it
   * ("دو روز بعد از سفر", "بعد يومين من القمة"); «… بعد از آن» (after that) is counted from the last day told.
   */
  protected countedOffset(i: number): Parsed | null {
    const a = this.atoms[i];
    if (!a) return null;
    const words = (k: number, first = false) => (this.atoms[k]?.kind === "word" ? this.lex.offsetWord(this.atoms[k].key, first) : []);
    const pick = <T extends OffsetWord["type"]>(ws: OffsetWord[], type: T) => ws.find((w): w is Extract<OffsetWord, { type: T }> => w.type === type);
    const countAt = (k: number): number | undefined => {
      const n = this.num(k);
      if (n) return n.digits <= 2 && !this.glued(k) && n.value > 0 ? n.value : undefined;
      return pick(words(k), "number")?.n;
    };
    let dir: Extract<OffsetWord, { type: "dir" }> | undefined;
    let unit: OffsetUnit;
    let n: number;
    let next: number;
    const lead = words(i, true).find((w): w is Extract<OffsetWord, { type: "dir" }> => w.type === "dir" && w.lang === "ar");
    if (lead) {
      // Arabic: DIRECTION [COUNT] UNIT (a dual holds its count; a singular alone is one)
      dir = lead;
      let j = i + 1;
      const count = this.near(j) ? countAt(j) : undefined;
      if (count !== undefined) j++;
      const u = this.near(j) ? pick(words(j), "unit") : undefined;
      if (!u || (count !== undefined && u.count !== undefined)) return null;
      unit = u.unit;
      n = count ?? u.count ?? 1;
      next = j + 1;
    } else {
      // English and Persian: COUNT UNIT DIRECTION
      const count = countAt(i);
      const u = count !== undefined && this.near(i + 1) ? pick(words(i + 1), "unit") : undefined;
      dir = u && this.near(i + 2) ? words(i + 2).find((w): w is Extract<OffsetWord, { type: "dir" }> => w.type === "dir" && w.lang !== "ar") : undefined;
      if (count === undefined || !u || !dir || u.count !== undefined) return null;
      unit = u.unit;
      n = count;
      next = i + 3;
    }
    // counted from an event named after it ("از سفر", "من القمة"), unless that is "از آن" / "از این" (after that)
    const after = this.near(next) ? this.m(next) : null;
    if (after && this.entry(after, "notCountBackAfter")) {
      const that = this.atoms[next + 1];
      if (dir.lang !== "fa" || !that || !this.near(next + 1) || !/^(ان|این|اين)$/.test(that.key)) return null;
      next += 2;
      if (dir.dir === "ago") dir = { ...dir, dir: "earlier" }; // «سه روز قبل از آن»: three days before that
    }
    const days = unit === "week" ? 7 * n : n;
    const sign = dir.dir === "later" ? "+" : "-";
    const anchor =
      dir.dir === "ago" ? (unit === "month" ? `month-${n}` : `today-${days}`) : `since:${unit === "month" ? "month" : "day"}${sign}${unit === "month" ? n : days}`;
    return this.result(i, a.start, next, { date: null, precision: unit === "month" ? "month" : "day", basis: "relative", anchor });
  }

  /** TODAY [,(] WEEKDAY [)]: "اليوم الخميس", "امروز (پنجشنبه)", "yesterday, Wednesday". */
  protected relativeDay(i: number): Parsed | null {
    const r = this.relative(i);
    if (!r || !r.value.anchor?.startsWith("today")) return null;
    let j = r.next;
    if (this.isPunct(j, COMMA_OR_PAREN)) j++;
    if (!this.near(j)) return null;
    const w = this.weekdayX(j);
    if (!w || w.dir !== "") return null;
    let next = w.next;
    if (this.isPunct(next, CLOSE_PAREN)) next++;
    return { start: r.start, end: this.end(next), next, value: Object.assign({}, r.value, { weekday: w.weekday }) };
  }

  /** A weekday on its own: "پنجشنبه", "عصر روز پنجشنبه", "on Thursday", "الخميس المقبل". */
  protected weekdayOnly(i: number): Parsed | null {
    const w = this.weekdayX(i);
    if (!w || w.weak) return null;
    // "نماز جمعه", "صلاة الجمعة", "Friday prayers" name an institution, not a day
    const prev = i > 0 && this.near(i) ? this.atoms[i - 1] : undefined;
    if (prev && this.lex.get(prev.key).some((e) => e.type === "notWeekdayBefore")) return null;
    if (this.entry(this.near(w.next) ? this.m(w.next) : null, "notWeekdayAfter")) return null;
    return this.result(i, w.start, w.next, {
      date: null,
      precision: "day",
      basis: "weekday",
      weekday: w.weekday,
      anchor: `weekday:${w.weekday}${w.dir}`,
    });
  }

  // ------------------------------------------------------------ components

  /** An English modifier before: last / next / coming. */
  protected modBefore(i: number): { dir: Dir; next: number } | null {
    const mt = this.m(i);
    const mod = this.entry(mt, "mod");
    if (mt && mod && mod.lang === "en") return { dir: mod.dir === "future" ? "+" : "-", next: mt.next };
    return null;
  }

  protected dayPart(i: number): Match | null {
    const mt = this.m(i);
    return mt && this.entry(mt, "daypart") ? mt : null;
  }

  /** [day part] [day word] WEEKDAY [modifier] [day part]; English: [last/next] WEEKDAY [day part]. */
  protected weekdayX(i: number): WeekdayX | null {
    let j = i;
    let start = this.atoms[i]?.start ?? 0;
    const before = this.modBefore(j);
    let dir: Dir = "";
    if (before) {
      dir = before.dir;
      j = before.next;
    } else {
      const dp = this.dayPart(j);
      if (dp && this.atoms[j].arabic) {
        start = dp.start;
        j = dp.next;
      }
      const dw = this.m(j);
      if (dw && this.entry(dw, "dayword") && this.atoms[j].arabic) {
        if (j === i) start = dw.start;
        j = dw.next;
      }
    }
    if (j > i && !this.near(j)) return null;
    const mt = this.m(j);
    const wd = mt?.entries.filter((e): e is Extract<Entry, { type: "weekday" }> => e.type === "weekday") ?? [];
    if (!mt || wd.length === 0) return null;
    if (j === i) start = mt.start;
    const latin = !this.atoms[j].arabic;
    if (latin && !/^\p{Lu}/u.test(this.atoms[j].text)) return null;
    let next = mt.next;
    if (latin && this.isPunct(next, DOT) && this.touching(next) && wd[0].weak) next++;
    const after = this.modAfter(next);
    if (after && !latin) {
      dir = after.dir;
      next = after.next;
    }
    const dp = this.dayPart(next);
    if (dp && this.near(next)) next = dp.next;
    return { weekday: wd[0].weekday, dir, weak: wd.every((e) => e.weak), start, next };
  }
}
