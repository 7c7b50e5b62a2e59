// English "saw" with a person as its object is a meeting in news English ("Yesterday the President saw Prime Minister
// X of Turkey and, separately, Prime Minister Y", "Mr. Z, who saw X in Moscow on Nov. 5 to prepare the meeting"): the
// verb of an audience or a call on someone. Read as a meeting trigger only there: its object a person named right
// after it (past a title or an honorific), and after the name the clause ends or goes on with its circumstances (a
// place, a day, another object), never with what was seen of the person ("saw X as a threat", "saw X arrive", "saw X's
// speech", "saw X on television"). A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { firstPersonAfter } from "./_mentions.js";

/** Words between "saw" and the name: a title or an honorific ("Prime Minister", "Mr.", "President"). */
const TITLE_WORDS = 4;
/** What may follow the name besides a circumstance of the meeting (cues.json meetingCircumstance): the clause's end. */
const CLOSES = new Set([".", ",", ";"]);

export function sawTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const t = st.tokens;
  const sets = state.lex.words.sets;
  const saw = sets["sawVerb.en"];
  const after = sets["meetingCircumstance.en"];
  const watched = sets["remoteWatching.en"];
  if (!saw || !after || !watched) return;
  for (let i = 1; i < t.length; i++) {
    if (!saw.has(t[i].key) || st.triggers.some((x) => x.start <= i && x.end > i)) continue;
    const person = firstPersonAfter(state, st, i, TITLE_WORDS);
    if (!person) continue;
    // (only a title or an honorific between: capitalised words and their dots)
    if (t.slice(i + 1, person.start).some((x) => !(/^[A-Z]/.test(x.text) || x.text === "."))) continue;
    const next = t[person.end];
    if (next && !after.has(next.key) && !CLOSES.has(next.text)) continue;
    // ("of Turkey" is the title's country; "'s" would be no "of"; "on television": cues.json remoteWatching)
    if (t.slice(person.end, person.end + 4).some((x) => watched.has(x.key))) continue;
    const text = state.doc.article.text.slice(t[i].start, t[i].end);
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text });
  }
}
