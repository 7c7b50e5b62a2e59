// A style of address before a given name alone (cues.json words `givenNameStyle`: "Sheikh Mohamed", "Prince
// Faisal", "Sayyid Badr"): the English press of the Gulf names a ruler, a royal or a notable in full once ("His
// Highness Sheikh Mohamed bin Zayed Al Nahyan", "Sayyid Badr bin Hamad Albusaidi") and then by the style and the
// first given name. The given name alone is a common given name ("Mohamed", "Abdullah"), so `_echoes.echoFirstWords`
// leaves it; after such a style it refers to the one person named in full before it whose name opens with that
// word (of several, the one named in full with the same style). A helper of pass 3 (03-references).
import { NAMED_IN_FULL } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";

/** Adds a reference (an `antecedent`) for each styled given name that stands for a person named in full before it. */
export function styledGivenNames(state: ExtractState): void {
  const styles = state.lex.words.sets[`givenNameStyle.${state.lang}`];
  if (state.lang !== "en" || !styles?.size) return;
  const byFirst = new Map<string, number[]>();
  for (const m of state.mentions) {
    if (m.kind !== "person" || m.antecedent !== undefined || (m.lexiconId && m.confidence < NAMED_IN_FULL)) continue;
    const st = state.sentences[m.sentenceIndex];
    const sp = st?.spans.get(m.index);
    if (!sp || sp.end - sp.start < 2) continue;
    const key = st.tokens[sp.start].key;
    (byFirst.get(key) ?? byFirst.set(key, []).get(key)!).push(m.index);
  }
  if (!byFirst.size) return;
  for (const st of state.sentences) {
    for (let i = 1; i < st.tokens.length; i++) {
      const list = byFirst.get(st.tokens[i].key);
      if (!list || !styles.has(st.tokens[i - 1].key) || !/^[A-Z][a-z]+$/.test(st.tokens[i].text) || longerName(state, st, i)) continue;
      const o = st.owner[i];
      if (o >= 0 && !weak(state, o)) continue;
      const full = namedBefore(state, list, st, i);
      if (full === undefined) continue;
      if (o >= 0) {
        Object.assign(state.mentions[o], { lexiconId: undefined, alternatives: undefined, via: "title", antecedent: full, confidence: 0.6 });
        continue;
      }
      addMention(state, st, { start: i, end: i + 1 }, { kind: "person", via: "title", antecedent: full, confidence: 0.6 });
    }
  }
}

/** A capitalised word or a name particle after the given name: a longer name ("Sheikh Mohamed bin Rashid", "Prince Sultan Air Base"). */
function longerName(state: ExtractState, st: SentenceState, i: number): boolean {
  const next = st.tokens[i + 1];
  return !!next && !next.punct && (/^[A-Z]/.test(next.text) || state.lex.words.sets.nameParticle.has(next.key));
}

/** A one-word lexicon short form read with little confidence (another person's given name). */
function weak(state: ExtractState, o: number): boolean {
  const m = state.mentions[o];
  const sp = state.sentences[m.sentenceIndex].spans.get(o)!;
  return m.kind === "person" && !!m.lexiconId && m.confidence <= 0.5 && m.antecedent === undefined && sp.end - sp.start === 1;
}

/** The one person named in full before token `i` with that first word (of several, the one styled so), else undefined. */
function namedBefore(state: ExtractState, list: number[], st: SentenceState, i: number): number | undefined {
  const at = st.tokens[i].start;
  const before = list.filter((o) => state.mentions[o].sentenceIndex < st.s.index || (state.mentions[o].sentenceIndex === st.s.index && state.mentions[o].end <= at));
  const person = (o: number) => state.mentions[o].lexiconId ?? state.mentions[o].text.toLowerCase();
  const distinct = (xs: number[]) => [...new Map(xs.map((o) => [person(o), o])).values()];
  let people = distinct(before);
  if (people.length > 1) {
    const style = st.tokens[i - 1].key;
    people = distinct(before.filter((o) => {
      const s = state.sentences[state.mentions[o].sentenceIndex];
      const sp = s.spans.get(o)!;
      return sp.start > 0 && s.tokens[sp.start - 1].key === style;
    }));
  }
  return people.length === 1 ? before.find((o) => person(o) === person(people[0])) : undefined;
}
