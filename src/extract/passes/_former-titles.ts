// A title that says its office is no longer held (offices.json modifiers.former, as the word sets formerModifier.<lang>):
// pass 2 marks the role it claims `former`, and pass 3 gives the bare title ("the Prime Minister") no such holder,
// while a title that is itself former ("the former king", «پادشاه سابق») still refers back to one; an English title
// led by the indefinite article refers back to no one (`indefiniteTitle`). A helper of 02-titles and 03-references,
// not a pass.
import type { ExtractState, SentenceState, TitleRef } from "../state.js";

/**
 * A title that says its office is no longer held (offices.json modifiers.former): "former Prime Minister X", "the
 * then-President", "ex-Minister" (English puts the word before the title), «الرئيس الأمريكي السابق», «رئیس جمهور
 * پیشین» (Arabic and Persian after its words, before or after the country).
 */
export function formerTitle(state: ExtractState, st: SentenceState, t: TitleRef): boolean {
  const former = state.lex.words.sets[`formerModifier.${state.lang}`];
  if (!former) return false;
  const at = (i: number) => former.has(st.tokens[i]?.key ?? "");
  if (state.lang === "en") return at(t.start - 1) || (st.tokens[t.start - 1]?.text === "-" && at(t.start - 2));
  for (let i = t.end; i <= t.phraseEnd && i < st.tokens.length; i++) if (at(i)) return true;
  return false;
}

/**
 * An English title led by "a" / "an", before its country's adjective too ("held talks with a Chinese president"):
 * it names no one in particular, so pass 3 gives it no holder.
 */
export function indefiniteTitle(state: ExtractState, st: SentenceState, t: TitleRef): boolean {
  if (state.lang !== "en") return false;
  const start = Math.min(t.start, t.countrySpan?.start ?? t.start);
  return /^an?$/.test(st.tokens[start - 1]?.key ?? "");
}
