// "X discussed … with Y in Tehran": an English discussion verb with its other side after "with", in a clause that
// places it in a known place, is a meeting (a contact told with its venue is face to face; by telephone the call
// words read it as a call instead). So is one told at a gathering ("… with Y at the G20 summit", "on the sidelines
// of the General Assembly"). A helper of pass 1's cue reading (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { personAt } from "../state.js";

/** English verbs of a conversation's content told in the past ("discussed", "talked about"). */
const DISCUSSED = new Set(["discussed", "talked", "reviewed"]);
/** Words between the verb and its "with" (the topic: "discussed people smuggling and border security with"), punctuation not counted. */
const WITH_REACH = 8;
/** Words between "with" and the venue's preposition (a title, a name, an apposition without commas). */
const VENUE_REACH = 10;
const VENUE_PREP = new Set(["in", "at"]);
/** Prepositions before a gathering ("at the G20 summit", "during a regional forum"), and the words between. */
const GATHERING_PREP = new Set(["at", "during"]);
const GATHERING_REACH = 4;
const CLAUSE_END = /^[.;:!?]$/;
/** Punctuation a topic may hold: a list's commas, a hyphen or slash inside a word ("S-400", "trade/investment"). */
const IN_TOPIC = /^[,،\-–/'’]$/;

export function discussedWithAt(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const summitNoun = state.lex.words.sets["summitNoun.en"];
  // (a gathering's own noun, "the G20 summit", is the venue here, not another contact)
  if (st.triggers.some((t) => (t.kind === "meeting" || t.kind === "call") && !summitNoun.has(st.tokens[t.start].key))) return;
  const placeAt = (k: number) => (st.owner[k] ?? -1) >= 0 && state.mentions[st.owner[k]].kind === "place";
  // "on the sidelines of …", or "at / during" a gathering's noun a few words on ("at the G20 summit")
  const gatheringAt = (k: number) => {
    if (st.tokens[k].key === "sidelines" || st.tokens[k].key === "margins") return true;
    if (!GATHERING_PREP.has(st.tokens[k].key)) return false;
    for (let g = k + 1; g <= k + GATHERING_REACH && g < st.tokens.length && !st.tokens[g].punct; g++) if (summitNoun.has(st.tokens[g].key)) return true;
    return false;
  };
  for (let i = 0; i < st.tokens.length; i++) {
    if (!DISCUSSED.has(st.tokens[i].key)) continue;
    let w = -1;
    for (let j = i + 1, words = 0; words <= WITH_REACH && j < st.tokens.length && (!st.tokens[j].punct || IN_TOPIC.test(st.tokens[j].text)); j++) {
      if (st.tokens[j].key === "with") { w = j; break; }
      if (!st.tokens[j].punct) words++;
    }
    if (w < 0) continue;
    let person = false;
    for (let k = w + 1; k <= w + VENUE_REACH && k < st.tokens.length && !CLAUSE_END.test(st.tokens[k].text); k++) {
      person ||= personAt(state, st, k) !== undefined;
      if (person && ((VENUE_PREP.has(st.tokens[k].key) && placeAt(k + 1)) || gatheringAt(k))) {
        st.triggers.push({ start: i, end: i + 1, kind: "meeting", text: st.tokens[i].text });
        return;
      }
    }
  }
}
