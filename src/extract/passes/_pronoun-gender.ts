// The gender an English pronoun carries (a helper of _subjects and _object-pronouns, for 03-references): "she" is no man the
// lexicon knows and "he" no woman, so where the subject before it is of the other gender the pronoun is the last
// person of its own gender the article named before it ("President Kenyatta said … Her first trip was to Uganda,
// where she held talks with X": she is the woman the article follows, not Kenyatta).
import type { ExtractState, SentenceState } from "../state.js";
import { rootMention } from "./_mentions.js";
import { lexIdParts } from "../../ids.js";

const GENDER: Record<string, "f" | "m"> = { she: "f", he: "m", her: "f", him: "m" };

/** The lexicon gender of the person a mention names, if the lexicon gives one. */
function genderOf(state: ExtractState, m: number): "f" | "m" | undefined {
  const id = state.mentions[rootMention(state, m)].lexiconId;
  if (!id || lexIdParts(id)[0] !== "person") return undefined;
  return state.lex.people.get(lexIdParts(id)[1])?.gender;
}

/**
 * The antecedent of the English pronoun at token `at` given the one the clause order chose (`target`): that one unless
 * the lexicon gives it the other gender, then the last person mention before the pronoun with the pronoun's gender
 * (none: `target` stays, as before).
 */
export function agreeingTarget(state: ExtractState, st: SentenceState, at: number, target: number): number {
  const g = state.lang === "en" ? GENDER[st.tokens[at]?.key ?? ""] : undefined;
  const tg = g ? genderOf(state, target) : undefined;
  if (!g || !tg || tg === g) return target;
  const before = (m: number) => {
    const x = state.mentions[m];
    if (x.sentenceIndex !== st.s.index) return x.sentenceIndex < st.s.index;
    const sp = st.spans.get(m);
    return !!sp && sp.end <= at;
  };
  for (let m = state.mentions.length - 1; m >= 0; m--) {
    if (state.mentions[m].kind !== "person" || !before(m) || state.genitive.has(m)) continue;
    if (genderOf(state, m) === g) return m;
  }
  return target;
}
