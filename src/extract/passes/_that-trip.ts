// A contact told "on that trip" (a helper of 05-events, via _event-dates; not a pass): «پادشاه عمان در آن سفر با X نیز
// دیدار کرده بود», «در همان سفر», "during that visit", «خلال تلك الزيارة»: a demonstrative (cues.json demonstrative)
// before the noun of a visit (cues.json visitNoun) points back at the trip the article told last of one of the
// clause's people, whose day the contact takes (and so, in pass 6, its place).
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { personKey } from "./_mentions.js";

/** Sentences back to the trip pointed at. */
const TRIP_REACH = 3;

/** The day of the trip a «در آن سفر» of the clause points back at, if any. */
export function tripPointedAt(state: ExtractState, st: SentenceState, clause: TokenSpan): EventFact["date"] | undefined {
  const sets = state.lex.words.sets;
  const demonstrative = sets[`demonstrative.${state.lang}`];
  const visit = sets[`visitNoun.${state.lang}`];
  if (!demonstrative || !visit) return undefined;
  let pointed = false;
  for (let k = clause.start; k + 1 < clause.end; k++) {
    if (demonstrative.has(st.tokens[k].key) && visit.has(st.tokens[k + 1].key)) pointed = true;
  }
  if (!pointed) return undefined;
  const people = new Set(st.mentions.filter((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= clause.start && st.spans.get(m)!.end <= clause.end).map((m) => personKey(state, m)));
  const trips = state.events.filter((e) => e.kind === "visit" && e.date.date && e.date.precision === "day" && e.evidence.sentenceIndex < st.s.index && st.s.index - e.evidence.sentenceIndex <= TRIP_REACH);
  const theirs = trips.filter((e) => e.participants.some((p) => people.has(personKey(state, p))));
  const trip = theirs[theirs.length - 1];
  return trip ? { ...trip.date, basis: "context" } : undefined;
}
