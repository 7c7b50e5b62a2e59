// Signing clauses that report no agreement of their own (a helper of 07-agreements): who signs a document "as
// witnesses", and a signing told as the time of what follows once the article has reported one.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";

const COMMA = /^[,،]$/;

/**
 * «C و D نیز به عنوان شاهد پای این سند را امضا کردند», "C and D signed it as witnesses", «ووقعه C وD بصفة شهود»
 * (cues.json asWitness): they witness a document the article reports, and sign none of their own. The cue belongs to
 * the trigger when no other agreement trigger stands between them, within a few words.
 */
export function signsAsWitness(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: TokenSpan): boolean {
  return st.cues.some((c) => {
    if (c.kind !== "asWitness" || c.start < clause.start || c.end > clause.end) return false;
    const [from, to] = c.end <= trig.start ? [c.end, trig.start] : [trig.end, c.start];
    return to - from <= REACH && !st.triggers.some((t) => t !== trig && t.kind === "agreement" && t.start >= from && t.end <= to);
  });
}
const REACH = 6;

/**
 * «پس از امضای قرارداد، A و B دست دادند», "After the signing of the accord, A and B shook hands": a signing told as the
 * time of the main clause, in a fronted phrase (a word of time, cues.json timedClause, opening the clause, and a comma
 * after the signing word before any name), is the agreement the article reported before, not one of those named
 * after the comma.
 */
export function signingAsTime(state: ExtractState, st: SentenceState, clause: TokenSpan, trig: TokenSpan): boolean {
  if (!state.agreements.some((a) => a.evidence.sentenceIndex < st.s.index)) return false;
  const opener = st.cues.find((c) => c.kind === "timedClause" && c.end <= trig.start && (c.start === clause.start || c.start === 0 || COMMA.test(st.tokens[c.start - 1]?.text ?? "")));
  if (!opener) return false;
  const person = (i: number) => st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person";
  for (let k = opener.end; k < trig.start; k++) if (COMMA.test(st.tokens[k].text) || person(k)) return false;
  for (let k = trig.end; k < clause.end; k++) {
    if (COMMA.test(st.tokens[k].text)) return true;
    if (person(k)) return false;
  }
  return false;
}
