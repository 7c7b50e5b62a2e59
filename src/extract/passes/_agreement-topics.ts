// What an agreement is about: the topic keys of events.json (agreement-topics) whose phrases the clause has, up to
// an adjunct of time ("after five days of talks") or what the signing ended ("…, ending two months of talks"). A
// helper of pass 7 (07-agreements), split from it.
import type { ExtractState, SentenceState } from "../state.js";

/** Topic keys whose every group has a phrase in the sentence from token `from` on, in lexicon order (most specific first). */
export function topicsOf(state: ExtractState, st: SentenceState, from: number, verbEnd = from): string[] {
  // what was agreed ends where an adjunct of time begins after it ("signed a pact after five days of talks": the
  // talks are no topic of it; "agreed after the talks to …" goes on past it)
  let to = st.tokens.length;
  const sets = state.lex.words.sets; // (timeAdjunct, closingParticiple, atTime, endNoun: cues.json)
  for (let k = verbEnd + 1; verbEnd > 0 && k < to; k++) if (sets.timeAdjunct.has(st.tokens[k].key) || atTheEnd(state, st, k) || (sets.closingParticiple.has(st.tokens[k].key) && /^[,،]$/.test(st.tokens[k - 1].text))) to = k;
  const out: string[] = [];
  for (const t of state.lex.events.topics) {
    if (t.groups.every((g) => g.findAll(st.tokens).some((m) => m.start >= from && m.end <= to))) out.push(t.key);
  }
  return out;
}
/** "at the end / close / conclusion of" (في ختام، در پایان): an adjunct of time like "after" ("initialled … at the end of
 *  the ninth round of negotiations": the negotiations are no topic of it). */
function atTheEnd(state: ExtractState, st: SentenceState, k: number): boolean {
  if (!state.lex.words.sets.atTime.has(st.tokens[k].key)) return false;
  const next = st.tokens[k + 1]?.key === "the" ? k + 2 : k + 1;
  return state.lex.words.sets.endNoun.has(st.tokens[next]?.key ?? "");
}
