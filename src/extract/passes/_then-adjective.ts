// The English adjective "then" before an office's title ("the then prime minister B", "Sweden's then foreign
// minister B"): it names who held the office at the time the story tells,
// and is no word of sequence ("then met B"). A helper of pass 5 (05-events), read by _distributed-days.
import type { ExtractState, SentenceState } from "../state.js";

/** Is the token at `i` the word "then" right before a title? */
function thenBeforeTitle(state: ExtractState, st: SentenceState, i: number): boolean {
  return state.lang === "en" && state.lex.words.sets.then.has(st.tokens[i]?.key ?? "") && st.titles.some((x) => x.start === i + 1);
}

/** Before a title and after a word that is no comma or "and" (", then Prime Minister B" and "and then …" are sequence). */
function plainAdjective(state: ExtractState, st: SentenceState, i: number): boolean {
  return thenBeforeTitle(state, st, i) && !/^(,|and)$/.test(st.tokens[i - 1]?.key ?? "");
}

/**
 * Is the "then" at `i` the adjective? Before a title, and not after a comma or "and", unless a list of the sentence
 * opened with the adjective: "with then Prime Minister A, then President B and then Premier C".
 */
export function adjectivalThen(state: ExtractState, st: SentenceState, i: number): boolean {
  if (!thenBeforeTitle(state, st, i)) return false;
  return plainAdjective(state, st, i) || st.tokens.some((_, k) => plainAdjective(state, st, k));
}
