// The word lists the lexicon builds from its data files (a part of lexicon/index.ts's buildLexicon, not read
// elsewhere): cues.json's word sets by kind and language, offices.json's title modifiers, roles.json's role nouns,
// given-names.json's given names less the words that are something else in a name slot, calendar.json's English
// month and weekday names. Each file says its source in its "about".
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CuesFile, DataFile, OfficesFile } from "./types.js";
import { foldLatin, normalizeKey } from "../text/normalize.js";
import { allNames, hamzaVariants } from "./name-forms.js";

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "data");

/** A data file of src/lexicon/data, parsed. */
export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, file), "utf8")) as T;
}

/** The entries of every data file whose name starts with `prefix` ("people" → people-*.json), in file-name order. */
export function entriesOf<T>(prefix: string): T[] {
  const files = readdirSync(DATA_DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".json")).sort();
  return files.flatMap((f) => readJson<DataFile<T>>(f).entries ?? []);
}

/** The one-word modifiers of an office title (offices.json "modifiers": السابق، المكلف، بالإنابة، پیشین، acting), as keys. */
export function modifierWords(file: OfficesFile): Set<string> {
  const out = new Set<string>();
  for (const names of Object.values(file.modifiers ?? {})) {
    if (typeof names === "string") continue;
    for (const [, n] of allNames(names)) if (!/\s/.test(n.trim())) out.add(normalizeKey(n));
  }
  return out;
}

/** The one-word modifiers that say an office is no longer held (offices.json modifiers.former: former, ex, سابق), per language ("formerModifier.en"). */
export function formerWords(file: OfficesFile): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  const names = file.modifiers?.former;
  if (!names || typeof names === "string") return out;
  // (not "outgoing": its holder still holds the office)
  for (const [lang, n] of allNames(names)) if (!/\s/.test(n.trim()) && n !== "outgoing") (out[`formerModifier.${lang}`] ??= new Set()).add(normalizeKey(n.replace(/-$/, "")));
  return out;
}

export function wordSets(file: CuesFile): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  for (const [kind, names] of Object.entries(file.words ?? {})) {
    if (typeof names === "string") continue; // "_about"
    out[kind] = new Set([...allNames(names)].map(([, n]) => normalizeKey(n)));
    // and per language, as "kind.fa" (Persian and Arabic share a script, not their words)
    for (const [lang, n] of allNames(names)) (out[`${kind}.${lang}`] ??= new Set()).add(normalizeKey(n));
  }
  return out;
}

/**
 * roles.json (see its "about"): the English role nouns as set "role.en" (read by extract/passes/_roles.ts), the
 * Arabic and Persian ones added to cues.json's descriptor nouns (read by _descriptors.ts).
 */
export function withRoles(sets: Record<string, Set<string>>): Record<string, Set<string>> {
  const file = readJson<{ en: string[]; ar: string[]; fa: string[] }>("roles.json");
  sets["role.en"] = new Set(file.en.map((w) => normalizeKey(w)));
  for (const lang of ["ar", "fa"] as const) {
    const set = (sets[`descriptor.${lang}`] ??= new Set());
    for (const w of file[lang]) set.add(normalizeKey(w));
  }
  return sets;
}

/**
 * The given names of given-names.json (generated from name lists of packages, see its "about"), as normalised keys,
 * less the words that are something else in a name slot (`notNames`: a cue word, a place, a title word or an
 * honorific). A language's lists: English from list en, Persian and Arabic from the Arabic-script ones, translit.fa
 * Persian only.
 */
export function givenNameKeys(lang: "fa" | "ar" | "en" | "latin", notNames: Set<string>): Set<string> {
  const file = readJson<{ lists: Array<{ lang: string; names: string[] }> }>("given-names.json");
  const out = new Set<string>();
  // (translit.fa writes foreign names in Persian letters, گ پ چ: Persian only; latin, every faker locale's given
  // names in Latin letters, is read for English text beside en)
  const latin = (l: string) => l === "en" || l === "latin";
  const lists = file.lists.filter((x) =>
    lang === "latin" ? latin(x.lang) : lang === "en" ? x.lang === "en" : !latin(x.lang) && (x.lang !== "translit.fa" || lang === "fa"),
  );
  for (const l of lists) for (const n of l.names) for (const v of hamzaVariants(n)) {
    const k = normalizeKey(v);
    if (k.length > 1 && !notNames.has(k)) out.add(k);
    // English text often drops the accents of a foreign name (Czeslaw, Jose, Sukru)
    const plain = lang === "latin" ? foldLatin(k) : k;
    if (plain !== k && !notNames.has(plain)) out.add(plain);
  }
  return out;
}

/** English month and weekday names and their short forms (calendar.json), which are no given names in a name slot. */
export function calendarWords(): string[] {
  type Entry = { en?: string[]; weak?: string[] };
  const cal = readJson<{ gregorianMonths: Entry[]; weekdays: Entry[] }>("calendar.json");
  return [...cal.gregorianMonths, ...cal.weekdays].flatMap((e) => [...(e.en ?? []), ...(e.weak ?? [])]).filter((w) => /^[A-Za-z]+$/.test(w)).map((w) => normalizeKey(w));
}
