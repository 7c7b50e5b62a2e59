// A plan said of an event noun that opens its clause, after the noun's sides (a helper of _modality-scope): "The
// meeting between A and B will be held in C", "The talks between A and B are expected to take place next week",
// «الاجتماع بين A وB سيعقد في C». The future verb is the clause's own, however many words the sides take, so the
// meeting is planned; a verb of another kind after the noun ("The talks between A and B on Monday will help ease
// tensions") says what held talks will do, and plans nothing.
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";

/** How many words after the plan word the happening verb may stand ("will be held", "is expected to take place"). */
const HAPPEN_REACH = 3;
/** Arabic future prefix (سيعقد، ستعقد). */
const FUTURE_AR = /^س/;

/**
 * Does plan or modal cue `m` govern event noun `t`, the subject of `clause`, from after the noun's sides? Only with no
 * other event word between them.
 */
export function planOfSubjectNoun(state: ExtractState, st: SentenceState, m: CueHit, t: TokenSpan, clause: TokenSpan, triggers: TokenSpan[]): boolean {
  if ((m.kind !== "planned" && m.kind !== "modal") || m.start < t.end || state.lang === "fa") return false;
  if (triggers.some((o) => o !== t && o.start >= t.end && o.start < m.start)) return false;
  if (state.lang === "ar") return t.start === clause.start && m.end - m.start === 1 && FUTURE_AR.test(st.tokens[m.start].key);
  // (English determiners before the noun, "The meeting", "Their second summit"; words after the plan that say the event
  // itself will happen, "be held", "take place", "convene": cues.json subjectDeterminer and happenVerb)
  const sets = state.lex.words.sets;
  const lead = st.tokens.slice(clause.start, t.start);
  if (lead.length > 3 || !lead.every((w) => sets["subjectDeterminer.en"]?.has(w.key))) return false;
  return st.tokens.slice(m.end, m.end + HAPPEN_REACH).some((w) => sets["happenVerb.en"]?.has(w.key));
}
