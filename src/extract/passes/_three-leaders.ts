// "The three leaders", «سران سه کشور», «القادة الثلاثة» as the people of an event (a helper of 05-events): the three
// heads of state or government (offices.json rank 1–2, by the text's titles or the lexicon on the publication day)
// named in the clause and the sentences just before it (there, as sides of events told already); none unless there are
// exactly three. They are the event's
// subject: anyone else the clause names is at it only behind "with"; behind "with" themselves («عقد X اجتماعا مع
// القادة الثلاثة») they are the other side of the clause's subject, who is no one of them.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { personKey, rootMention } from "./_mentions.js";
import { officesOn } from "../../lexicon/index.js";
import { personSlug } from "../../ids.js";

/** Sentences back the leaders may have been named. */
const REACH = 3;
/** offices.json rank of a head of government: a leader has this rank or a higher one (1, head of state). */
const LEADER_RANK = 2;

export function addThreeLeaders(state: ExtractState, st: SentenceState, clause: TokenSpan, participants: number[]): void {
  const cue = st.cues.find((c) => c.kind === "threeSides" && c.start >= clause.start && c.end <= clause.end);
  if (!cue) return;
  const leaders = new Map<string, number>();
  const at = state.sentences.indexOf(st);
  // (named before this sentence, a leader counts only as a side of an event told already: not one "who stayed away")
  const inEvents = new Set(state.events.flatMap((e) => e.participants.map((p) => personKey(state, p))));
  // "X met with the three leaders", «عقد X اجتماعا مع القادة الثلاثة»: behind "with" they are the other side, so the
  // clause's subject before it is no one of the three (they are the leaders named before)
  const withCue = st.cues.find((c) => c.kind === "with" && c.start >= clause.start && c.end <= cue.start && cue.start - c.end <= 1);
  for (let k = Math.max(0, at - REACH); k <= at; k++) {
    const s = state.sentences[k];
    if (s.s.heading) continue;
    for (const m of s.mentions) {
      if (state.mentions[m].kind !== "person" || state.genitive.has(m)) continue;
      if (s === st && s.spans.get(m)!.start >= clause.end) continue;
      if (withCue && s === st && s.spans.get(m)!.start < withCue.start) continue;
      if (s !== st && !inEvents.has(personKey(state, m))) continue;
      if (leader(state, m) && !leaders.has(personKey(state, m))) leaders.set(personKey(state, m), m);
    }
  }
  if (leaders.size !== 3) return;
  // the three leaders are the subject: another person the clause names is at it only as its other side, behind
  // "with" ("the three leaders met with X"), not a word read as a name elsewhere in the clause
  const keys = new Set([...leaders.keys()]);
  if (withCue) {
    for (const m of leaders.values()) if (!participants.some((q) => rootMention(state, q) === rootMention(state, m))) participants.push(m);
    return;
  }
  const withBefore = (m: number) => st.cues.some((c) => c.kind === "with" && c.start >= cue.end && c.end <= st.spans.get(m)!.start);
  for (let i = participants.length - 1; i >= 0; i--) if (!keys.has(personKey(state, participants[i])) && !withBefore(participants[i])) participants.splice(i, 1);
  for (const m of leaders.values()) if (!participants.some((q) => rootMention(state, q) === rootMention(state, m))) participants.push(m);
}

/** A head of state or government: by a title of the text, else the lexicon's offices on the publication day. */
function leader(state: ExtractState, m: number): boolean {
  const key = personKey(state, m);
  const rank = (office: string) => state.lex.offices.get(office)?.rank ?? 9;
  if (state.roles.some((r) => personKey(state, r.person) === key && rank(r.office) <= LEADER_RANK)) return true;
  const root = state.mentions[rootMention(state, m)];
  const entry = root.lexiconId ? state.lex.people.get(personSlug(root.lexiconId)) : undefined;
  return !!entry && officesOn(entry, state.publishedAt ?? null).some((o) => rank(o.office) <= LEADER_RANK);
}
