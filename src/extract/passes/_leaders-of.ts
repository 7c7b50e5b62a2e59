// "The leaders of Russia, Ukraine, Germany and France reached an agreement", «رهبران روسیه، اوکراین، آلمان و فرانسه
// … به توافق رسیدند», «قادة مصر والأردن … وقعوا» (a helper of 07-agreements): a plural noun of leaders (cues.json
// leadersNoun) before a list of two or more countries names its sides by their states; the people who agree are those
// states' leaders, each the one head of state or government of that country the article names (by a title of the text
// or the lexicon's offices on the publication day: _generic-leader.leadersOf), wherever it names them (the lead
// often names the states and the next sentence the leaders). A country with none or with two such people named gives
// no one.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { leadersOf } from "./_generic-leader.js";

/** Words between the leaders' noun and the first country ("the leaders of", "leaders of the"). */
const LINK = new Set(["of", "the"]);

/** The mentions of the leaders of the states listed after a plural noun of leaders in `clause`, none when it lists none. */
export function leadersOfListedStates(state: ExtractState, st: SentenceState, clause: TokenSpan): number[] {
  const nouns = state.lex.words.sets[`leadersNoun.${state.lang}`];
  if (!nouns) return [];
  for (let k = clause.start; k < clause.end; k++) {
    if (!nouns.has(st.tokens[k].key)) continue;
    const countries = countriesFrom(state, st, k + 1, clause.end);
    if (countries.length < 2) continue;
    const out: number[] = [];
    for (const c of countries) {
      const held = leadersOf(state, c).filter((h, i, all) => all.findIndex((x) => x.key === h.key) === i);
      if (held.length === 1) out.push(held[0].mention);
    }
    return out;
  }
  return [];
}

/** The countries listed from token `j` («روسیه، اوکراین، آلمان و فرانسه», "of Russia and Ukraine"), as lexicon ids ("place/…"). */
function countriesFrom(state: ExtractState, st: SentenceState, j: number, end: number): string[] {
  const out: string[] = [];
  while (j < end && LINK.has(st.tokens[j].key)) j++;
  while (j < end) {
    const o = st.owner[j];
    const m = o !== undefined && o >= 0 ? state.mentions[o] : undefined;
    if (!m || m.kind !== "place" || m.placeKind !== "country" || !m.lexiconId || st.spans.get(o)!.start !== j) break;
    out.push(lexPlaceId(placeSlug(m.lexiconId)));
    j = st.spans.get(o)!.end;
    if (j < end && /^(،|,|و|and)$/.test(st.tokens[j].key)) j++;
  }
  return out;
}
