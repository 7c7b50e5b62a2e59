// English portfolio titles written out in full after the office word: "Minister for the Economy X", "Minister of
// Economy, Trade and Industry X" (also when the title lexicon holds "Minister of Economy"), "Secretary of Health and Human Services X" (a helper of 02-titles). The portfolio is
// capitalised common words joined by "and", "&" or commas; the name that follows is capitalised words no dictionary
// knows as common words, which is where the portfolio ends.
import type { ExtractState, SentenceState } from "../state.js";
import { classOf } from "./_name-words.js";

const MAX_TOKENS = 8;
const LINKS = new Set(["and", "&", ","]);

/** The token where a name starts after "for|of [the] <Portfolio>", or `i` when no portfolio is written there. */
export function portfolioEnd(state: ExtractState, st: SentenceState, i: number): number {
  const tokens = st.tokens;
  // a title written in capitals before a name ("Minister for …"; not "officials of Safari X Holdings")
  if (state.lang !== "en" || !/^\p{Lu}/u.test(tokens[i - 1]?.text ?? "")) return i;
  // the title's own words may already name the portfolio's first part ("Minister of Economy", then ", Trade and …")
  const goesOn = tokens[i]?.text === "," && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "");
  if (tokens[i]?.key !== "for" && tokens[i]?.key !== "of" && !goesOn) return i;
  let k = i + 1;
  if (tokens[k]?.key === "the") k++;
  const start = k;
  const cap = (j: number) => /^\p{Lu}\p{Ll}/u.test(tokens[j]?.text ?? "");
  while (k < tokens.length && k - i <= MAX_TOKENS) {
    const tok = tokens[k];
    if (LINKS.has(tok.text) || LINKS.has(tok.key)) {
      if (k === start || !cap(k + 1)) return i;
      k++;
      continue;
    }
    if (!cap(k) || st.owner[k] >= 0) break;
    if (classOf(state, tok) !== "common") break;
    k++;
  }
  // a portfolio was read, and a capitalised word that is no common word follows it: the name's first word
  if (k === start || LINKS.has(tokens[k - 1].key) || !cap(k) || st.owner[k] >= 0 || classOf(state, tokens[k]) === "common") return i;
  return k;
}
