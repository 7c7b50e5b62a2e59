// What a counterpart reference ("همتای استونیایی خود X", "his Estonian counterpart X") names when the article
// names no other holder of that office: the name written right after it, which gets the office. (With no name,
// the lexicon's holder on the day is not put in the text's mouth, as for a title alone: 03-references.)
// A helper of 03-references, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addRole } from "../state.js";
import { newNameAfter } from "./_names.js";

/** A name no lexicon knows right after the reference, given the office it was named with. */
export function namedCounterpart(state: ExtractState, st: SentenceState, ref: TokenSpan, at: number, office: string, country: string): number | undefined {
  const person = newNameAfter(state, st, at, true);
  if (person === undefined) return undefined;
  addRole(state, st, { start: ref.start, end: st.spans.get(person)!.end }, { person, office, country, confidence: 0.7 });
  return person;
}
