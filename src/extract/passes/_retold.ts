// An agreement told again (for pass 7, 07-agreements): "Signing it were …", "the deal was signed after three years
// of talks", "اسنادی که … امضا کردند", "المذكرات التي وقعها …" refer to a document already reported. Which one: the
// latest reported before it that the clause can be, so a retelling adds its signers and sides to that one instead of
// becoming a second agreement. A helper of pass 7, not a pass.
import type { AgreementFact, DateValue } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";

/** Sentences back that "it" and "them" reach; a document named again by its noun ("the deal") reaches any earlier one. */
const PRONOUN_REACH = 2;

/** The ids of an agreement's parties (lexicon ids, or the mention for a body no lexicon holds). */
export function partyIdsOf(state: ExtractState, a: AgreementFact): Set<string> {
  return new Set([...a.parties.map((m) => state.mentions[m].lexiconId ?? `m${m}`), ...a.impliedParties]);
}

/**
 * The agreement a retelling refers to, or undefined when none fits: by a pronoun, the latest within two sentences;
 * by the document's noun, the latest before it whose sides, when two states or more, hold every state the clause
 * names (and that shares a side with the clause, or any when the clause names none, beyond two sentences) and whose
 * day, when both are dated, is the clause's own. `named` are the states and
 * bodies the clause itself names; `keep` are agreements whose sides were fixed by "between" (no named state rules
 * them out: "Signing it were X for the Kuwaiti side").
 */
export function retoldAgreement(state: ExtractState, st: SentenceState, pronoun: boolean, named: Map<string, number | undefined>, date: DateValue, keep: WeakSet<AgreementFact>): AgreementFact | undefined {
  const before = [...state.agreements].reverse().filter((a) => a.evidence.sentenceIndex < st.s.index);
  const sameDay = (a: AgreementFact) => !date.date || !a.date.date || date.precision !== "day" || a.date.precision !== "day" || date.date === a.date.date;
  const states = [...named.keys()].filter((id) => state.lex.places.get(id.replace(/^place[:/]/, "")) !== undefined);
  // a state the clause names outside the sides of a document between two states is another document's; one between
  // bodies may be named by their states ("این توافق‌نامه را رئیس کل بانک مرکزی ایران و … امضا کردند")
  const fits = (a: AgreementFact) => {
    if (!sameDay(a) || keep.has(a)) return sameDay(a);
    const sides = [...partyIdsOf(state, a)].filter((id) => state.lex.places.get(id.replace(/^place[:/]/, "")) !== undefined);
    return sides.length < 2 || states.every((id) => sides.includes(id));
  };
  if (pronoun) return before.find((a) => st.s.index - a.evidence.sentenceIndex <= PRONOUN_REACH && fits(a));
  return before.find((a) => fits(a) && (st.s.index - a.evidence.sentenceIndex <= PRONOUN_REACH || [...partyIdsOf(state, a)].some((id) => named.has(id)) || !named.size));
}
