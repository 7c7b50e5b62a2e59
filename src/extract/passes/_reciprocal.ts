// An intransitive reciprocal verb after a coordinated or plural subject, as English news writes a meeting without
// naming it ("Mr. Ford and Mr. Brezhnev talked for more than two hours", "he and X had conferred at the palace",
// "the two leaders dined together", "They lunched at the embassy"): read as a meeting trigger there only. After one
// person it is no contact ("X talked about the economy", "the university conferred a degree on Y"), nor before "to"
// (talking to reporters) or a telephone ("talked by telephone": a call, events.json), nor where the lexicon's own
// trigger already starts ("talked with", "conferred with"). The verbs are cues.json words reciprocalVerb, the words
// around them pluralSubject, verbAdverb, addresseePreposition and personPronoun. A helper
// of pass 1 (01-entities), not a pass.
import type { Token } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";

const PHONE = /^(tele)?phone|^video/;

export function reciprocalTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const sets = state.lex.words.sets;
  const verbs = sets["reciprocalVerb.en"];
  const aux = sets["auxiliary.en"];
  const pair = sets["pairHead.en"];
  const t = st.tokens;
  if (!verbs) return;
  for (let i = 1; i < t.length; i++) {
    if (!verbs.has(t[i].key) || st.triggers.some((x) => x.start <= i && x.end > i)) continue;
    if (t[i + 1] && sets["addresseePreposition.en"]?.has(t[i + 1].key)) continue;
    if (t.slice(i + 1, i + 5).some((x) => PHONE.test(x.key))) continue;
    let j = i - 1;
    while (j >= 0 && (aux?.has(t[j].key) || sets["verbAdverb.en"]?.has(t[j].key))) j--;
    if (j < 0) continue;
    if (!(sets["pluralSubject.en"]?.has(t[j].key) || pair?.has(t[j].key) || coordinatedNames(t, j, sets["personPronoun.en"]))) continue;
    const text = state.doc.article.text.slice(t[i].start, t[i].end);
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text });
  }
}

const capitalised = (x: Token) => !x.punct && /^\p{Lu}/u.test(x.text);

/** "A and B" ending at token `j`: B a capitalised name (its honorific's full stop inside), A a name or a pronoun. */
function coordinatedNames(t: Token[], j: number, pronouns: Set<string> | undefined): boolean {
  if (!capitalised(t[j])) return false;
  let k = j;
  while (k >= 0 && (capitalised(t[k]) || t[k].text === ".")) k--;
  if (k < 1 || t[k].key !== "and") return false;
  const a = t[k - 1];
  return capitalised(a) || !!pronouns?.has(a.key);
}
