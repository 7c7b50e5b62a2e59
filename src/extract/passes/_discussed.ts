// "X discussed … with Y in Tehran": an English discussion verb with its other side after "with", in a clause that
// places it in a known place, is a meeting (a contact told with its venue is face to face; by telephone the call
// words read it as a call instead). A helper of pass 1's cue reading (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";

/** English verbs of a conversation's content told in the past ("discussed", "talked about"). */
const DISCUSSED = new Set(["discussed", "talked", "reviewed"]);
/** Words between the verb and its "with" (the topic: "discussed people smuggling and border security with"). */
const WITH_REACH = 8;
/** Words between "with" and the venue's preposition (a title, a name, an apposition without commas). */
const VENUE_REACH = 10;
const VENUE_PREP = new Set(["in", "at"]);
const CLAUSE_END = /^[.;:!?]$/;

export function discussedWithAt(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en" || st.triggers.some((t) => t.kind === "meeting" || t.kind === "call")) return;
  const placeAt = (k: number) => (st.owner[k] ?? -1) >= 0 && state.mentions[st.owner[k]].kind === "place";
  const personAt = (k: number) => (st.owner[k] ?? -1) >= 0 && state.mentions[st.owner[k]].kind === "person";
  for (let i = 0; i < st.tokens.length; i++) {
    if (!DISCUSSED.has(st.tokens[i].key)) continue;
    let w = -1;
    for (let j = i + 1; j <= i + WITH_REACH && j < st.tokens.length && !st.tokens[j].punct; j++) if (st.tokens[j].key === "with") { w = j; break; }
    if (w < 0) continue;
    let person = false;
    for (let k = w + 1; k <= w + VENUE_REACH && k < st.tokens.length && !CLAUSE_END.test(st.tokens[k].text); k++) {
      person ||= personAt(k);
      if (person && VENUE_PREP.has(st.tokens[k].key) && placeAt(k + 1)) {
        st.triggers.push({ start: i, end: i + 1, kind: "meeting", text: st.tokens[i].text });
        return;
      }
    }
  }
}
