// Which subdivision names may stand in the lexicon. Precision matters more than recall: a name is left out
// when it is under four letters, already names a place of places.json (or is a demonym, or one word of a
// multi-word place name), names a lexicon person or organisation, or is made only of common words of its
// language (dictionaries of src/lexicon/words.ts). A name two subdivisions share (Punjab of India and of
// Pakistan) is left out of both by generate.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/model.js";
import { isCommonWord, knowsWord } from "../../src/lexicon/words.js";
import { normalizeKey } from "../../src/text/normalize.js";

export const DATA = join(import.meta.dirname, "../../src/lexicon/data");

type Names = Partial<Record<string, string[]>>;
export interface LexPlace {
  id: string;
  name: string;
  kind: string;
  within?: string | null;
  names: Names;
  demonyms?: Names;
}
interface LexNamed {
  id: string;
  names: Names;
  short?: Names;
  aka?: Names;
}

export type Reason = "short" | "place" | "person" | "organisation" | "common";

function entries<T>(file: string): T[] {
  return (JSON.parse(readFileSync(join(DATA, file), "utf8")) as { entries: T[] }).entries;
}
function filesOf(prefix: string): string[] {
  return readdirSync(DATA).filter((f) => f.startsWith(prefix) && f.endsWith(".json")).sort();
}
const namesOf = (n: Names | undefined): string[] => Object.values(n ?? {}).flatMap((l) => l ?? []);

/** Latin letters without their accents: "Nuevo León" is also written "Nuevo Leon". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
}
export const key = (s: string) => normalizeKey(fold(s)).replace(/[-‐‑’'`]/g, " ").replace(/\s+/g, " ").trim();
const letters = (s: string) => s.replace(/[^\p{L}]/gu, "").length;

export class NameFilter {
  /** Every name and demonym of places.json, by key, with the places it names. */
  readonly places = new Map<string, LexPlace[]>();
  /** Every word of a multi-word place name ("Delhi" of "New Delhi", "Zealand" of "New Zealand"). */
  private readonly placeWords = new Set<string>();
  private readonly people = new Set<string>();
  private readonly personWords = new Set<string>();
  private readonly orgs = new Set<string>();
  private readonly stop = new Set<string>();

  constructor(readonly placeEntries: LexPlace[] = entries<LexPlace>("places.json")) {
    for (const p of placeEntries) for (const n of [...namesOf(p.names), ...namesOf(p.demonyms)]) {
      const k = key(n);
      this.places.set(k, [...(this.places.get(k) ?? []), p]);
      if (k.includes(" ")) for (const w of k.split(" ")) this.placeWords.add(w);
    }
    for (const f of filesOf("people")) for (const p of entries<LexNamed>(f)) {
      for (const n of [...namesOf(p.names), ...namesOf(p.aka), ...namesOf(p.short)]) {
        this.people.add(key(n));
        for (const w of key(n).split(" ")) if (w.length > 1) this.personWords.add(w);
      }
    }
    for (const f of filesOf("organizations")) for (const o of entries<LexNamed>(f)) for (const n of namesOf(o.names)) this.orgs.add(key(n));
    const cues = JSON.parse(readFileSync(join(DATA, "cues.json"), "utf8")) as { cues: Record<string, Names> };
    for (const kind of ["common", "stop"]) for (const n of namesOf(cues.cues[kind])) this.stop.add(key(n));
  }

  /**
   * Why a name must not stand in the lexicon, or null if it may. `en`: the subdivision's English names, so
   * that an Arabic name is judged with them (see common()).
   */
  reject(name: string, lang: Lang, en: string[] = []): Reason | null {
    const k = key(name);
    if (letters(name) < 4) return "short";
    if (this.places.has(k) || (!k.includes(" ") && this.placeWords.has(k))) return "place";
    if (this.people.has(k) || (!k.includes(" ") && this.personWords.has(k))) return "person";
    if (this.orgs.has(k)) return "organisation";
    if (this.common(name, lang, en)) return "common";
    return null;
  }

  /**
   * A name made of common words. In English, one word the dictionary knows in lower case ("Plateau", "Delta",
   * "Northern"), or several words each a stop word or known in lower case only ("Capital District"; not "New
   * South Wales"). The Arabic dictionary lists many proper names (قندهار، أوهايو) beside the common words
   * (الشرقية، البحيرة، الساحل), so an Arabic name the dictionary knows is taken as common unless the subdivision
   * has a one-word English name the English dictionary lists as a proper noun and that is no common word itself
   * ("Ohio", "Bavaria": أوهايو and بافاريا stay); an Arabic phrase is common when its words are dictionary words
   * and every English name of the subdivision is made of words known in lower case ("Northern Territory": إقليم
   * شمالي).
   */
  common(name: string, lang: Lang, en: string[] = []): boolean {
    const words = name.split(/[\s\-‐‑]+/).map((w) => w.replace(/^[('"]+|[)'",.]+$/g, "")).filter(Boolean);
    const known = (w: string) => this.stop.has(key(w)) || isCommonWord(w, lang);
    if (lang === "en") {
      if (words.length === 1) return known(words[0]) || isCommonWord(words[0].toLowerCase(), "en");
      return words.every(known);
    }
    if (!words.every(known)) return false;
    if (words.length > 1) return en.every((n) => this.lowerCaseWords(n));
    return !en.some((n) => !/[\s-]/.test(n) && knowsWord(n, "en") && !this.common(n, "en"));
  }

  /** Every word a stop word or one the English dictionary knows in lower case. */
  lowerCaseWords(name: string): boolean {
    return name.split(/[\s\-‐‑]+/).filter(Boolean).every((w) => this.stop.has(key(w)) || isCommonWord(w.toLowerCase(), "en"));
  }
}

/** The value after "--name" on the command line of a generator. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A lexicon id from an English name: accents folded, lower case, words joined by "-". */
export const slug = (s: string) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

