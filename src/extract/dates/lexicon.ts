// The calendar lexicon (src/lexicon/data/calendar.json) as a phrase dictionary over atoms. A phrase key
// is its words' normalised keys joined with "" in Arabic script (so "سه‌شنبه", "سهشنبه", "سه شنبه",
// "دی ماه", "دیماه" and "ربیع‌الاول" / "ربيع الأول" meet) and with " " in Latin script (so "to day" is not
// "today"). Hyphens and apostrophes inside a phrase are ignored ("Rabi' al-Awwal" = "Rabi al Awwal").
// Arabic entries also match behind the proclitics و ف ب ل ك ("والخميس", "بأكتوبر", "للعام").
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../../model.js";
import { atomize, gapBefore, type Atom } from "./atoms.js";
import type { Cal } from "./calendars.js";

export type Entry =
  | { type: "month"; cal: Cal; month: number; weak: boolean; lang: Lang }
  | { type: "weekday"; weekday: number; weak: boolean; lang: Lang }
  | { type: "rel"; anchor: string; lang: Lang }
  | { type: "era"; cal: Cal; lang: Lang }
  | { type: "mod"; dir: "past" | "future"; lang: Lang }
  | { type: "ordinalDay"; day: number; lang: Lang }
  | {
      type:
        | "daypart"
        | "dayword"
        | "monthword"
        | "yearword"
        | "of"
        | "prep"
        | "count"
        | "notTodayAfter"
        | "notTodayBefore"
        | "notWeekdayBefore"
        | "notWeekdayAfter"
        | "yearFollower"
        | "notOrdinalDayAfter"
        | "notCountBackAfter";
      lang: Lang;
    };

type Names = Partial<Record<Lang, string[]>>;

/** A word of a counted offset ("two weeks ago", «قبل أسبوعين», «سه روز بعد»): calendar.json `offsets`. */
export type OffsetWord =
  | { type: "unit"; unit: OffsetUnit; count?: number; lang: Lang }
  | { type: "number"; n: number; lang: Lang }
  | { type: "dir"; dir: "ago" | "earlier" | "later"; lang: Lang };
export type OffsetUnit = "day" | "week" | "month";

interface CalendarData {
  gregorianMonths: Array<{ month: number; weak: string[] } & Names>;
  solarMonths: Array<{ month: number; weak: string[] } & Names>;
  solarMonthSuffix: string;
  lunarMonths: Array<{ month: number; weak: string[] } & Names>;
  weekdays: Array<{ weekday: number; weak: string[] } & Names>;
  relative: Array<{ anchor: string } & Names>;
  notTodayAfter: Names;
  notTodayBefore: Names;
  notCountBackAfter: Names;
  dayParts: Names;
  dayWords: Names;
  monthWords: Names;
  yearWords: Names;
  ofWords: Names;
  yearPrepositions: Names;
  eras: Array<{ calendar: Cal; forms: string[] }>;
  modifiers: { past: Names; future: Names };
  countWords: Names;
  notWeekday: { before: Names; after: Names };
  yearFollowers: Names;
  ordinalSuffixes: string[];
  ordinalDays: { days: Array<{ day: number } & Names>; notAfter: Names };
  offsets: {
    units: Array<{ unit: OffsetUnit } & Names>;
    duals: Array<{ unit: OffsetUnit } & Names>;
    numbers: Array<{ n: number } & Names>;
    ago: Names;
    earlier: Names;
    later: Names;
  };
}

const DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../lexicon/data/calendar.json");
const LANGS: Lang[] = ["en", "ar", "fa"];
const INNER_PUNCT = new Set(["-", "'", "’", "‘", "ʼ", "ـ"]);
const MAX_WORDS = 5;

/** Script of a form, guessed from its letters, for forms listed without a language. */
function scriptLang(form: string): Lang {
  return /[\u0600-\u06FF]/.test(form) ? (/[پچژگکی]/.test(form) ? "fa" : "ar") : "en";
}

/** The dictionary key of a phrase as written. */
export function phraseKey(form: string): string {
  const atoms = atomize([{ text: form, key: "", start: 0, end: form.length, punct: false }]).filter(
    (a) => a.kind !== "punct",
  );
  const arabic = atoms.some((a) => a.arabic);
  return atoms.map((a) => a.key).join(arabic ? "" : " ");
}

export class CalendarLexicon {
  private readonly dict = new Map<string, Entry[]>();
  /** Every prefix of every key: a first word that is none of them starts no phrase (match() asks first). */
  private readonly keyPrefixes = new Set<string>();
  /** mayStartPhrase() by word key (memoised: most words of a sentence are asked about). */
  private readonly startsArabic = new Map<string, boolean>();
  private readonly startsLatin = new Map<string, boolean>();
  readonly ordinalSuffixes: Set<string>;
  /** The one-word forms of counted offsets, by key (not phrases: "قبل" is also the start of "قبل يومين"). */
  private readonly offsetWords = new Map<string, OffsetWord[]>();

  constructor(data: CalendarData) {
    for (const g of data.gregorianMonths) this.addNames(g, (lang, weak) => ({ type: "month", cal: "greg", month: g.month, weak, lang }));
    for (const s of data.solarMonths) {
      this.addNames(s, (lang, weak) => ({ type: "month", cal: "sh", month: s.month, weak, lang }));
      // "دیماه", "بهمن‌ماه", "مهر ماه": the month word makes even a weak name a month.
      for (const form of [...(s.fa ?? []), ...s.weak]) {
        this.add(form + data.solarMonthSuffix, { type: "month", cal: "sh", month: s.month, weak: false, lang: "fa" });
      }
    }
    for (const l of data.lunarMonths) this.addNames(l, (lang, weak) => ({ type: "month", cal: "ah", month: l.month, weak, lang }));
    for (const w of data.weekdays) this.addNames(w, (lang, weak) => ({ type: "weekday", weekday: w.weekday, weak, lang }));
    for (const r of data.relative) this.addNames(r, (lang) => ({ type: "rel", anchor: r.anchor, lang }));
    for (const e of data.eras) for (const f of e.forms) this.add(f, { type: "era", cal: e.calendar, lang: scriptLang(f) });
    for (const o of data.ordinalDays.days) this.addNames(o, (lang) => ({ type: "ordinalDay", day: o.day, lang }));
    this.addList(data.modifiers.past, (lang) => ({ type: "mod", dir: "past", lang }));
    this.addList(data.modifiers.future, (lang) => ({ type: "mod", dir: "future", lang }));
    const simple: Array<[Names, Entry["type"]]> = [
      [data.dayParts, "daypart"],
      [data.dayWords, "dayword"],
      [data.monthWords, "monthword"],
      [data.yearWords, "yearword"],
      [data.ofWords, "of"],
      [data.yearPrepositions, "prep"],
      [data.countWords, "count"],
      [data.notTodayAfter, "notTodayAfter"],
      [data.notTodayBefore, "notTodayBefore"],
      [data.notCountBackAfter, "notCountBackAfter"],
      [data.notWeekday.before, "notWeekdayBefore"],
      [data.notWeekday.after, "notWeekdayAfter"],
      [data.yearFollowers, "yearFollower"],
      [data.ordinalDays.notAfter, "notOrdinalDayAfter"],
    ];
    for (const [names, type] of simple) {
      this.addList(names, (lang) => ({ type, lang }) as Entry);
    }
    this.ordinalSuffixes = new Set(data.ordinalSuffixes.map(phraseKey));
    const o = data.offsets;
    const addOffset = (names: Names, make: (lang: Lang) => OffsetWord) => {
      for (const lang of LANGS) {
        for (const f of names[lang] ?? []) {
          const key = phraseKey(f);
          this.offsetWords.set(key, [...(this.offsetWords.get(key) ?? []), make(lang)]);
        }
      }
    };
    for (const u of o.units) addOffset(u, (lang) => ({ type: "unit", unit: u.unit, lang }));
    for (const u of o.duals) addOffset(u, (lang) => ({ type: "unit", unit: u.unit, count: 2, lang }));
    for (const n of o.numbers) addOffset(n, (lang) => ({ type: "number", n: n.n, lang }));
    for (const dir of ["ago", "earlier", "later"] as const) addOffset(o[dir], (lang) => ({ type: "dir", dir, lang }));
  }

  /** The offset words of one word's key (an Arabic one also behind و or ف). */
  offsetWord(key: string, first = false): OffsetWord[] {
    const own = this.offsetWords.get(key);
    if (own || !first || !/^[وف]/.test(key)) return own ?? [];
    return (this.offsetWords.get(key.slice(1)) ?? []).filter((e) => e.lang === "ar");
  }

  private add(form: string, entry: Entry): void {
    const key = phraseKey(form);
    if (!key) return;
    const list = this.dict.get(key) ?? [];
    list.push(entry);
    this.dict.set(key, list);
    for (let n = 1; n <= key.length; n++) this.keyPrefixes.add(key.slice(0, n));
  }

  private addNames(names: Names & { weak?: string[] }, make: (lang: Lang, weak: boolean) => Entry): void {
    for (const lang of LANGS) for (const f of names[lang] ?? []) this.add(f, make(lang, false));
    for (const f of names.weak ?? []) this.add(f, make(scriptLang(f), true));
  }

  private addList(names: Names, make: (lang: Lang) => Entry): void {
    for (const lang of LANGS) for (const f of names[lang] ?? []) this.add(f, make(lang));
  }

  /** Can a phrase start at this word: is its key, or its key after a proclitic, a prefix of some key? */
  private mayStartPhrase(first: Atom): boolean {
    const memo = first.arabic ? this.startsArabic : this.startsLatin;
    let may = memo.get(first.key);
    if (may === undefined) {
      may = false;
      for (const p of first.arabic ? proclitics(first.key) : [""]) {
        const head = p === "" ? first.key : stripProclitic(first.key, p);
        if (head !== null && head !== "" && this.keyPrefixes.has(head)) may = true;
      }
      if (memo.size >= 50_000) memo.clear();
      if (first.key.length <= 12) memo.set(first.key, may); // word-sized keys only (see normalizeKey's memo)
    }
    return may;
  }

  /** Entries for an exact key (no phrase building). */
  get(key: string): Entry[] {
    return this.dict.get(key) ?? [];
  }

  /**
   * The longest phrase starting at atom i: its entries, the atom index after it, and the character
   * offset where it starts (after a stripped Arabic proclitic). Null when no phrase starts there.
   */
  match(atoms: Atom[], i: number, text?: string): { entries: Entry[]; next: number; start: number } | null {
    const first = atoms[i];
    if (!first || first.kind !== "word") return null;
    if (!this.mayStartPhrase(first)) return null;
    const sep = first.arabic ? "" : " ";
    const prefixes = first.arabic ? proclitics(first.key) : [""];
    const heads = prefixes.map((p) => (p === "" ? first.key : stripProclitic(first.key, p)));
    // rests[n]: the key part of words 2..n+1; reach[k]: how many of the words prefixes[k]'s head can
    // start a phrase with (head + rest is a prefix of some key). Longer phrases are not looked up, and
    // words stop being collected once no head reaches the last one (they could not change the result).
    const rests = [""];
    const reach: number[] = heads.map((head) => (head && this.keyPrefixes.has(head) ? 1 : 0));
    // Collect up to MAX_WORDS words separated by white space or by inner punctuation.
    const words: number[] = [i];
    for (let j = i + 1; j < atoms.length && words.length < MAX_WORDS && reach.includes(words.length); ) {
      const prev = words[words.length - 1];
      let k = j;
      if (atoms[k].kind === "punct" && INNER_PUNCT.has(atoms[k].text) && gapBefore(atoms, k, text) === "") {
        k++;
        if (k >= atoms.length || gapBefore(atoms, k, text) === "|") break;
      } else if (k !== prev + 1 || gapBefore(atoms, k, text) === "|") break;
      if (atoms[k].kind !== "word" || atoms[k].arabic !== first.arabic) break;
      words.push(k);
      j = k + 1;
      const rest = rests[rests.length - 1] + sep + atoms[k].key;
      rests.push(rest);
      for (let h = 0; h < heads.length; h++) {
        if (reach[h] === words.length - 1 && this.keyPrefixes.has(heads[h] + rest)) reach[h]++;
      }
    }
    for (let n = words.length; n >= 1; n--) {
      const rest = rests[n - 1];
      for (let k = 0; k < prefixes.length; k++) {
        const p = prefixes[k];
        const head = heads[k];
        if (head === null || head === "" || n > reach[k]) continue;
        let entries = this.get(head + rest);
        if (p !== "") entries = entries.filter((e) => e.lang === "ar");
        if (entries.length > 0) {
          return { entries, next: words[n - 1] + 1, start: first.start + originalPrefixLength(first.text, p) };
        }
      }
    }
    return null;
  }
}

/** Candidate proclitic prefixes of an Arabic word key, "" (none) first. */
function proclitics(key: string): string[] {
  const out = [""];
  for (const p of ["و", "ف", "وب", "فب", "ول", "فل", "ب", "ل", "ک", "لل", "ولل", "فلل"]) {
    if (key.startsWith(p) && key.length > p.length + 2) out.push(p);
  }
  return out;
}

function stripProclitic(key: string, p: string): string | null {
  // "لل" + word = ل + ال + word ("للعام" → "العام")
  if (p.endsWith("لل")) return "ال" + key.slice(p.length);
  return key.slice(p.length);
}

/** Number of characters of the written word that the proclitic letters take (diacritics included). */
function originalPrefixLength(written: string, p: string): number {
  if (p === "") return 0;
  const letters = p.endsWith("لل") ? p.length - 1 : p.length; // "لل": only the first ل is the proclitic
  let seen = 0;
  let i = 0;
  for (const ch of written) {
    if (seen === letters && /\p{L}/u.test(ch)) break;
    if (/\p{L}/u.test(ch) && ch !== "\u0640") seen++;
    i += ch.length;
  }
  return i;
}

let cached: CalendarLexicon | null = null;

/** The calendar lexicon, loaded once. */
export function calendarLexicon(): CalendarLexicon {
  if (!cached) cached = new CalendarLexicon(JSON.parse(readFileSync(DATA_FILE, "utf8")) as CalendarData);
  return cached;
}
