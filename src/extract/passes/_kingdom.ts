// «المملكة» and "the Kingdom" alone: the agencies and papers of a monarchy call their own country so (SPA and Arab
// News: Saudi Arabia; Petra: Jordan; MAP: Morocco; BNA: Bahrain): «وقعت المملكة والصين اتفاقية …», "the Kingdom
// and China signed …". A helper of pass 3 (03-references): the word becomes a mention of the one kingdom the article
// is about — the dateline's country when that is a kingdom, else the one kingdom the article names (a country, or
// the country of a city it names). Which countries are kingdoms is the places lexicon's own data: a country one of
// whose names is "Kingdom of …" / «المملكة …» / «مملكة …» / «پادشاهی …».
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import type { Lexicon } from "../../lexicon/types.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { procliticReadings } from "../../text/matcher.js";

const KINGDOM_NAME = /^(?:(?:the )?(?:united )?kingdom of |المملكة |مملكة |پادشاهی )/i;

const kingdomsOf = new WeakMap<Lexicon, Set<string>>();
/** Countries of the places lexicon with a name of the form "Kingdom of …" (in any of its languages). */
function kingdoms(lex: Lexicon): Set<string> {
  let out = kingdomsOf.get(lex);
  if (!out) {
    out = new Set();
    for (const [id, e] of lex.places) if (e.kind === "country" && Object.values(e.names ?? {}).flat().some((n) => KINGDOM_NAME.test(String(n)))) out.add(id);
    kingdomsOf.set(lex, out);
  }
  return out;
}

/** The country a place lies in (itself for a country), by the lexicon's `within` chain. */
function countryOf(lex: Lexicon, id: string): string | undefined {
  for (let at: string | undefined = id, hops = 0; at && hops < 6; hops++) {
    const e = lex.places.get(at);
    if (!e) return undefined;
    if (e.kind === "country") return at;
    at = e.within ?? undefined;
  }
  return undefined;
}

/** The kingdom the article is about: the dateline's country if a kingdom, else the one kingdom it names. */
function articleKingdom(state: ExtractState): string | undefined {
  const ks = kingdoms(state.lex);
  const places = state.mentions.filter((m) => m.kind === "place" && m.lexiconId && m.confidence > 0);
  const dateline = state.dateline === undefined ? undefined : state.mentions[state.dateline];
  const datelineCountry = dateline?.lexiconId ? countryOf(state.lex, placeSlug(dateline.lexiconId)) : undefined;
  if (datelineCountry && ks.has(datelineCountry)) return datelineCountry;
  const named = new Set(places.map((m) => countryOf(state.lex, placeSlug(m.lexiconId!))).filter((c): c is string => !!c && ks.has(c)));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Each bare «المملكة» / "the Kingdom" no other pass read becomes a mention of the article's kingdom. */
export function kingdomReferences(state: ExtractState): void {
  let kingdom: string | undefined | null = null;
  for (const st of state.sentences) {
    for (let i = 0; i < st.tokens.length; i++) {
      if (st.owner[i] >= 0 || !isBareKingdom(state, st, i)) continue;
      if (kingdom === null) kingdom = articleKingdom(state);
      if (!kingdom) return;
      addMention(state, st, { start: i, end: i + 1 }, { kind: "place", lexiconId: lexPlaceId(kingdom), placeKind: "country", via: "coreference", confidence: 0.7 });
    }
  }
}

function isBareKingdom(state: ExtractState, st: SentenceState, i: number): boolean {
  const t = st.tokens[i];
  if (state.lang === "ar") {
    // the bare word (cues.json kingdom: «المملكة»), or with a conjunction or preposition glued before it (و، ب، ل، ف)
    const words = state.lex.words.sets["kingdom.ar"];
    return !!words && (words.has(t.key) || procliticReadings(t.key).some(([, rest]) => words.has(rest)));
  }
  // "the Kingdom", "the Kingdom's": capitalised after "the", not "the Kingdom of …" (a name the lexicon reads)
  return state.lang === "en" && t.text === "Kingdom" && st.tokens[i - 1]?.key === "the" && st.tokens[i + 1]?.key !== "of";
}
