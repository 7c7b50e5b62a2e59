// The clause breaks of a sentence (pass 1 writes st.clauseBreaks; state.clauseOf reads them): ؛ and ;, and a comma
// before a contrastive conjunction ("…، في حين رفض X التوقيع", "…, whereas …", «…، در حالی که …»): what the second
// clause denies, refuses or plans is not said of the first. A helper of 01-entities, not a pass.
import type { SentenceState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Contrastive conjunctions that open a clause of their own after a comma (a closed class of each grammar). */
const CONTRAST = [["في", "حين"], ["بينما"], ["whereas"], ["در", "حالی", "که"], ["در", "حالیکه"], ["درحالیکه"]].map((p) => p.map((w) => normalizeKey(w)));

function contrastAfter(st: SentenceState, i: number): boolean {
  return CONTRAST.some((p) => p.every((w, k) => st.tokens[i + k]?.key === w));
}

export function clauseBreaks(st: SentenceState): void {
  st.tokens.forEach((t, i) => {
    if (t.punct && (/^[؛;]$/.test(t.text) || (/^[،,]$/.test(t.text) && contrastAfter(st, i + 1)))) st.clauseBreaks.push(i);
  });
}
