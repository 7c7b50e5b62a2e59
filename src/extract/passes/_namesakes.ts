// A common family name alone ("Kim", "Wang", "Lee", «کیم»), which the lexicon holds only as an ambiguous short
// form of someone (people-*.json `shortAmbiguous`), stands for a person the article has named in full with that
// word first or last ("Kim Jong Un … a letter to Kim"), not for a namesake the article never names. So does any
// other surname the lexicon holds alone, for a person the article named in full with it last ("Greta Merkel …
// Merkel later met"). A helper of pass 3 (03-references).
import { lexiconPeopleNamedInFull, NAMED_IN_FULL, type MentionFact } from "../../model.js";
import type { ExtractState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** The first and last word of a name written in full (two words or more). */
function endWords(m: MentionFact): string[] {
  const words = normalizeKey(m.text).split(" ").filter(Boolean);
  return words.length >= 2 ? [words[0], words[words.length - 1]] : [];
}

const before = (a: MentionFact, b: MentionFact) => a.sentenceIndex < b.sentenceIndex || (a.sentenceIndex === b.sentenceIndex && a.start < b.start);

/**
 * Re-points each one-word lexicon short form whose own person the article does not name in full to the person
 * named in full before it whose last word it is (or first, for an ambiguous one, read with confidence 0.5). With several such people
 * ("Kim Jong Un" and "Kim Yong Chol"), the one the article names most often; a tie, the one named first.
 */
export function namesakeShortForms(state: ExtractState): void {
  const people = state.mentions.filter((m) => m.kind === "person");
  const namedInFull = lexiconPeopleNamedInFull(people);
  const full = people.filter((m) => m.antecedent === undefined && ((m.lexiconId && m.confidence >= NAMED_IN_FULL) || (!m.lexiconId && m.via !== "coreference")));
  const identity = (m: MentionFact) => m.lexiconId ?? normalizeKey(m.text);
  const mentionsOf = new Map<string, number>();
  for (const m of people) if (m.antecedent === undefined) mentionsOf.set(identity(m), (mentionsOf.get(identity(m)) ?? 0) + 1);
  for (const w of people) {
    if (!w.lexiconId || w.via !== "lexicon" || w.antecedent !== undefined || namedInFull.has(w.lexiconId)) continue;
    const key = normalizeKey(w.text);
    if (key.includes(" ")) continue;
    // an ambiguous family name ("Kim") may stand first or last; a surname the lexicon holds as one person's only last
    const ends = (c: MentionFact) => (w.confidence <= 0.5 ? endWords(c) : endWords(c).slice(1));
    const firsts = new Map<string, MentionFact>();
    for (const c of full) if (before(c, w) && c.lexiconId !== w.lexiconId && ends(c).includes(key) && !firsts.has(identity(c))) firsts.set(identity(c), c);
    if (!firsts.size) continue;
    const [chosen] = [...firsts.entries()].sort(([a, x], [b, y]) => (mentionsOf.get(b) ?? 0) - (mentionsOf.get(a) ?? 0) || (before(x, y) ? -1 : 1));
    Object.assign(w, { lexiconId: undefined, alternatives: undefined, via: "coreference", antecedent: chosen[1].index, confidence: 0.6 });
  }
}
