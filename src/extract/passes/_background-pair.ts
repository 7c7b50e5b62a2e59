// "The two men had signed … on 31 December" («وكان الرجلان قد وقعا في … في الحادي والثلاثين من ديسمبر الماضي على
// …»): a signing by "the two X" told in the pluperfect with a day of its own is a signing of the story's background,
// not the signing of the meeting just reported (_both-sides `pairOnly` keeps it apart: its people are still those
// of that meeting). Found by the horn suite (also told as «وكان الوزيران قد وقعا» in assemblies); the pluperfect of
// the grammars (Ryding: كان + قد + perfect). A helper of _both-sides, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseInPluperfect } from "./_pluperfect.js";

/** Is the clause a pluperfect one that gives a date of its own? */
export function backgroundWithItsDay(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  const from = st.tokens[clause.start]?.start ?? 0;
  const to = st.tokens[clause.end - 1]?.end ?? 0;
  return st.dates.some((d) => d.start >= from && d.end <= to) && clauseInPluperfect(state, st, clause);
}
