// An English object pronoun of a meeting (a helper of _subjects, for 03-references): "X received him", "Y met with
// her", "Z held talks with him on Monday". The pronoun right after the meeting word (past "with") is the person the
// story follows: the subject of the clause before a comma in the same sentence ("After A landed, B received him", "A
// had signed … with C, and B met him": A, the subject, not the last one named), else the subject of the sentence
// before ("A arrived on Friday. B and C received him at the Senate"); never the verb's own subject (the people after
// that comma), and of the pronoun's gender where the lexicon gives one (_pronoun-gender). "her" before a noun is a
// possessive ("met her counterpart"), not an object.
import type { ExtractState, SentenceState } from "../state.js";
import { personKey } from "./_mentions.js";
import { agreeingTarget } from "./_pronoun-gender.js";
import { objectPronounAt } from "./_word-sets.js";
import type { Refer } from "./_subjects.js";


export function objectPronouns(state: ExtractState, st: SentenceState, lastSubject: number | undefined, refer: Refer): void {
  if (state.lang !== "en") return;
  for (const t of st.triggers) {
    if (t.kind !== "meeting") continue;
    const at = st.tokens[t.end]?.key === "with" ? t.end + 1 : t.end;
    if (objectPronounAt(state, st, at) !== 1 || st.owner[at] >= 0) continue;
    // (a pronoun that is also a possessive, "her", before a noun: "met her counterpart")
    const next = st.tokens[at + 1];
    if (state.lex.words.sets["possessivePronoun.en"]?.has(st.tokens[at].key) && next && !next.punct && !state.lex.words.sets["afterObjectPronoun.en"]?.has(next.key) && !st.dates.some((d) => d.start === at + 1)) continue;
    // the verb's subject: the people after the last comma before it ("Nyusi", "A and B")
    // (a comma after a clause that tells an event of its own: not one inside the subject, "A and the Governor-General,
    // X, welcomed her")
    let comma = -1;
    for (let k = t.start - 1; k >= 0; k--) if (/^[,;،]$/.test(st.tokens[k].text)) { comma = k; break; }
    if (!st.triggers.some((x) => x.end <= comma)) comma = -1;
    const person = (m: number) => state.mentions[m].kind === "person" && !state.genitive.has(m);
    const subjects = new Set(st.mentions.filter((m) => person(m) && st.spans.get(m)!.start > comma && st.spans.get(m)!.end <= t.start).map((m) => personKey(state, m)));
    // the antecedent: the subject of the sentence's clause before that comma ("A had signed … with B, and C met him":
    // A), else the subject of the sentence before
    const first = comma < 0 ? undefined : st.mentions.find((m) => person(m) && st.spans.get(m)!.end <= comma);
    const chosen = first !== undefined && !subjects.has(personKey(state, first)) ? first : lastSubject;
    if (chosen === undefined) continue;
    const target = agreeingTarget(state, st, at, chosen);
    if (subjects.has(personKey(state, target))) continue;
    refer(state, st, { start: at, end: at + 1 }, target, 0.5);
  }
}
