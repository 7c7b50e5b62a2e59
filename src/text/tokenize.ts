// Tokenizer: splits text into words and punctuation marks, with offsets into the ORIGINAL text.
//
// - A word is a run of letters, marks and digits. Zero-width joiners (ZWNJ/ZWJ) and soft hyphens
//   BETWEEN letters stay inside the word ("می‌کند" is one token); the token key drops them, so the
//   ZWNJ-less "میکند" has the same key.
// - A number keeps its inner decimal/thousands separators: "3.5", "1,000", "۱٫۵" are one token.
// - Every other visible character is a one-character punctuation token (« » “ ” " ' ( ) , ، ؛ : . ؟ ! - / …).
// - Whitespace and stray invisible format characters (bidi marks, BOM) are not tokens.
import type { Token } from "../model.js";
import { normalizeKey } from "./normalize.js";

const TOKEN_RE = new RegExp(
  [
    // a number with inner separators, possibly glued to letters after it ("3.5x", "20th")
    String.raw`\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)+(?:[\p{L}\p{M}\p{N}]|[\u200C\u200D\u00AD]+(?=[\p{L}\p{M}\p{N}]))*`,
    // a word: letters, marks, digits, with joiners only between them
    String.raw`[\p{L}\p{M}\p{N}]+(?:[\u200C\u200D\u00AD]+[\p{L}\p{M}\p{N}]+)*`,
    // any other visible character
    String.raw`[^\s\p{L}\p{M}\p{N}\p{Cf}]`,
  ].join("|"),
  "gu",
);

const WORDISH = /[\p{L}\p{M}\p{N}]/u;

/** Tokens of `text`; `offset` is added to every start/end (for a slice of a larger text). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    tokens.push({
      text: t,
      key: normalizeKey(t),
      start: offset + m.index,
      end: offset + m.index + t.length,
      punct: !WORDISH.test(t),
    });
  }
  return tokens;
}

/** Number of word (non-punctuation) tokens. */
export function wordCount(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (!t.punct) n++;
  return n;
}
