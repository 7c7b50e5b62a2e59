// "وقعت الدكتورة X وزيرة التعاون الدولي وY رئيس الوكالة …": in Arabic two people with their titles are coordinated
// by و glued to the second name ("X وزيرة … وY رئيس …"). The title of the first stands between them, so the words
// right after it look like its holder; but a new name there whose first word carries a glued و that is no part of
// a given name (وليد، وائل، وسام keep theirs: given-names.json) is the next person of the list, not the holder:
// its mention loses the و, and the title goes to the name right before it, when one stands there. A helper of
// pass 2 (02-titles), not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { classOf, givenName } from "./_name-words.js";

/**
 * Whether the new name `m`, read right after a title, opens with the conjunction و glued to a word that is no
 * given name; if so its mention is trimmed to start after the و.
 */
export function gluedConjunct(state: ExtractState, st: SentenceState, m: number): boolean {
  if (state.lang !== "ar") return false;
  const mention = state.mentions[m];
  const sp = st.spans.get(m);
  if (!sp || mention.kind !== "person" || mention.via !== "title" || mention.lexiconId) return false;
  const tok = st.tokens[sp.start];
  if (!tok || mention.start !== tok.start || !tok.key.startsWith("و") || tok.key.length <= 3) return false;
  const bare = { text: tok.text.slice(1), key: tok.key.slice(1) };
  if (givenName(state, tok) || classOf(state, tok) === "name" || classOf(state, bare) === "common") return false;
  mention.start += 1;
  mention.text = mention.text.slice(1);
  return true;
}
