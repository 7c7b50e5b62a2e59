// "X met A on Sunday and B on Monday", «X روز یکشنبه با A و روز دوشنبه با B دیدار کرد»: one clause, one subject,
// and each of its other people with a day of their own: two meetings, each on its day, not one meeting of three.
// A helper of pass 5 (05-events).
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { datelineDash } from "./_dateline.js";
import { ofOtherClause } from "./_gathering-days.js";
import { adjectivalThen } from "./_then-adjective.js";

/**
 * The meetings of a subject with each of the people after it, when every one of them has exactly one date of the
 * clause on the same side of it (after it in "A on Sunday and B on Monday", before it in «روز یکشنبه با A و روز
 * دوشنبه با B») and the dates differ; else undefined.
 */
export function distributedDays(state: ExtractState, st: SentenceState, clause: TokenSpan, participants: number[]): Array<{ people: number[]; date: EventFact["date"] }> | undefined {
  // (all named in this sentence: not people carried from the meeting before, "the two sides")
  if (participants.length < 3 || participants.some((m) => !st.spans.has(m))) return undefined;
  const span = (m: number) => st.spans.get(m)!;
  const [subject, ...others] = participants;
  const objects = [...others].sort((a, b) => span(a).start - span(b).start);
  if (objects.some((o) => span(o).start < span(subject).end)) return undefined;
  const dash = datelineDash(state, st);
  const from = st.tokens[Math.max(clause.start, dash + 1)].start;
  const to = st.tokens[clause.end - 1].end;
  // (not the day pass 4 gave to a clause after ", a day after": "met A on May 19, with B, a day after X landed")
  const dates = st.dates.filter((d) => d.start >= from && d.end <= to && !ofOtherClause(st, d));
  if (dates.length < objects.length) return undefined;
  const charAt = (i: number) => (i >= st.tokens.length ? to + 1 : st.tokens[i].start);
  const tryWith = (bounds: (k: number) => [number, number]) => {
    const picked = objects.map((_, k) => {
      const [a, b] = bounds(k);
      const inside = dates.filter((d) => d.start >= a && d.end <= b);
      return inside.length === 1 ? inside[0] : undefined;
    });
    if (picked.some((d) => !d)) return undefined;
    const days = new Set(picked.map((d) => d!.value.date));
    return days.size === objects.length && !days.has(null) ? picked : undefined;
  };
  // the day after each person, up to the next one; or before each, from the one before (or the subject)
  const after = tryWith((k) => [charAt(span(objects[k]).end), k + 1 < objects.length ? charAt(span(objects[k + 1]).start) : to + 1]);
  const before = tryWith((k) => [k ? charAt(span(objects[k - 1]).end) : charAt(span(subject).end), charAt(span(objects[k]).start)]);
  const picked = state.lang === "fa" ? (before ?? after) : (after ?? before);
  return picked?.map((d, k) => ({ people: [subject, objects[k]], date: { ...d!.value } }));
}

/**
 * "X met A, then B", «التقى X A ثم B»: one subject meeting the people after it one after the other, each object
 * after a word of sequence from the one before: a meeting of the subject with each, not one meeting of them all
 * (A and B did not meet). Else undefined.
 */
export function sequentialObjects(state: ExtractState, st: SentenceState, participants: number[]): number[][] | undefined {
  if (participants.length < 3 || participants.some((m) => !st.spans.has(m))) return undefined;
  const span = (m: number) => st.spans.get(m)!;
  const [subject, ...others] = participants;
  const objects = [...others].sort((a, b) => span(a).start - span(b).start);
  if (objects.some((o) => span(o).start < span(subject).end)) return undefined;
  for (let k = 1; k < objects.length; k++) {
    const between = st.tokens.slice(span(objects[k - 1]).end, span(objects[k]).start);
    const trigger = st.triggers.some((t) => t.start >= span(objects[k - 1]).end && t.end <= span(objects[k]).start);
    // (a word of sequence, cues.json then: "met A, then B", «التقى A ثم B», «با A و سپس با B»; or an English phrase of
    // place or occasion that closes the first meeting before ", and B": "met A on the sidelines of the summit, and B")
    // (the phrase may name the occasion by an event word of its own: "on the sidelines of the summit")
    // (not the English adjective "then" before an office's title: "together with the then prime minister B", _then-adjective)
    const from = span(objects[k - 1]).end;
    const sequence = between.some((t, j) => state.lex.words.sets.then.has(t.key) && !adjectivalThen(state, st, from + j));
    if (!(!trigger && sequence) && !closedByPhrase(state, between)) return undefined;
  }
  return objects.map((o) => [subject, o]);
}

/**
 * The tokens between two objects open with a preposition of place or occasion (cues.json words
 * occasionPreposition: "on the sidelines of the summit", "at the palace") and end with ", and" before the next
 * object's title and name: the phrase closes the first meeting.
 */
function closedByPhrase(state: ExtractState, between: SentenceState["tokens"]): boolean {
  const opens = state.lex.words.sets[`occasionPreposition.${state.lang}`];
  if (!opens?.has(between[0]?.key ?? "") || between.length < 4) return false;
  const and = state.lex.words.sets[`and.${state.lang}`];
  const k = between.findIndex((t, i) => i > 1 && t.text === "," && !!and?.has(between[i + 1]?.key ?? ""));
  return k > 1 && !between.slice(1, k).some((t) => t.text === ",");
}
