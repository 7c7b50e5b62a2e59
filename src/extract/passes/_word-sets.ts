// The closed classes of English pronouns that several helpers test a token against, read from cues.json `words`
// (objectPronoun, pluralObjectPronoun, reciprocalPronoun; their sources in its `_about`) instead of a word list in
// each helper: who a verb takes as its object when that object is a pronoun ("received him", "called each other").
import type { ExtractState, SentenceState } from "../state.js";

export interface ObjectPronounOptions {
  /** Also "them" (the people joined: "joined them for talks"). */
  plural?: boolean;
  /** Also "each other", "one another" (the people a verb names: "called each other \"brother\""). */
  reciprocal?: boolean;
}

/** The number of words of an English object pronoun of people at token `i` ("him", "her"; see the options), else 0. */
export function objectPronounAt(state: ExtractState, st: SentenceState, i: number, options: ObjectPronounOptions = {}): number {
  const sets = state.lex.words.sets;
  const key = st.tokens[i]?.key;
  if (state.lang !== "en" || key === undefined) return 0;
  if (sets["objectPronoun.en"]?.has(key) || (options.plural && sets["pluralObjectPronoun.en"]?.has(key))) return 1;
  const pair = `${key} ${st.tokens[i + 1]?.key ?? ""}`;
  return options.reciprocal && sets["reciprocalPronoun.en"]?.has(pair) ? 2 : 0;
}
