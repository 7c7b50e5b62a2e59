// A companion of another verb phrase (a helper of 05-events, not a pass): «والتقى X في اليوم نفسه Y، واختتم يومه
// بنزهة مع Z». After a contact's last event word, a comma and a perfect verb with «و» glued to it (no event word of
// its own) open another verb phrase of the same subject; whom it is done «مع» (with) is that phrase's companion, no
// side of the contact told before it. Arabic only (the verb is read by its paradigm, lexicon/arabic-verbs
// perfectVerb; from Ryding's coordination of verb phrases).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { perfectVerb } from "../../lexicon/arabic-verbs.js";

const WITH = new Set(["مع"]);
/** Tokens a title or honorific may take between «مع» and the name. */
const WITH_REACH = 4;

/** Is the person at `sp` the «مع» companion of a later verb phrase «، وفعل … مع X» of the clause of `triggers`? */
export function companionOfLaterVerb(state: ExtractState, st: SentenceState, sp: TokenSpan, triggers: SentenceState["triggers"]): boolean {
  if (state.lang !== "ar" || !triggers.length) return false;
  const last = Math.max(...triggers.map((t) => t.end));
  if (sp.start <= last) return false;
  let w = -1;
  for (let k = sp.start - 1; k >= Math.max(last, sp.start - WITH_REACH); k--) {
    if (st.tokens[k].punct || (st.owner[k] ?? -1) >= 0) break;
    if (WITH.has(st.tokens[k].key)) {
      w = k;
      break;
    }
  }
  if (w < 0) return false;
  for (let k = w - 1; k >= last; k--) {
    if (st.triggers.some((t) => t.start <= k && k < t.end)) return false;
    const next = st.tokens[k + 1];
    if (/^[،,]$/.test(st.tokens[k].text) && next && (st.owner[k + 1] ?? -1) < 0 && /^و/.test(next.key) && perfectVerb(next.text.slice(1))) return true;
  }
  return false;
}
