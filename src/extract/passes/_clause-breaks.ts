// The clause breaks of a sentence (pass 1 writes st.clauseBreaks; state.clauseOf reads them): ؛ and ;, and a comma
// before a contrastive conjunction ("…، في حين رفض X التوقيع", "…, whereas …", "…, despite …", «…، در حالی که …»): what the second
// clause denies, refuses or plans is not said of the first. A helper of 01-entities, not a pass (after the cues:
// the contrastive conjunctions are the cue "contrast" of cues.json).
import type { SentenceState } from "../state.js";

function contrastAfter(st: SentenceState, i: number): boolean {
  return st.cues.some((c) => c.kind === "contrast" && c.start === i);
}

export function clauseBreaks(st: SentenceState): void {
  st.tokens.forEach((t, i) => {
    if (t.punct && (/^[؛;]$/.test(t.text) || (/^[،,]$/.test(t.text) && contrastAfter(st, i + 1)))) st.clauseBreaks.push(i);
  });
}
