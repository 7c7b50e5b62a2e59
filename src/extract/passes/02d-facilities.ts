// Pass 2d: buildings where meetings happen, read by their head noun (cues.json words.venueHead; compoundHead
// only around a site the lexicon knows), as places of kind "site":
//   - English puts the head last, after capitalised words: "Miraflores Palace", "State House", "the President's House";
//   - Persian and Arabic put it first: "استانداری استانبول" (the head and a place), "القصر الحكومي" (a definite
//     head and its definite adjectives), "مجموعة سعداباد الثقافية" (a head around a site the lexicon knows: the site's
//     mention grows to the whole name and keeps its id);
//   - an embassy named with its city is the building: "سفارت ایران در دمشق", "the Iranian embassy in Baghdad".
// Places inside a new site stay place mentions of their own (not a city that names an English building). A site no lexicon knows stands in the town named right
// after it, else in the dateline's city (_site-towns). A person's name before the head is pass 2b's
// (a place named after a person).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention, respan, unmention } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { siteTowns } from "./_site-towns.js";
import { transliteratedPlaces } from "./_transliterated-places.js";
import { readDateline } from "./_dateline.js";
import { unknownTowns } from "./_unknown-towns.js";

const MAX_WORDS = 4;
const EN_LINKS = new Set(["at", "in", "on", "to", "of", "the", "for", "with", "by", "from", "and", "a", "an"]);

export function findFacilities(state: ExtractState): void {
  // a city or region the lexicon knows only in English, written in a place slot ("مدينة ووهان")
  transliteratedPlaces(state);
  // a town no lexicon knows, after a city noun or as the dateline («در شهر X», «X - ایرنا:»)
  unknownTowns(state);
  // (which may have read the dateline's town: «بلفاست - خبرگزاری‌ها:»)
  if (state.dateline === undefined) state.dateline = readDateline(state);
  const venue = state.lex.words.sets[`venueHead.${state.lang}`] ?? new Set<string>();
  const compound = state.lex.words.sets[`compoundHead.${state.lang}`] ?? new Set<string>();
  const is = (set: Set<string>, key: string) => set.has(key) || (state.lang !== "en" && /^[وبل]/.test(key) && set.has(key.slice(1)));
  for (const st of state.sentences) {
    for (let h = 0; h < st.tokens.length; h++) {
      const key = st.tokens[h].key;
      const site = state.lang === "ar" ? siteAdjectives(state, st, h) : undefined;
      if (site !== undefined) h = site;
      else if (is(venue, key)) h = (state.lang === "en" ? headLast(state, st, h) : headFirst(state, st, h, true)) ?? h;
      else if (is(compound, key) && state.lang !== "en") h = headFirst(state, st, h, false) ?? h;
      else if (state.lang !== "en") h = embassy(state, st, h) ?? h;
    }
  }
  siteTowns(state);
}

/** The span's mention becomes a site; places inside keep their own mention. Returns the span's last token. */
function addSite(state: ExtractState, st: SentenceState, sp: TokenSpan): number {
  const places = new Map<number, number>();
  for (let i = sp.start; i < sp.end; i++) if (st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "place") places.set(i, st.owner[i]);
  addMention(state, st, sp, { kind: "place", via: "descriptor", placeKind: "site", confidence: 0.6 });
  for (const [i, m] of places) st.owner[i] = m;
  return sp.end - 1;
}

const free = (st: SentenceState, i: number) => st.owner[i] < 0 && !st.tokens[i].punct;

function headLast(state: ExtractState, st: SentenceState, h: number): number | undefined {
  const lower = !/^[A-Z]/.test(st.tokens[h].text);
  if (!free(st, h)) return undefined;
  // a city's name before the head names a building, wherever it stands ("Hyderabad House" in New Delhi): the city is
  // no place of the story; so after "the" with a head in lower case ("at the Sonargaon hotel": a city after "the" is
  // no town the story goes to)
  const o = st.owner[h - 1];
  const city = o !== undefined && o >= 0 && state.mentions[o].kind === "place" && state.mentions[o].placeKind === "city" ? st.spans.get(o)! : undefined;
  if (lower && !(city && city.end === h && st.tokens[city.start - 1]?.key === "the")) return undefined;
  if (city && city.end === h && /^[A-Z]/.test(st.tokens[city.start].text)) {
    unmention(state, st, o);
    return addSite(state, st, { start: city.start, end: h + 1 });
  }
  let start = h;
  for (let k = h - 1; k >= 0 && h - k <= MAX_WORDS; k--) {
    const t = st.tokens[k];
    if (t.key === "s" && /^['’]$/.test(st.tokens[k - 1]?.text ?? "")) continue; // the President's House
    if (/^['’]$/.test(t.text) && st.tokens[k + 1]?.key === "s") continue;
    if (!/^[A-Z]/.test(t.text) || !free(st, k) || EN_LINKS.has(t.key)) break;
    start = k;
  }
  while (start < h && !/^[A-Z]/.test(st.tokens[start].text)) start++;
  if (start === h) return undefined;
  // a sentence-initial capital alone is no evidence ("Station officials said"): the word must be no common word
  if (start === 0 && h === 1 && isCommonWord(st.tokens[0].text, "en")) return undefined;
  return addSite(state, st, { start, end: h + 1 });
}

/** A head before its name; a compound head (مجموعة) only around a site the lexicon knows. */
function headFirst(state: ExtractState, st: SentenceState, h: number, building: boolean): number | undefined {
  if (!free(st, h)) return undefined;
  const next = h + 1;
  const o = st.owner[next];
  if (o !== undefined && o >= 0 && state.mentions[o].kind === "place" && st.spans.get(o)!.start === next) {
    const inner = state.mentions[o];
    const sp = st.spans.get(o)!;
    let end = adjectivesEnd(state, st, sp.end);
    if (inner.placeKind === "site") {
      // the lexicon's site, named in full: its mention grows to the whole name
      return grow(state, st, o, { start: h, end });
    }
    if (!building) return undefined;
    if (inner.placeKind === "country" || inner.placeKind === "region") end = sp.end; // "کاخ ریاست جمهوری" is not the country
    return addSite(state, st, { start: h, end });
  }
  // an indefinite head before a name no lexicon knows («بفندق X», «هتل X»): the name is the building's, no person
  if (building && o !== undefined && o >= 0 && state.mentions[o].kind === "person" && !state.mentions[o].lexiconId && st.spans.get(o)!.start === next && !/^(ال|وال|بال|لل)/.test(st.tokens[h].key)) {
    const end = st.spans.get(o)!.end;
    unmention(state, st, o);
    return addSite(state, st, { start: h, end });
  }
  // Arabic: a definite head and its definite adjectives (القصر الحكومي، القصر الجمهوري)
  if (building && state.lang === "ar" && /^ال/.test(st.tokens[h].key)) {
    const end = adjectivesEnd(state, st, next);
    if (end > next) return addSite(state, st, { start: h, end });
  }
  return undefined;
}

/** Definite adjectives after a name (الثقافية والتراثية), Arabic only, up to three. */
function adjectivesEnd(state: ExtractState, st: SentenceState, i: number): number {
  if (state.lang !== "ar") return i;
  let end = i;
  while (end < st.tokens.length && end - i < 3 && free(st, end) && /^(ال|وال)/.test(st.tokens[end].key) && /(ی|یه)$/.test(st.tokens[end].key)) end++;
  return end;
}

/** "سفارت ایران در دمشق": an embassy (an organisation mention of pass 2) named with its city is the building. */
function embassy(state: ExtractState, st: SentenceState, h: number): number | undefined {
  const o = st.owner[h];
  if (o === undefined || o < 0) return undefined;
  const m = state.mentions[o];
  if (m.kind !== "organization" || !m.lexiconId?.startsWith("ministry/ambassador/") || st.spans.get(o)!.start !== h) return undefined;
  const sp = st.spans.get(o)!;
  const at = sp.end;
  const city = st.owner[at + 1];
  if (!state.lex.words.sets.postedAt.has(st.tokens[at]?.key ?? "") || city === undefined || city < 0) return undefined;
  const c = state.mentions[city];
  if (c.kind !== "place" || c.placeKind !== "city" || st.spans.get(city)!.start !== at + 1) return undefined;
  // the building's mention spans the city, whose words stay the city's mention
  const whole = { start: h, end: st.spans.get(city)!.end };
  respan(state, st, o, whole, { kind: "place", lexiconId: undefined, via: "descriptor", placeKind: "site", confidence: 0.6 }, { start: h, end: at + 1 });
  return whole.end - 1;
}

/** A site mention grows to a longer span that names it in full; returns the span's last token. */
function grow(state: ExtractState, st: SentenceState, o: number, sp: TokenSpan): number {
  respan(state, st, o, sp);
  return sp.end - 1;
}

/** A site the lexicon knows, followed by its definite adjectives (… الثقافية والتراثية): the whole name. */
function siteAdjectives(state: ExtractState, st: SentenceState, h: number): number | undefined {
  const o = st.owner[h];
  if (o === undefined || o < 0 || state.mentions[o].kind !== "place" || state.mentions[o].placeKind !== "site") return undefined;
  const sp = st.spans.get(o)!;
  if (sp.start !== h) return undefined;
  const end = adjectivesEnd(state, st, sp.end);
  return end > sp.end ? grow(state, st, o, { start: h, end }) : sp.end - 1;
}
