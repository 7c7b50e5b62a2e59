// The small readers the date grammar (parse.ts) is built from: one lexicon phrase, a day number, a month
// name (single or doubled), a year with its era, a modifier ("المقبل", "گذشته", "next"), a weekday with
// its day part. Each reads from an atom index and returns where it stopped, or null.
import type { DateValue, Lang } from "../../model.js";
import { gapBefore, type Atom } from "./atoms.js";
import { IMPERIAL_OFFSET, IMPERIAL_RANGE, YEAR_RANGE, type Cal } from "./calendars.js";
import type { CalendarLexicon, Entry } from "./lexicon.js";

export interface Parsed {
  /** Character offsets in the original text. */
  start: number;
  end: number;
  /** Atom index after the parse. */
  next: number;
  value: DateValue;
}

export type Match = { entries: Entry[]; next: number; start: number };
export type Dir = "" | "+" | "-";

export interface MonthX {
  cal: Cal;
  month: number;
  weak: boolean;
  latin: boolean;
  start: number;
  next: number;
}

export interface YearX {
  /** A written year in its calendar, or an offset from the publication year ("سال گذشته" → -1). */
  year?: number;
  cal?: Cal;
  rel?: number;
  next: number;
}

export interface WeekdayX {
  weekday: number;
  dir: Dir;
  weak: boolean;
  start: number;
  next: number;
}

export const DATE_SEPS = new Set(["-", "/", "."]);
export const COMMAS = new Set([",", "،"]);
// punctuation sets the readers test (module constants, not built per call)
const NUMBER_SEPS_BEFORE = new Set([".", ",", ":", "٫", "/", "-"]);
const NUMBER_SEPS_AFTER = new Set([".", ",", ":", "٫", "٬", "/", "-"]);
const PERCENT = new Set(["%", "٪"]);
const HYPHEN = new Set(["-"]);
export const DOT = new Set(["."]);
const MONTH_TWIN_SEPS = new Set(["/", "(", "-"]);
export const CLOSE_PAREN = new Set([")"]);

export class AtomReader {
  private guessedLang: Lang | undefined;
  /** m() by atom index (undefined: not asked yet). */
  private readonly memo: Array<Match | null | undefined>;

  constructor(
    protected readonly atoms: Atom[],
    protected readonly lex: CalendarLexicon,
    protected readonly text?: string,
  ) {
    this.memo = new Array<Match | null | undefined>(atoms.length + 1).fill(undefined);
  }

  /** The language of the atoms' letters, guessed when first needed (only a bare year asks). */
  protected get lang(): Lang {
    return (this.guessedLang ??= guessLang(this.atoms));
  }

  // ------------------------------------------------------------ small readers

  /** The longest lexicon phrase at atom i (memoised: every pattern asks). */
  protected m(i: number): Match | null {
    if (i < 0 || i >= this.atoms.length) return this.lex.match(this.atoms, i, this.text);
    let mt = this.memo[i];
    if (mt === undefined) {
      mt = this.lex.match(this.atoms, i, this.text);
      this.memo[i] = mt;
    }
    return mt;
  }

  protected entry<T extends Entry["type"]>(mt: Match | null, type: T): Extract<Entry, { type: T }> | undefined {
    return mt?.entries.find((e): e is Extract<Entry, { type: T }> => e.type === type);
  }

  /** Atom i exists and follows atom i-1 with only white space (or nothing) between. */
  protected near(i: number): boolean {
    return i < this.atoms.length && gapBefore(this.atoms, i, this.text) !== "|";
  }

  protected touching(i: number): boolean {
    return i < this.atoms.length && gapBefore(this.atoms, i, this.text) === "";
  }

  protected isPunct(i: number, set: Set<string>): boolean {
    const a = this.atoms[i];
    return a !== undefined && a.kind === "punct" && set.has(a.text);
  }

  /** Skip one comma (or nothing). */
  protected skipComma(i: number): number {
    return this.isPunct(i, COMMAS) ? i + 1 : i;
  }

  protected num(i: number): Atom | null {
    const a = this.atoms[i];
    return a && a.kind === "num" ? a : null;
  }

  /** A number that is part of a larger number or numeric expression ("3.5", "1,000", "10:30"). */
  protected glued(i: number): boolean {
    const prevSep = this.isPunct(i - 1, NUMBER_SEPS_BEFORE) && this.touching(i) && this.num(i - 2) !== null && this.touching(i - 1);
    const nextSep =
      (this.isPunct(i + 1, PERCENT) && this.touching(i + 1)) ||
      (this.isPunct(i + 1, NUMBER_SEPS_AFTER) && this.touching(i + 1) && this.num(i + 2) !== null && this.touching(i + 2));
    return prevSep || nextSep;
  }

  protected end(next: number): number {
    return this.atoms[next - 1].end;
  }

  protected result(startAtom: number, start: number, next: number, value: DateValue): Parsed {
    return { start: Math.max(start, this.atoms[startAtom].start), end: this.end(next), next, value };
  }

  // ------------------------------------------------------------ components

  /** A day number 1–31, with an ordinal suffix ("31st", "۹ام") if any. */
  protected dayNum(i: number): { day: number; next: number } | null {
    // a day written as an ordinal word: "الثالث من آذار", "سوم اسفند", "the third of March" (the
    // patterns that ask for a day also ask for the month next to it)
    const w = this.atoms[i]?.kind === "word" ? this.m(i) : null;
    const ordinal = w?.entries.find((e): e is Extract<Entry, { type: "ordinalDay" }> => e.type === "ordinalDay");
    if (w && ordinal) {
      // "الأسبوع الأول من مارس", "the first half of March": the ordinal describes the noun before it
      const prev = i > 0 && this.atoms[i - 1].kind === "word" ? this.atoms[i - 1] : null;
      if (prev && this.lex.get(prev.key).some((e) => e.type === "notOrdinalDayAfter")) return null;
      return { day: ordinal.day, next: w.next };
    }
    const a = this.num(i);
    if (!a || a.digits > 2 || a.value < 1 || a.value > 31) return null;
    if (this.glued(i)) return null;
    // part of a name or code: "COVID-19", "F-16", "G7"; but the Arabic article written on a number is a
    // day's ("في الـ10 من مارس")
    const article = this.touching(i) && this.atoms[i - 1].arabic && this.atoms[i - 1].key === "ال";
    if (this.touching(i) && !article && (this.atoms[i - 1].kind === "word" || this.isPunct(i - 1, HYPHEN))) return null;
    let next = i + 1;
    const suf = this.atoms[next];
    if (suf && suf.kind === "word" && this.touching(next) && this.lex.ordinalSuffixes.has(suf.key)) next++;
    return { day: a.value, next };
  }

  /** A month name, possibly doubled ("أكتوبر/تشرين الأول", "تموز (يوليو)"), possibly abbreviated with a dot. */
  protected monthX(i: number): MonthX | null {
    const mt = this.m(i);
    const months = mt?.entries.filter((e): e is Extract<Entry, { type: "month" }> => e.type === "month") ?? [];
    if (!mt || months.length === 0) return null;
    const e = months[0];
    const latin = !this.atoms[i].arabic;
    // English month names are capitalised; lower-case "may", "march" are verbs.
    if (latin && !/^\p{Lu}/u.test(this.atoms[i].text)) return null;
    let next = mt.next;
    if (latin && this.isPunct(next, DOT) && this.touching(next)) next++;
    const out: MonthX = { cal: e.cal, month: e.month, weak: months.every((x) => x.weak), latin, start: mt.start, next };
    // double form
    if (this.isPunct(next, MONTH_TWIN_SEPS)) {
      const second = this.m(next + 1);
      const twin = second?.entries.find((x) => x.type === "month" && x.cal === e.cal && x.month === e.month);
      if (second && twin) {
        out.weak = false;
        out.next = second.next;
        if (this.isPunct(out.next, CLOSE_PAREN)) out.next++;
      }
    }
    return out;
  }

  /** An era marker at atom i: "هـ", "ه.ش", "م", "AD", "هجری شمسی". Letters may be joined by touching dots. */
  protected era(i: number): { cal: Cal; next: number } | null {
    if (!this.near(i) || this.atoms[i]?.kind !== "word") return null;
    let best: { cal: Cal; next: number } | null = null;
    let key = "";
    for (let j = i; j < i + 5 && j < this.atoms.length; j += 2) {
      if (j > i && !(this.isPunct(j - 1, DOT) && this.touching(j - 1) && this.touching(j))) break;
      if (this.atoms[j].kind !== "word") break;
      key += this.atoms[j].key;
      const e = this.lex.get(key).find((x) => x.type === "era");
      if (e && e.type === "era") best = { cal: e.cal, next: j + 1 };
    }
    const mt = this.m(i); // multi-word eras ("هجری شمسی") and longer spellings
    const e = this.entry(mt, "era");
    if (mt && e && (!best || mt.next > best.next)) best = { cal: e.cal, next: mt.next };
    return best;
  }

  /** The calendar of a bare year number. */
  protected yearCal(year: Atom, era: Cal | undefined): Cal | null {
    const value = year.value;
    if (era) return value >= YEAR_RANGE[era][0] && value <= YEAR_RANGE[era][1] ? era : null;
    if (value >= YEAR_RANGE.greg[0] && value <= YEAR_RANGE.greg[1]) return "greg";
    if (value >= YEAR_RANGE.sh[0] && value <= YEAR_RANGE.sh[1]) {
      // Persian digits (۱۴۰۳) are Persian text; Arabic-Indic digits (١٤٤٧) Arabic text.
      if (/[\u06F0-\u06F9]/.test(year.text)) return "sh";
      if (/[\u0660-\u0669]/.test(year.text)) return "ah";
      if (this.lang === "fa") return "sh";
      if (this.lang === "ar") return "ah";
    }
    return null;
  }

  /** A year after a month: [,] [of/من] [year word] NUMBER [era], or [of/من] a relative year ("سال گذشته"). */
  protected yearX(i: number, cal: Cal): YearX | null {
    let j = this.skipComma(i);
    const of = this.m(j);
    if (this.entry(of, "of") && of) j = of.next;
    const rel = this.m(j);
    const relE = this.entry(rel, "rel");
    if (rel && relE && /^year([+-]\d)?$/.test(relE.anchor)) {
      return { rel: Number(relE.anchor.slice(4) || "0"), next: rel.next };
    }
    const yw = this.m(j);
    if (yw && this.entry(yw, "yearword")) j = yw.next;
    const a = this.num(j);
    if (!a || a.digits < 3 || a.digits > 4 || !this.near(j) || this.glued(j)) return null;
    let next = j + 1;
    const era = this.era(next);
    if (era && era.cal !== cal) return null;
    if (era) next = era.next;
    // a Solar Hijri month in an imperial year (2535 = 1355 SH)
    if (cal === "sh" && !era && a.value >= IMPERIAL_RANGE[0] && a.value <= IMPERIAL_RANGE[1]) return { year: a.value - IMPERIAL_OFFSET, cal, next };
    if (a.value < YEAR_RANGE[cal][0] || a.value > YEAR_RANGE[cal][1]) return null;
    return { year: a.value, cal, next };
  }

  /** A modifier after a month or weekday (Arabic, Persian): المقبل, آینده, الماضي, گذشته, هفته گذشته. */
  protected modAfter(i: number): { dir: Dir; next: number } | null {
    if (!this.near(i)) return null;
    const mt = this.m(i);
    const mod = this.entry(mt, "mod");
    if (mt && mod && mod.lang !== "en") return { dir: mod.dir === "future" ? "+" : "-", next: mt.next };
    const rel = this.entry(mt, "rel");
    if (mt && rel && (rel.anchor === "week-1" || rel.anchor === "week+1")) {
      return { dir: rel.anchor === "week+1" ? "+" : "-", next: mt.next };
    }
    return null;
  }
}

/** Persian or Arabic (or English) from the letters: used only to pick the calendar of a bare year. */
export function guessLang(atoms: Atom[]): Lang {
  let fa = 0;
  let ar = 0;
  for (const a of atoms) {
    if (!a.arabic) continue;
    fa += (a.text.match(/[پچژگکی]/g) ?? []).length;
    ar += (a.text.match(/[يكةى]/g) ?? []).length;
  }
  if (fa === 0 && ar === 0) return atoms.some((a) => a.arabic) ? "ar" : "en";
  return fa >= ar ? "fa" : "ar";
}
