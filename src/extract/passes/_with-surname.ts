// «وكان حمدوك قد وقع مع الحلو …», «اجتمع مع الحلو»: the surname a dictionary knows as a word («الحلو», sweet) of a
// name no lexicon knows, read in full earlier, stands for that name right after an event word (_echoes), and also
// right after the "with" preposition that follows one (cues.json with: مع، بين): the other side of the contact or the
// signing, as the preposition of the Arabic verbs of meeting and signing takes it (Ryding's prepositional complement).
// Arabic only. A helper of _echoes, not a pass.
import type { ExtractState, SentenceState } from "../state.js";

/** Words between an event word and the "with" after it ("وقع يوم الأحد مع"). */
const REACH = 3;

/** Does token `at` come right after «مع» / «بين» that follows an event word of the sentence? */
export function afterEventWith(state: ExtractState, st: SentenceState, at: number): boolean {
  if (state.lang !== "ar") return false;
  return st.cues.some((c) => c.kind === "with" && c.end === at && !st.tokens.slice(c.start, c.end).some((t) => t.key === "و")
    && st.triggers.some((t) => t.end <= c.start && c.start - t.end <= REACH && !st.tokens.slice(t.end, c.start).some((x) => x.punct)));
}
