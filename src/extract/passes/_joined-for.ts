// English "joined A and B for a dinner": the subject met the people it joined at the occasion named after "for" ("He
// and his wife later joined X and Y for a private dinner at the residence", "joined the prime minister for lunch",
// "joined them for talks"). Read as a meeting trigger on "joined" only where a person or a pronoun stands among its
// objects and "for" opens a meal's or a meeting's noun (cues.json meetingNoun, mealNoun) past an article and
// up to two adjectives, within a dozen words; not where the lexicon's join phrase already reads the words ("joined …
// for the talks": the talks just told); also in the passive, "A and B were joined by C for a trilateral meeting",
// whose join phrase gives way. A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { objectPronounAt } from "./_word-sets.js";

/** How far "for" may stand after "joined" (a list of names and titles between). */
const OBJECT_WORDS = 12;

export function joinedForTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const t = st.tokens;
  const sets = state.lex.words.sets;
  const nouns = sets["meetingNoun.en"];
  const meals = sets["mealNoun.en"];
  const articles = sets["objectDeterminer.en"];
  if (!nouns || !meals || !articles) return;
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== "joined") continue;
    const forAt = t.slice(i + 1, i + 1 + OBJECT_WORDS).findIndex((x) => x.key === "for" || (x.punct && x.text !== "," && x.text !== "."));
    if (forAt < 1 || t[i + 1 + forAt].key !== "for") continue;
    const f = i + 1 + forAt;
    // (the object: a person named between, or a pronoun)
    const person = st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start > i && st.spans.get(m)!.end <= f);
    if (!person && !objectPronounAt(state, st, i + 1, { plural: true })) continue;
    // ("for" + article + up to two adjectives + the noun)
    let k = f + 1;
    if (t[k] && articles.has(t[k].key)) k++;
    let noun = -1;
    for (let a = 0; a < 3 && k + a < t.length; a++) if (meals.has(t[k + a].key) || nouns.has(t[k + a].key)) { noun = k + a; break; }
    if (noun < 0) continue;
    // (the lexicon's join phrase of a passive, "A and B were joined by C for dinner", reads a joiner of an event
    // told before; the meal or meeting after "for" is the event itself, so the phrase gives way)
    const covering = st.triggers.filter((x) => x.start <= noun && x.end > i);
    const joinPhrase = covering.filter((x) => x.kind === "join" && st.tokens[x.end - 1]?.key === "by");
    // (the noun may be a meeting word of its own, "a trilateral meeting": then it is the event word)
    const nounWord = covering.find((x) => x.kind === "meeting" && x.start > f);
    if (covering.some((x) => !joinPhrase.includes(x) && x !== nounWord)) continue;
    st.triggers = st.triggers.filter((x) => !joinPhrase.includes(x));
    if (nounWord) continue;
    const text = state.doc.article.text.slice(t[i].start, t[noun].end);
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text });
  }
}
