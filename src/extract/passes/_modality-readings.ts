// Readings of modality cues that need their neighbours (a helper of pass 1, 01-entities, split from _cue-readings):
// a modality phrase that is a place name ("در آستانه": on the eve of, or in Astana), a noun or participle of
// cancelling that qualifies another noun ("لغو روادید", "asked for deferred payments"), and the place read inside a
// modality phrase that wins.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { unmention } from "../state.js";

/**
 * A modality phrase that ends in a place name ("در آستانه": on the eve of, or in Astana) is the place when no
 * noun follows it: the phrase "on the eve of" governs a noun ("در آستانه سفر"), a place is followed by a
 * preposition ("در آستانه با X دیدار کرد"), a punctuation mark or the end of the sentence.
 */
export function placeNotModality(state: ExtractState, st: SentenceState, m: TokenSpan): boolean {
  const o = st.owner[m.end - 1];
  if (o < 0 || state.mentions[o].kind !== "place") return false;
  const next = st.tokens[m.end];
  if (!next || next.punct || conjunction(state, next.key)) return true; // "در سوچی و آستانه و …": a list of places
  return st.cues.some((c) => c.start === m.end && (c.kind === "with" || c.kind === "locative" || c.kind === "from"));
}

/**
 * The bare noun of cancelling (Persian لغو, Arabic إلغاء) before a noun that is no event ("لغو هزینه روادید", "لغو
 * تحریم‌ها", «إلغاء الرسوم»: waiving a fee, lifting sanctions) is what was agreed or asked, not a cancelled meeting.
 * It cancels an event word right after it or after one word ("لغو سفر", "لغو این دیدار") or stands before a verb or at
 * a clause's end ("… لغو خواهد شد").
 */
export function cancelsNoEvent(state: ExtractState, st: SentenceState, m: TokenSpan): boolean {
  const sets = state.lex.words.sets;
  if (state.lang === "en") return attributiveParticiple(st, m);
  if (m.end - m.start !== 1 || !sets.cancelNoun.has(st.tokens[m.start].key)) return false;
  const next = st.tokens[m.end];
  // (cancelNoun, afterCancel: cues.json)
  if (!next || next.punct || conjunction(state, next.key) || sets.afterCancel.has(next.key)) return false;
  return !st.triggers.some((t) => t.start >= m.end && t.start <= m.end + 1);
}

/**
 * An English participle of cancelling or putting off used as an adjective after a determiner or a preposition ("asked
 * for deferred payments", "discussed the postponed elections") qualifies the noun after it, no event word: it says
 * nothing of the meeting. ("the postponed meeting" still is one.)
 */
function attributiveParticiple(st: SentenceState, m: TokenSpan): boolean {
  const [prev, tok, next] = [st.tokens[m.start - 1], st.tokens[m.start], st.tokens[m.end]];
  if (m.end - m.start !== 1 || !/ed$/.test(tok.key) || !prev || !DETERMINERS.has(prev.key)) return false;
  if (!next || next.punct || !/^\p{Ll}/u.test(next.text)) return false;
  return !st.triggers.some((t) => t.start === m.end);
}

/** English determiners and prepositions that open a noun phrase (closed classes of English grammar). */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "any", "for", "of", "on", "about", "over", "with"]);

/** "and" / "or": what the phrase ends in is one of a list, not the head of a noun phrase ("در آستانه سفر"). */
/** "and" / "or" in any of the three languages (cues.json and, or). */
const conjunction = (state: ExtractState, key: string) => !!(state.lex.words.sets.and?.has(key) || state.lex.words.sets.or?.has(key));

/** When the modality reading wins ("در آستانه اجلاس": on the eve of the summit), the place read inside it goes. */
export function dropPlaceInModality(state: ExtractState, st: SentenceState, m: TokenSpan): void {
  const o = st.owner[m.end - 1];
  if (o < 0 || state.mentions[o].kind !== "place") return;
  const sp = st.spans.get(o)!;
  if (sp.start < m.start) return;
  unmention(state, st, o);
}
