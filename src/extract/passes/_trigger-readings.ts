// Readings of an event word that change what its clause reports: a headline's future ("X, Y to meet"), a reason
// ("for hosting"), a word inside an organisation's name, a body's session "which was held", a join that goes on telling
// the clause's own meeting. A helper of 05-events, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { bodySession } from "./_presence.js";

/** English headline grammar: "Erdogan, Putin to meet in Astana": a name right before "to" + the event word is the future. */
export function headlineFuture(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  if (state.lang !== "en" || st.tokens[t.start - 1]?.key !== "to") return false;
  const o = st.owner[t.start - 2];
  return o !== undefined && o >= 0 && state.mentions[o].kind === "person";
}

/** "thanked Qatar for hosting X": an English gerund after "for" gives a reason; its subject is no one the clause names as one. */
export function reasonGerund(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  return state.lang === "en" && st.tokens[t.start].key.endsWith("ing") && st.tokens[t.start - 1]?.key === "for";
}

/** An event word inside an organisation's name ("the Meeting of Consultation", «مجمع التشخيص»): no event. */
export function insideName(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  const o = st.owner[t.start];
  return o >= 0 && state.mentions[o].kind === "organization" && state.mentions[o].via !== "title";
}

/** A meeting verb right after a relative pronoun, after a body's session noun in its sentence: the session "which was held". */
export function heldRelative(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  const relative = state.lex.words.sets[`relative.${state.lang}`];
  return !!relative?.has(st.tokens[t.start - 1]?.key ?? "") && st.triggers.some((x) => x.kind === "meeting" && x.start < t.start && bodySession(state, st, x));
}

/**
 * A join word after a meeting word of its clause that tells that meeting going on: in the passive ("were joined by
 * their delegations") or after the meeting's people referred to as a pair ("the two leaders", "they"; cues.json
 * bothSides).
 */
export function joinsOwnMeeting(st: SentenceState, triggers: SentenceState["triggers"]): boolean {
  const meeting = triggers.find((t) => t.kind === "meeting");
  const join = triggers.find((t) => t.kind === "join");
  // (not a join phrase around the meeting's noun: "was represented at the summit by Y" joins the summit told before)
  if (!meeting || !join || join.start < meeting.end || join.text.includes(meeting.text)) return false;
  return st.tokens.slice(join.start, join.end + 1).some((t) => t.key === "by") || st.cues.some((c) => c.kind === "bothSides" && c.start >= meeting.end && c.end <= join.start);
}
