// Two documents signed in one clause (for pass 7, 07-agreements): "the long-term agreement … and also the memorandum
// … were finalised", "signed a trade agreement as well as a memorandum on …", «… و نیز یادداشت تفاهم …», «اتفاقية …
// وكذلك مذكرة تفاهم …». A word of addition ("as well as", "and also", و نیز، و همچنین، وكذلك، فضلا عن، إضافة إلى)
// between two document nouns (cues.json words.documentNoun) parts them; a plain "and" does not ("11 memoranda and
// cooperation documents" are one set). A helper of pass 7, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Words of addition, as token-key sequences, by language. */
const ADDITION: Record<string, string[][]> = {
  en: [["as", "well", "as"], ["and", "also"]],
  fa: [["و", "نیز"], ["و", "همچنین"]],
  ar: [["وكذلك"], ["وكذا"], ["فضلا", "عن"], ["إضافة", "إلى"], ["بالإضافة", "إلى"]],
};
/** The same, as token keys (normalised: ك → ک, إ → ا). */
const ADDITION_KEYS = Object.fromEntries(Object.entries(ADDITION).map(([lang, seqs]) => [lang, seqs.map((seq) => seq.map((w) => normalizeKey(w)))]));
/** Tokens after the word of addition within which the second document noun must stand ("and also the 14th session's memorandum"). */
const NOUN_REACH = 3;

/** The token where a second document of the clause begins, after a word of addition; -1 when the clause names one. */
export function secondDocument(state: ExtractState, st: SentenceState, clause: TokenSpan): number {
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  if (!nouns) return -1;
  const isNoun = (k: number) => {
    const key = st.tokens[k]?.key ?? "";
    return nouns.has(key) || nouns.has(key.replace(/^(ال|وال)/, "")) || (state.lang === "fa" && key.endsWith("ی") && nouns.has(key.slice(0, -1)));
  };
  for (let i = clause.start + 1; i < clause.end; i++) {
    for (const seq of ADDITION_KEYS[state.lang] ?? []) {
      if (!seq.every((w, j) => st.tokens[i + j]?.key === w)) continue;
      const after = i + seq.length;
      let before = false;
      for (let k = clause.start; k < i; k++) if (isNoun(k)) before = true;
      if (!before) continue;
      for (let k = after; k < Math.min(clause.end, after + NOUN_REACH); k++) if (isNoun(k)) return after;
    }
  }
  return -1;
}
