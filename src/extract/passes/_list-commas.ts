// The commas of a list of names (a helper of 05-events' clause parts, _event-parts): "A, minister of X, B, envoy of
// Y, and C attended", «…، A رئیس X، B نخست‌وزیر Y و C … نیز حضور داشتند». A clause is cut into its events at a
// comma between two event words; a comma that only separates two names of one list is no such cut. Also where an item
// of such a list may start (for _affiliated-names and _spelled-initials, helpers of 02-titles).
import type { ExtractState, SentenceState } from "../state.js";

/**
 * The comma before the first name of a list of names that runs to `end` ("A, minister of X, B and C attended"), when
 * `cut` is a comma inside it: each item opens with a name right after a comma, and an "and" (`and`: cues.json and)
 * joins its last one.
 */
export function listOpening(st: SentenceState, cut: number, from: number, end: number, personAt: (i: number) => boolean, and: Set<string>): number {
  if (!personAt(cut + 1) || !st.tokens.slice(cut + 1, end).some((t) => and.has(t.key))) return cut;
  for (;;) {
    let prev = -1;
    for (let i = cut - 1; i >= from; i--) if (/^[,،]$/.test(st.tokens[i].text)) {
      prev = i;
      break;
    }
    if (prev < 0 || !personAt(prev + 1)) return cut;
    cut = prev;
  }
}

/**
 * Can an item of a list of names start at token `s`: the sentence's start, or right after a comma, a colon, an
 * opening quote or a word of the cues.json set `openers` (and: «و»; itemOpener: «و» and the prepositions a person
 * follows, «با», «به»)?
 */
export function itemStart(state: ExtractState, st: SentenceState, s: number, openers: "and" | "itemOpener"): boolean {
  if (s === 0) return true;
  const prev = st.tokens[s - 1];
  return /^[،,:؛«]$/.test(prev.text) || !!state.lex.words.sets[`${openers}.${state.lang}`]?.has(prev.key);
}
