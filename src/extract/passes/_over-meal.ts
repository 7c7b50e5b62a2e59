// English "over" before a meal ("discussed climate change with X over breakfast", "the two leaders talked trade over a
// working dinner", "Over lunch, A and B reviewed …"): what the clause tells was said at a meal the people shared, in
// person. Read as a meeting trigger on the phrase, "over" + an article or a possessive (cues.json objectDeterminer)
// + up to two adjectives + a meal noun (cues.json mealNoun), where the clause names a person at it; not before a noun
// that the meal word qualifies ("argued over dinner plans"), nor where a trigger already covers the words. The people
// are the clause's, as for any meeting word (05-events). A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";

/** Words between "over" and the meal noun: an article or possessive, then adjectives ("a long working dinner"). */
const MODIFIERS = 2;

export function overMealTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const sets = state.lex.words.sets;
  const meals = sets["mealNoun.en"];
  const determiners = sets["objectDeterminer.en"];
  if (!meals || !determiners) return;
  const t = st.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== "over") continue;
    let k = i + 1;
    if (t[k] && determiners.has(t[k].key)) k++;
    let noun = -1;
    for (let a = 0; a <= MODIFIERS && k + a < t.length; a++) {
      if (t[k + a].punct) break;
      if (meals.has(t[k + a].key)) { noun = k + a; break; }
    }
    if (noun < 0) continue;
    // (the meal word ends its noun phrase: punctuation, the sentence's end, a name, or a word of the meeting's
    // circumstances after it, cues.json meetingCircumstance and addresseePreposition: "over lunch with X", "over
    // dinner on Friday")
    const next = t[noun + 1];
    const goesOn = (k: string) => !!sets["meetingCircumstance.en"]?.has(k) || !!sets["addresseePreposition.en"]?.has(k);
    if (next && !next.punct && /^[a-z]/.test(next.text) && !goesOn(next.key)) continue;
    if (st.triggers.some((x) => x.start <= noun && x.end > i)) continue;
    if (!st.mentions.some((m) => state.mentions[m].kind === "person")) continue;
    st.triggers.push({ start: i, end: noun + 1, kind: "meeting", text: state.doc.article.text.slice(t[i].start, t[noun].end) });
  }
}
