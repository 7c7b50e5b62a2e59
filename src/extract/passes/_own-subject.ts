// A second clause with a subject of its own after ", and" (for pass 5, 05-events): "A met B in Pyongyang on June 13,
// 2000, and the late President C signed a joint declaration with B on Oct. 4, 2007" tells two events, each with its
// own subject, not one of A with B and C. The comma is a clause break (st.clauseBreaks) when the clause before it
// has an event word of its own and, past "and" and at most a few words of a title ("the late President"), a person's
// name is followed by an event word (past one adverb: "and C also signed …"). Not a list of names ("A, B, and C
// signed …": no event word before the comma). English only (Persian and Arabic glue their "and" to the next word).
// A helper of pass 5, not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { clauseOf } from "../state.js";

/** The most words between "and" and the name (the article, "late", "then", a title of two words). */
const LEAD_WORDS = 4;

/** Adds the breaks to st.clauseBreaks and returns them (the commas). */
export function ownSubjectBreaks(state: ExtractState, st: SentenceState): number[] {
  if (state.lang !== "en") return [];
  const added: number[] = [];
  for (let i = 1; i + 2 < st.tokens.length; i++) {
    if (st.tokens[i].text !== "," || st.tokens[i + 1].key !== "and" || st.clauseBreaks.includes(i)) continue;
    const clause = clauseOf(st, i);
    // (a contact word of its own with a person before it: not "The deal was reached when A, …, and B signed …")
    const own = st.triggers.find((t) => t.kind !== "agreement" && t.start >= clause.start && t.end <= i);
    if (!own || !st.mentions.some((m) => state.mentions[m].kind === "person" && (st.spans.get(m)?.end ?? i) <= own.start && (st.spans.get(m)?.start ?? -1) >= clause.start)) continue;
    const subject = st.mentions.find((m) => {
      const sp = st.spans.get(m);
      if (!sp || state.mentions[m].kind !== "person" || sp.start < i + 2 || sp.start - (i + 2) > LEAD_WORDS) return false;
      if (st.tokens.slice(i + 2, sp.start).some((w) => w.punct)) return false;
      return st.triggers.some((t) => t.start >= sp.end && t.start <= sp.end + 1);
    });
    if (subject !== undefined) added.push(i);
  }
  if (!added.length) return added;
  st.clauseBreaks.push(...added);
  st.clauseBreaks.sort((a, b) => a - b);
  return added;
}

/** The most words between "who" and the event word ("who had earlier also welcomed"). */
const RELATIVE_WORDS = 4;

/**
 * The subject of an English relative clause about a person that holds the event word at `trigger`: "…, paid a call on
 * C, who had welcomed Z on Saturday" (C welcomed Z: the main clause's subject did not). The person whose name ends
 * right before ", who" (or its title's country after it), with no other name and no punctuation between "who" and the event word; undefined otherwise.
 */
export function relativeAntecedent(state: ExtractState, st: SentenceState, trigger: number, clause: { start: number }): number | undefined {
  if (state.lang !== "en") return undefined;
  for (let i = trigger - 1; i >= Math.max(clause.start, trigger - 1 - RELATIVE_WORDS); i--) {
    const w = st.tokens[i];
    if (w.punct || (st.owner[i] ?? -1) >= 0) return undefined;
    if (w.key !== "who" || st.tokens[i - 1]?.text !== ",") continue;
    // (past the country after the person's name: "President C of Switzerland, who …")
    let k = i - 2;
    const place = st.owner[k];
    const sp = place !== undefined && place >= 0 && state.mentions[place].kind === "place" ? st.spans.get(place) : undefined;
    if (sp && st.tokens[sp.start - 1]?.key === "of") k = sp.start - 2;
    const m = st.owner[k];
    return m !== undefined && m >= 0 && state.mentions[m].kind === "person" ? m : undefined;
  }
  return undefined;
}
