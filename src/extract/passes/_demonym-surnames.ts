// A family name written like an indefinite country noun (a helper of the name readers, _names.nameRun): «دينيس روس»,
// where «روس» is also the plural of Russian. An Arabic adjective after a proper name agrees with it and takes the
// article («دينيس الروسي»), so a demonym with no article right after a given name (or a name word no dictionary knows: «دنيس») in a name run is no adjective of
// the name: it is the name's family name (Ryding's agreement of the attributive adjective with a definite noun).
import type { ExtractState, SentenceState } from "../state.js";
import { classOf, givenName } from "./_name-words.js";

/** Is token `i` an indefinite demonym right after the given name (or a word no dictionary knows) the run `words` ends with (Arabic)? */
export function demonymAsSurname(state: ExtractState, st: SentenceState, words: number[], i: number): boolean {
  if (state.lang !== "ar" || !words.length || words[words.length - 1] !== i - 1 || st.owner[i] >= 0) return false;
  const tok = st.tokens[i];
  const prev = st.tokens[i - 1];
  if (/^و?ال/.test(tok.key) || !(givenName(state, prev) || classOf(state, prev) !== "common")) return false;
  if (!st.demonyms.some((d) => d.start === i && d.end === i + 1)) return false;
  // (no event word, title or other cue on it)
  return !st.triggers.some((t) => t.start <= i && i < t.end) && !st.titles.some((t) => t.start <= i && i < t.end) && !st.cues.some((c) => c.start <= i && i < c.end);
}
