// Tokenizer: splits text into words and punctuation marks, with offsets into the ORIGINAL text.
//
// - A word is a run of letters, marks and digits. Zero-width joiners (ZWNJ/ZWJ) and soft hyphens
//   BETWEEN letters stay inside the word ("می‌کند" is one token); the token key drops them, so the
//   ZWNJ-less "میکند" has the same key.
// - A number keeps its inner decimal/thousands separators: "3.5", "1,000", "۱٫۵" are one token.
// - Every other visible character is a one-character punctuation token (« » “ ” " ' ( ) , ، ؛ : . ؟ ! - / …).
// - Whitespace and stray invisible format characters (bidi marks, BOM) are not tokens.
import type { Token } from "../model.js";
import { bmpTable, hasSurrogate } from "./charclass.js";
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
  if (hasSurrogate(text)) return tokenizeByRegex(text, offset);
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    let end: number;
    if (WORD_UNIT[c] === 1) {
      end = (DIGIT_UNIT[c] === 1 && numberEnd(text, p)) || wordEnd(text, p);
    } else if (SKIP_UNIT[c] === 1) {
      p++;
      continue;
    } else end = p + 1;
    const t = text.slice(p, end);
    tokens.push({ text: t, key: normalizeKey(t), start: offset + p, end: offset + end, punct: WORD_UNIT[c] !== 1 });
    p = end;
  }
  return tokens;
}

// The scan below is TOKEN_RE by hand, over lookup tables (the Unicode regex is the cost of
// tokenizing): at each position the first alternative that matches, else skip one character.
// Text with astral characters goes through TOKEN_RE itself.

/** [\p{L}\p{M}\p{N}], \p{Nd}, and the characters that start no token (\s and \p{Cf}). */
const WORD_UNIT = bmpTable(String.raw`[\p{L}\p{M}\p{N}]`);
const DIGIT_UNIT = bmpTable(String.raw`\p{Nd}`);
const SKIP_UNIT = bmpTable(String.raw`[\s\p{Cf}]`);

const isNumberSep = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c; // . , ٫ ٬
const isJoiner = (c: number) => c === 0x200c || c === 0x200d || c === 0xad;

function runEnd(text: string, p: number, table: Uint8Array): number {
  while (p < text.length && table[text.charCodeAt(p)] === 1) p++;
  return p;
}

/** First alternative: digits, one or more (separator, digits), then letters or joiners before letters; 0 if none. */
function numberEnd(text: string, start: number): number {
  let q = runEnd(text, start, DIGIT_UNIT);
  let groups = 0;
  while (q + 1 < text.length && isNumberSep(text.charCodeAt(q)) && DIGIT_UNIT[text.charCodeAt(q + 1)] === 1) {
    q = runEnd(text, q + 1, DIGIT_UNIT);
    groups++;
  }
  if (groups === 0) return 0;
  return joinedRunEnd(text, q, true);
}

/** Second alternative: a run of letters, marks and digits, with joiners only between them. */
function wordEnd(text: string, start: number): number {
  return joinedRunEnd(text, runEnd(text, start, WORD_UNIT), false);
}

/** From q, more word characters (only if `open`) and joiner runs that are followed by a word character. */
function joinedRunEnd(text: string, q: number, open: boolean): number {
  for (;;) {
    if (open) q = runEnd(text, q, WORD_UNIT);
    let r = q;
    while (r < text.length && isJoiner(text.charCodeAt(r))) r++;
    if (r === q || r >= text.length || WORD_UNIT[text.charCodeAt(r)] !== 1) return q;
    q = runEnd(text, r, WORD_UNIT);
  }
}

/** The reference tokenizer (TOKEN_RE), for text with characters outside the BMP. */
function tokenizeByRegex(text: string, offset: number): Token[] {
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
