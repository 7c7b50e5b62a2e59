// Comparing the places of two reports of one article (a helper of 06-local-coreference): do they agree (the same
// place, or one within the other, or one unknown), how well, and which is the more specific. A place mention is
// compared by its lexicon id and the lexicon's chain of places it lies within (_presence.placeChain); a site no
// lexicon knows by the town it stands in (_site-towns), else by its words.
import type { ExtractState } from "../state.js";
import { placeChain } from "./_presence.js";

/** The most specific of places that lie within one another; undefined when two of them do not. */
export function onePlace(state: ExtractState, places: number[]): number | undefined {
  let best: number | undefined;
  for (const m of places) {
    if (best === undefined || specificity(state, m) > specificity(state, best)) {
      if (best !== undefined && !within(state, m, best)) return undefined;
      best = m;
    } else if (!within(state, best, m)) return undefined;
  }
  return best;
}

/** Place mention a lies within (or is) place mention b. */
export function within(state: ExtractState, a: number, b: number): boolean {
  const pa = placeId(state, a);
  const pb = placeId(state, b);
  if (!pa || !pb) return state.mentions[a].text === state.mentions[b].text;
  return placeChain(state, pa).includes(pb);
}

/** Lexicon place id of a place mention. */
export function placeId(state: ExtractState, m: number | undefined): string | undefined {
  return m === undefined ? undefined : state.mentions[m].lexiconId;
}

export function placesAgree(state: ExtractState, a: number | undefined, b: number | undefined): boolean {
  return placeScore(state, a, b) > 0;
}

/** 3 same place, 2 one within the other, 1 one unknown, 0 conflict. */
export function placeScore(state: ExtractState, a: number | undefined, b: number | undefined): number {
  const pa = placeId(state, a);
  const pb = placeId(state, b);
  if (!pa || !pb) return 1;
  if (pa === pb) return 3;
  if (placeChain(state, pa).includes(pb) || placeChain(state, pb).includes(pa)) return 2;
  return 0;
}

/**
 * How far down the chain of places a mention is (a country 1, its city 2 …). A site no lexicon knows ("the Bogor
 * Palace") is one below the town it stands in (_site-towns); in no known town, as specific as a country.
 */
export function specificity(state: ExtractState, m: number | undefined): number {
  if (m === undefined) return 0;
  const x = state.mentions[m];
  if (x.placeKind === "site" && !x.lexiconId) return x.within === undefined ? 1 : placeChain(state, placeId(state, x.within)).length + 1;
  return placeChain(state, placeId(state, m)).length;
}
