// A state that "sent" someone to a gathering already told is represented there by them: "Saudi Arabia was
// represented by a minister of state, while Egypt sent Foreign Minister X", "Japan sent its deputy prime minister, X."
// English news writes the delegate of a state as the object of "sent" with no destination after it (the gathering is
// the one just told). Read as a join trigger on "sent" only when its subject is a place (a state or its capital standing
// for it), its object a person named within a few words (past a title, a possessive or a comma), and nothing follows
// the person in the clause: "X sent Y to Kabul" (a trip), "X sent Y a letter" (a message) and "X sent troops" (no one)
// are no representation. A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { firstPersonAfter } from "./_mentions.js";

/** How many words may stand between "sent" and the delegate's name (a title: "its deputy prime minister,"). */
const TITLE_WORDS = 5;
/** What may follow the delegate's name and still close the clause (and "and", cues.json and). */
const CLOSES = new Set([".", ";", ","]);

export function sentDelegateTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const t = st.tokens;
  const sets = state.lex.words.sets;
  const sent = sets["sentVerb.en"];
  const and = sets["and.en"];
  // (a preposition of a destination or purpose: cues.json destinationPreposition)
  const prepositions = sets["destinationPreposition.en"];
  if (!sent || !and || !prepositions) return;
  const kindAt = (kind: string, pred: (start: number, end: number) => boolean) =>
    st.mentions.some((m) => state.mentions[m].kind === kind && pred(st.spans.get(m)!.start, st.spans.get(m)!.end));
  for (let i = 1; i < t.length; i++) {
    if (!sent.has(t[i].key) || st.triggers.some((x) => x.start <= i && x.end > i)) continue;
    // (its subject a place right before it: "Egypt sent", "Washington sent")
    if (!kindAt("place", (_s, e) => e === i)) continue;
    // (its object a person within a few words, none of them a preposition or a verb's punctuation but a comma)
    const person = firstPersonAfter(state, st, i, TITLE_WORDS);
    if (!person) continue;
    if (t.slice(i + 1, person.start).some((x) => (x.punct && x.text !== ",") || prepositions.has(x.key))) continue;
    // (nothing after the person but the clause's end: not "to Kabul", "a letter", "for talks")
    const next = t[person.end];
    if (next && !and.has(next.key) && !CLOSES.has(next.text)) continue;
    if (next && next.text === "," && t[person.end + 1] && prepositions.has(t[person.end + 1].key)) continue;
    const text = state.doc.article.text.slice(t[i].start, t[i].end);
    st.triggers.push({ start: i, end: i + 1, kind: "join", text });
  }
}
