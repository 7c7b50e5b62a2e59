// "the Russian capital", "العاصمة السعودية", "پایتخت عربستان", "the capital of Iceland", "Iceland's capital": the
// country's capital city, from the places lexicon (`capital`). A helper of pass 3 (03-references).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention, respan } from "../state.js";
import { lexPlaceId, placeSlug } from "../../ids.js";

/** Each capital cue next to a demonym or a country's name becomes a mention of that country's capital. */
export function capitals(state: ExtractState, st: SentenceState): void {
  for (const c of st.cues.filter((x) => x.kind === "capital")) {
    const dem = st.demonyms.find((d) => d.start === c.end) ?? st.demonyms.find((d) => d.end === c.start);
    let country = dem ? placeSlug(dem.place) : undefined;
    let sp: TokenSpan | undefined = dem ? { start: Math.min(c.start, dem.start), end: Math.max(c.end, dem.end) } : undefined;
    // "العاصمة السعودية", "پایتخت عربستان": the country's own mention right after the noun becomes the capital
    let countryMention: number | undefined;
    if (!country) {
      const at = st.tokens[c.end]?.key === "of" ? c.end + 1 : c.end; // "the capital of Saudi Arabia"
      const o = st.owner[at] ?? -1;
      // "Iceland's capital": the country's mention and its 's right before the noun
      const g = possessiveBefore(st, c.start) ? st.owner[c.start - 3] : -1;
      if (o >= 0 && state.mentions[o].placeKind === "country" && st.spans.get(o)!.start === at) {
        country = placeSlug(state.mentions[o].lexiconId!);
        sp = { start: c.start, end: st.spans.get(o)!.end };
        countryMention = o;
      } else if (g >= 0 && state.mentions[g].placeKind === "country" && st.spans.get(g)!.end === c.start - 2) {
        country = placeSlug(state.mentions[g].lexiconId!);
        sp = { start: st.spans.get(g)!.start, end: c.end };
        countryMention = g;
      } else if (attributiveCountry(state, st, c.start) >= 0) {
        // "the Myanmar capital": the country's name as the noun's attribute, after "the"
        countryMention = attributiveCountry(state, st, c.start);
        country = placeSlug(state.mentions[countryMention].lexiconId!);
        sp = { start: st.spans.get(countryMention)!.start, end: c.end };
      }
    }
    if (!country || !sp) continue;
    const capital = state.lex.places.get(country)?.capital;
    if (!capital) continue;
    let free = true;
    for (let i = sp.start; i < sp.end; i++) if (st.owner[i] >= 0 && st.owner[i] !== countryMention) free = false;
    if (!free) continue;
    const entry = state.lex.places.get(capital);
    const fields = { kind: "place" as const, lexiconId: lexPlaceId(capital), via: "coreference" as const, placeKind: entry?.kind ?? "city", confidence: 0.7 };
    if (countryMention !== undefined) respan(state, st, countryMention, sp, { ...fields, alternatives: undefined });
    else addMention(state, st, sp, fields);
  }
}

/** The two tokens before `i` are an English possessive 's. */
function possessiveBefore(st: SentenceState, i: number): boolean {
  return i >= 3 && st.tokens[i - 1].key === "s" && /^['’]$/.test(st.tokens[i - 2].text);
}


/** The English country name right before the capital noun at `i`, after "the" ("the Myanmar capital"); else -1. */
function attributiveCountry(state: ExtractState, st: SentenceState, i: number): number {
  const o = i > 0 ? st.owner[i - 1] : -1;
  if (state.lang !== "en" || o < 0 || state.mentions[o].placeKind !== "country" || !state.mentions[o].lexiconId) return -1;
  const sp = st.spans.get(o)!;
  return sp.end === i && st.tokens[sp.start - 1]?.key === "the" ? o : -1;
}
