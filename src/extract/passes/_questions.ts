// A question reports nothing: "Did X meet Y?", «آیا … دیدار کرد؟», «هل التقى …؟» (the headings of explainers and
// question-and-answer pieces, or a writer's rhetorical question) is neither a meeting nor an agreement. A helper of
// passes 5 and 7, not a pass.
import type { SentenceState } from "../state.js";

/** The sentence ends with a question mark (before closing quotes or brackets). */
export function isQuestion(st: SentenceState): boolean {
  return /[?؟][\s"'»”’)\]]*$/.test(st.s.text);
}
