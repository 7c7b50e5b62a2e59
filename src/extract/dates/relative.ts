// Dates relative to the publication day, read over atoms: "today", "yesterday", "N days ago", "last week",
// "this month" with their day parts (صبح امروز, مساء أمس), "today, Thursday" (اليوم الخميس), and a weekday on
// its own (on Thursday, الخميس الماضي). parse.ts (DateParser) adds the calendar patterns on top.
import { AtomReader, CLOSE_PAREN, type Match, type Parsed } from "./reader.js";

const COMMA_OR_PAREN = new Set([",", "،", "("]);

export class RelativeReader extends AtomReader {
  /** A relative word that is a duration ("دو هفته گذشته", "three days ago") or another day ("اليوم التالي"). */
  protected notARelativeDate(i: number, mt: Match): boolean {
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
}
