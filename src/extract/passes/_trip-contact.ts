// A visit told without a meeting word (a helper of 05-events): "X flew to Honiara on Wednesday and asked Y not to
// sign", «وصل X إلى … وحث Y على …»: a trip and, in its clause after "and", a verb of speaking to someone face to
// face whose object is a person is a meeting of the traveller and that person, there and then. A phone call (a
// call word in the clause makes a call) or a message sent ("sent Y a letter") is no such verb.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Verbs of addressing a person who is there (English past; Arabic perfect, also with و/ف). */
const ADDRESS: Record<string, Set<string>> = {
  en: new Set(["asked", "urged", "told", "pressed", "warned", "assured", "thanked", "briefed", "congratulated", "implored", "persuaded"]),
  ar: new Set(["حث", "طالب", "ابلغ", "شكر", "ناشد", "حذر", "اطلع"].map((w) => normalizeKey(w))),
};

/** "and" that opens the verb's conjunct. */

/** Whether the clause of a trip word goes on with "and" + a verb of addressing + a person as its object. */
export function tripContact(state: ExtractState, st: SentenceState, clause: TokenSpan, trip: TokenSpan): boolean {
  const verbs = ADDRESS[state.lang];
  if (!verbs) return false;
  for (let i = trip.end; i < clause.end; i++) {
    const key = st.tokens[i].key;
    const bare = state.lang === "ar" && /^[وف]/.test(key) && verbs.has(key.slice(1)) ? key.slice(1) : key;
    const joined = !!state.lex.words.sets.and?.has(st.tokens[i - 1]?.key ?? "") || (state.lang === "ar" && bare !== key);
    if (!verbs.has(bare) || !joined) continue;
    // the person right after the verb, past a title ("urged Prime Minister Y"); Arabic "حث رئيس الوزراء Y"
    let j = i + 1;
    const title = st.titles.find((t) => t.start === j && t.person !== undefined);
    if (title) j = Math.max(title.phraseEnd, j);
    const m = st.owner[j];
    if (m !== undefined && m >= 0 && state.mentions[m].kind === "person" && !state.genitive.has(m)) return true;
  }
  return false;
}
