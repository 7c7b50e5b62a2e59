// An event told in the pluperfect ("had met", «دیدار کرده بود», «وكان X قد التقى») or with an adverb that puts it
// before the story ("had last met", "previously held talks"): the story's background. Read at the event word itself,
// not anywhere in its clause, so that another verb's auxiliary ("…, who told him she had waited", «… رفته بود و با X
// دیدار کرد») does not count. A helper of 05-events and 06-local-coreference, not a pass.
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { pluperfectAr } from "./_arabic-qad.js";

/** Words between a pluperfect's auxiliary and its event word ("had earlier met", «دیدار کرده بود», «وكان X قد التقى»). */
const AUXILIARY_REACH = 3;

/**
 * Is this event word told in the pluperfect: English "had" or Arabic «قد» after a form of كان a few words before it,
 * a Persian «بود» right after its participle (cues.json pluperfect)?
 */
export function triggerInPluperfect(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  const aux = state.lex.words.sets[`pluperfect.${state.lang}`];
  if (!aux) return false;
  if (state.lang === "fa") return st.tokens.slice(t.end, t.end + AUXILIARY_REACH).filter((x) => !x.punct).some((x) => aux.has(x.key));
  const before = st.tokens.slice(Math.max(0, t.start - AUXILIARY_REACH), t.start);
  if (before.some((x) => x.punct)) return false;
  if (state.lang === "ar") return before.some((x, i) => aux.has(x.key) && pluperfectAr(state, st, t.start - before.length + i));
  return before.some((x) => aux.has(x.key));
}

/** Is an event word of the clause told in the pluperfect? */
export function clauseInPluperfect(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  return st.triggers.some((t) => t.start >= clause.start && t.end <= clause.end && triggerInPluperfect(state, st, t));
}

/** The sentence of an event and its event word, found again by the word as written. */
export function toldAt(state: ExtractState, e: EventFact): { st: SentenceState; t: TokenSpan } | undefined {
  const st = state.sentences.find((x) => x.s.index === e.evidence.sentenceIndex);
  const t = st?.triggers.find((x) => x.text === e.trigger);
  return st && t ? { st, t } : undefined;
}

/** Is the event's own event word told in the pluperfect? */
export function eventInPluperfect(state: ExtractState, e: EventFact): boolean {
  const at = toldAt(state, e);
  return !!at && triggerInPluperfect(state, at.st, at.t);
}
