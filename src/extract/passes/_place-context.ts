// A place name that several lexicon places share (عمان: Oman and Amman; Tripoli in Libya and in Lebanon)
// is read first by the words around it (localKind: a capital noun before it, a title's country slot, "and" with
// another country), else as the one the rest of the article points to: the country it lies in or the places inside it
// named elsewhere, its demonyms, and the countries of the office holders the article names. With no such
// evidence, or a tie, the lexicon's first entry stands. A name that is only a context name of its places
// (contextNames of places-subdivisions.json: "Punjab", "Western Cape") needs that evidence beforehand, from the
// article's place names: contextPlace() reads it before pass 1 makes mentions, or drops it.
import type { ExtractState, SentenceState } from "../state.js";
import { countryOf, countryOfDomain, type Lexicon, type PlaceHit } from "../../lexicon/index.js";
import { lexPlaceId, personSlug, placeSlug } from "../../ids.js";
import { normalizeKey } from "../../text/normalize.js";

export function choosePlaces(state: ExtractState, options: Map<number, string[]>): void {
  if (!options.size) return;
  const { lex } = state;
  // the article's evidence: countries (and the places themselves) it names unambiguously
  const named = new Map<string, number>();
  const count = (id: string | undefined) => id && named.set(id, (named.get(id) ?? 0) + 1);
  for (const m of state.mentions) {
    if (options.has(m.index) || !m.lexiconId) continue;
    if (m.kind === "place") {
      count(placeSlug(m.lexiconId));
      const c = countryOf(lex, m.lexiconId);
      if (c !== placeSlug(m.lexiconId)) count(c);
    }
    if (m.kind === "person") for (const o of lex.people.get(personSlug(m.lexiconId))?.offices ?? []) count(o.country ?? undefined);
  }
  for (const st of state.sentences) for (const d of st.demonyms) count(placeSlug(d.place));
  for (const [index, ids] of options) {
    // the words around the name say which it is ("وزير خارجية عمان": the country; "العاصمة الأردنية عمان": the city)
    const m0 = state.mentions[index];
    const st = state.sentences[m0.sentenceIndex];
    const said = st && st.spans.has(index) ? localKind(state, st, st.spans.get(index)!, options) : undefined;
    const fits = said ? ids.filter((id) => (lex.places.get(placeSlug(id))?.kind === "country") === (said === "country")) : [];
    if (fits.length === 1) {
      m0.lexiconId = fits[0];
      m0.placeKind = lex.places.get(placeSlug(fits[0]))?.kind;
      continue;
    }
    const score = (id: string) => {
      const slug = placeSlug(id);
      const country = countryOf(lex, id);
      return (named.get(slug) ?? 0) + (country && country !== slug ? (named.get(country) ?? 0) : 0);
    };
    const scored = ids.map((id) => ({ id, s: score(id) })).sort((a, b) => b.s - a.s);
    const m = state.mentions[index];
    // a tie of one city and regions of its name ("Pyongyang": the capital and the province of ISO 3166-2): the city,
    // which news names far more often
    const tied = scored.filter((x) => x.s === scored[0].s).map((x) => x.id);
    const kindOf = (id: string) => lex.places.get(placeSlug(id))?.kind;
    const cities = tied.filter((id) => kindOf(id) === "city");
    const city = tied.length > 1 && cities.length === 1 && tied.every((id) => id === cities[0] || kindOf(id) === "region") ? cities[0] : undefined;
    const best = city ?? (scored.length > 1 && scored[0].s > scored[1].s ? scored[0].id : undefined);
    if (best && best !== m.lexiconId) {
      m.lexiconId = best;
      m.placeKind = kindOf(best);
    }
  }
}

/**
 * What the words around a name several places share say it is: a city after a capital noun ("العاصمة عمان",
 * "العاصمة الأردنية عمان", "the capital Tripoli"); a country in a title's country slot ("وزير خارجية عمان",
 * "سلطان عمان", "وزیر خارجه عمان") or joined by "and" to another country ("الأردن وعمان", "ایران و عمان").
 */
function localKind(state: ExtractState, st: SentenceState, sp: { start: number; end: number }, shared: Map<number, string[]>): "country" | "city" | undefined {
  const demonymAt = (i: number) => st.demonyms.some((d) => d.start === i && d.end === sp.start);
  if (st.cues.some((c) => c.kind === "capital" && (c.end === sp.start || demonymAt(c.end)))) return "city";
  const from = Math.max(0, sp.start - 6);
  const titles = state.lex.titleMatcher.findAll(st.tokens.slice(from, sp.start), { proclitics: true, lang: state.lang });
  if (titles.some((t) => t.end === sp.start - from)) return "country";
  const country = (i: number) => {
    const o = st.owner[i];
    return o !== undefined && o >= 0 && !shared.has(o) && state.mentions[o].kind === "place" && state.mentions[o].placeKind === "country";
  };
  const and = (i: number) => /^(و|and|،|,)$/.test(st.tokens[i]?.key ?? "");
  const gluedAnd = (i: number) => /^و/.test(st.tokens[i]?.key ?? "") && state.mentions[st.owner[i]]?.text !== st.tokens[i]?.text;
  if ((and(sp.start - 1) && country(sp.start - 2)) || (gluedAnd(sp.start) && country(sp.start - 1))) return "country";
  if ((and(sp.end) && country(sp.end + 1)) || (country(sp.end) && gluedAnd(sp.end))) return "country";
  return undefined;
}

type PlaceMatch = { values: PlaceHit[]; start: number };
/** Where a country is named: sentence index and token. */
type Named = Map<string, Array<[number, number]>>;
const countryKey = (lex: Lexicon, id: string) => countryOf(lex, id) ?? id;

/** The countries an article names, by a place name or demonym that names one country only, and where. */
export function namedCountries(lex: Lexicon, matches: PlaceMatch[][]): Named {
  const out: Named = new Map();
  matches.forEach((ms, si) => {
    for (const m of ms) {
      const sure = new Set(m.values.filter((v) => !v.contextOnly).map((v) => countryKey(lex, v.id)));
      if (sure.size === 1) {
        const c = [...sure][0];
        out.set(c, [...(out.get(c) ?? []), [si, m.start]]);
      }
    }
  });
  return out;
}

/**
 * The place a name of `contextNames` stands for ("Punjab" of India and of Pakistan; "Western Cape"): the
 * one whose country the article names (by a place name or demonym that names one country only) most often,
 * or on a tie the one named last before the name. None where the article names none of them.
 */
export function contextPlace(lex: Lexicon, hits: PlaceHit[], named: Named, at: [number, number]): PlaceHit[] {
  const score = (h: PlaceHit): [number, number] => {
    const where = named.get(countryKey(lex, h.id)) ?? [];
    const before = where.filter(([s, t]) => s < at[0] || (s === at[0] && t < at[1])).map(([s, t]) => s * 1e6 + t);
    return [where.length, before.length ? Math.max(...before) : -1];
  };
  const ranked = hits.map((h) => ({ h, s: score(h) })).filter((x) => x.s[0] > 0).sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0].s[0] === ranked[1].s[0] && ranked[0].s[1] === ranked[1].s[1])) return [];
  return [ranked[0].h];
}

/**
 * "وزیر امور خارجه این کشور" (the foreign minister of this country): the country is the last one the text
 * named before token `at` of sentence `st`, in that sentence or the ones before it. Undefined when the phrase
 * at `at` is no such demonstrative or no country was named.
 */
export function demonstratedCountry(state: ExtractState, st: SentenceState, at: number): { country: string; end: number } | undefined {
  // (cues.json thisCountry: "این کشور", "هذا البلد", "البلاد", "the country"; demonstratives, no possessive)
  const cue = st.cues.find((c) => c.kind === "thisCountry" && c.start === at);
  if (!cue) return undefined;
  const si = state.sentences.indexOf(st);
  for (let s = si; s >= 0; s--) {
    const x = state.sentences[s];
    for (let k = x.mentions.length - 1; k >= 0; k--) {
      const m = state.mentions[x.mentions[k]];
      if (s === si && x.spans.get(x.mentions[k])!.start >= at) continue;
      if (m.kind === "place" && m.placeKind === "country" && m.lexiconId) return { country: m.lexiconId, end: cue.end };
    }
  }
  return undefined;
}

/** Words that make "American" a region of the Americas ("South American neighbours", "Latin American leaders"). */
const AMERICAS_REGION = new Set(["south", "latin", "central", "north", "native", "pan"]);

/**
 * "American" right after a region word is an adjective of the Americas (South, Latin, Central, North America), not
 * of the United States: no demonym of it (no implied US party or title country). English only.
 */
export function regionOfTheAmericas(state: ExtractState, st: SentenceState, start: number, placeId: string): boolean {
  if (state.lang !== "en" || placeSlug(placeId) !== "united-states" || st.tokens[start]?.key !== "american") return false;
  const before = st.tokens[start - 1];
  return !!before && !before.punct && AMERICAS_REGION.has(before.key.replace(/-$/, ""));
}

/**
 * A country whose capital bears its name ("تونس" and "تونس العاصمة", "الكويت" and "مدينة الكويت", "Kuwait City") right before a
 * "where" clause ("قادما من تونس، حيث أجرى محادثات …", "arrived from Kuwait, where he met …") is the capital: the
 * clause tells what happened at a place a visitor was, a city.
 */
export function whereCapitals(state: ExtractState): void {
  const { lex } = state;
  for (const st of state.sentences) {
    for (const o of st.mentions) {
      const m = state.mentions[o];
      const entry = m.kind === "place" && m.lexiconId ? lex.places.get(placeSlug(m.lexiconId)) : undefined;
      if (!entry || entry.kind !== "country" || !entry.capital) continue;
      let k = st.spans.get(o)!.end;
      if (/^[,،]$/.test(st.tokens[k]?.text ?? "")) k++;
      if (!lex.words.sets.where.has(st.tokens[k]?.key ?? "")) continue; // "where" after the place (cues.json)
      const capital = lex.places.get(entry.capital);
      const said = normalizeKey(m.text.replace(/^[وبل]/, ""));
      const shares = [...Object.values(capital?.names ?? {})].flat().some((n) => typeof n === "string" && ` ${normalizeKey(n)} `.includes(` ${said} `));
      if (!capital || !shares) continue;
      m.lexiconId = lexPlaceId(capital.id);
      m.placeKind = capital.kind;
    }
  }
}

/** Kinds of organisation that publish news: the outlet whose country "our country" is. */
const OUTLET_KINDS = new Set(["news-agency", "newspaper", "broadcaster", "magazine", "media"]);
const outletCountries = new WeakMap<Lexicon, Map<string, string>>();

/** Country of a news outlet, by any lexicon name of it (normalised key → country slug). */
function outletCountry(lex: Lexicon, name: string): string | undefined {
  let byKey = outletCountries.get(lex);
  if (!byKey) {
    byKey = new Map();
    for (const o of lex.organizations.values()) {
      if (!o.country || !OUTLET_KINDS.has(o.kind ?? "")) continue;
      for (const n of [o.name, ...Object.values(o.names).flat()]) byKey.set(normalizeKey(n), o.country);
    }
    outletCountries.set(lex, byKey);
  }
  return byKey.get(normalizeKey(name));
}

/**
 * "رییس‌جمهوری کشورمان", "وزیر امور خارجه کشور ما" (cues.json ourCountry: a first-person possessive of the country,
 * the outlet's own usage) right at `at`, after an office title: the country of the outlet that publishes the
 * article (its `source`), else of a news outlet named in the article's first words (its dateline's agency). None
 * when no outlet of a known country is there: the reader's country is not guessed from the language.
 */
export function ourCountry(state: ExtractState, st: SentenceState, at: number): { country: string; end: number } | undefined {
  const cue = st.cues.find((c) => c.kind === "ourCountry" && c.start === at);
  if (!cue) return undefined;
  const country = publisherCountry(state);
  return country ? { country: lexPlaceId(country), end: cue.end } : undefined;
}

/** Sentences at the head of an article where its publisher names itself ("به گزارش خبرگزاری جمهوری اسلامی"). */
const OWN_NAME_SENTENCES = 3;

/**
 * The country of the outlet that publishes the article: its `source` (an outlet the lexicon knows, or a web
 * address whose country-code domain says it: "rewritten from www.irna.ir"), else a news outlet named in the
 * article's first words (its dateline's agency: "کابل (پژواک):", "تهران - ایرنا -"), else one the first sentences
 * name (the agency a Persian report is attributed to: «به گزارش خبرگزاری …»).
 */
export function publisherCountry(state: ExtractState): string | undefined {
  state.publisher ??= { country: outletOf(state) };
  return state.publisher.country;
}

function outletOf(state: ExtractState): string | undefined {
  const source = state.doc.article.source;
  let country = source ? outletCountry(state.lex, source) ?? countryOfDomain(state.lex, source) : undefined;
  const named = (tokens: Array<{ text: string; punct?: boolean }>) => {
    const words = tokens.filter((t) => !t.punct).map((t) => t.text);
    for (let k = 0; !country && k < words.length; k++) {
      for (let n = 1; !country && n <= 3 && k + n <= words.length; n++) country = outletCountry(state.lex, words.slice(k, k + n).join(" "));
    }
  };
  named((state.sentences[0]?.tokens ?? []).slice(0, 8));
  for (const st of state.sentences.slice(0, OWN_NAME_SENTENCES)) if (!country) named(st.tokens);
  return country;
}
