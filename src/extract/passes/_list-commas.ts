// The commas of a list of names (a helper of 05-events' clause parts, _event-parts): "A, minister of X, B, envoy of
// Y, and C attended", «…، A رئیس X، B نخست‌وزیر Y و C … نیز حضور داشتند». A clause is cut into its events at a
// comma between two event words; a comma that only separates two names of one list is no such cut.
import type { SentenceState } from "../state.js";

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
