// Quotations (a helper of passes 4 and 5, not a pass): the span of what a speaker is quoted as saying, between
// guillemets or curly quotes («…», “…”) or straight double quotes taken by turns. What is said there is the speaker's:
// its words of putting off are no modality of the meeting it was said at (_modality-scope), and its days («امروز»,
// "today": the speaker's) are not the last day the story told (04-dates).
import type { SentenceState, TokenSpan } from "../state.js";

/** Opening and closing quotation marks (guillemets, curly quotes); a straight double quote opens or closes by turns. */
const OPEN_QUOTE = new Set(["«", "“"]);
const CLOSE_QUOTE = new Set(["»", "”"]);

/** The quotation (its marks' tokens, inclusive) that holds token `at`, else undefined. */
export function quotationOf(st: SentenceState, at: number): TokenSpan | undefined {
  let open = -1;
  for (let k = 0; k < st.tokens.length; k++) {
    const w = st.tokens[k].text;
    if (OPEN_QUOTE.has(w) || (w === '"' && open < 0)) open = k;
    else if (CLOSE_QUOTE.has(w) || w === '"') {
      if (open >= 0 && open < at && at < k) return { start: open, end: k + 1 };
      open = -1;
    }
  }
  // a quotation the sentence splitter cut before its closing mark runs to the sentence's end
  return open >= 0 && open < at ? { start: open, end: st.tokens.length } : undefined;
}

/** The quotation `q` (from `quotationOf`) ends with its closing mark in the sentence, not cut by the splitter. */
export function closedQuotation(st: SentenceState, q: TokenSpan): boolean {
  const w = st.tokens[q.end - 1]?.text ?? "";
  return q.end - 1 > q.start && (CLOSE_QUOTE.has(w) || w === '"');
}
