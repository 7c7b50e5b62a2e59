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
    if (t.punct && (/^[؛;]$/.test(t.text) || (/^[،,]$/.test(t.text) && (contrastAfter(st, i + 1) || whileClause(st, i + 1))))) st.clauseBreaks.push(i);
  });
}

/**
 * English ", while" before a subject of its own (a capitalised word, a determiner or a subject pronoun) that goes on
 * to tell a contact of its own (an event word other than a signing up to the next break) opens a clause of its own,
 * as "whereas" does: "Russia was represented by X, while President Y took part by video link" (what Y does is not
 * said of X). Not "while" before a participle or a preposition ("…, while visiting Paris", "…, while in Rome"): that
 * phrase is the first clause's circumstance; nor a parallel clause with no event word ("X was joined by A, while Y
 * was accompanied by B", one meeting), nor one of a signing ("A and B signed the treaty, while C and D signed a
 * statement": one ceremony, read by _signings).
 */
function whileClause(st: SentenceState, i: number): boolean {
  if (st.tokens[i]?.key !== "while") return false;
  const next = st.tokens[i + 1];
  if (!next || next.punct || !(/^[A-Z]/.test(next.text) || SUBJECT_OPENERS.has(next.key))) return false;
  let end = i + 1;
  while (end < st.tokens.length && !/^[؛;]$/.test(st.tokens[end].text)) end++;
  return st.triggers.some((t) => t.kind !== "agreement" && t.start > i && t.end <= end);
}
const SUBJECT_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we", "it", "this", "that", "these", "those", "both", "another", "other", "others", "several", "some", "many", "most"]);
