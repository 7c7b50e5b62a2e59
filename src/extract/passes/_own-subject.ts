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
