// Sentence splitter for fa / ar / en news.
//
// Paragraphs are lines (news bodies put one paragraph per line). Inside a paragraph a sentence ends
// after a run of . ! ? ؟ ۔ (with closing quotes/brackets that follow it). It does NOT end:
//   - on a decimal ("3.5" is one token already);
//   - after an initial or abbreviation: a single letter ("U.S.", "H.E.", "J. Smith", "د.") or a known
//     abbreviation ("Dr.", "Mr.", "Gen.", "No.");
//   - before a lower-case Latin letter glued to the dot ("example.com");
//   - inside «...», “...” or "..." (unless the mark is the last thing inside the quote);
//   - on ؛ (a clause separator) or … (used mid-sentence in Persian news).
// A paragraph that is one short sentence (≤ 12 words; ≤ 25 for the first paragraph, the title)
// without final punctuation is a heading (headline or crosshead).
import type { Sentence, Span, Token } from "../model.js";
import { tokenize, wordCount } from "./tokenize.js";

const TERMINATORS = new Set([".", "!", "?", "؟", "۔"]);
const CLOSERS = new Set(["»", "”", "\"", "'", "’", ")", "]", "›"]);
/** Final characters that make a line not a heading. */
const FINAL_PUNCT = /[.!?؟۔:…;؛]$/;
const HEADING_MAX_WORDS = 12;
/** The first paragraph, when unpunctuated, is the title: titles run longer than crossheads. */
const TITLE_MAX_WORDS = 25;

/** Abbreviations that take a dot without ending a sentence (lower-cased, no dot). */
const ABBREVIATIONS = new Set([
  "dr", "mr", "mrs", "ms", "prof", "gen", "brig", "col", "lt", "sgt", "cpl", "pvt", "pfc", "capt", "cmdr", "adm", "ens", "maj", "gov", "sen",
  "rep", "pres", "st", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
  "fig", "al", "ph", "amb", "hon", "rev", "mt", "ft", "e.g", "i.e", "rt", "smt", "mme", "mlle", "sra", "srta", "messrs",
]);

/** Splits the kept spans of `text` into sentences with tokens (offsets into `text`). */
export function splitSentences(text: string, keep: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const tokens of paragraphs(text, keep)) {
    const parts = splitParagraph(tokens);
    const words = wordCount(tokens);
    const maxWords = paragraph === 0 ? TITLE_MAX_WORDS : HEADING_MAX_WORDS;
    const heading = parts.length === 1 && words > 0 && words <= maxWords && !endsWithFinal(tokens);
    for (const toks of parts) {
      const start = toks[0].start;
      const end = toks[toks.length - 1].end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: toks, paragraph, heading });
    }
    paragraph++;
  }
  return sentences;
}

/**
 * The paragraphs of the kept spans, as token lists: one per non-empty line. In hard-wrapped text
 * (plain-text wire copy broken at a fixed width, see isHardWrapped) a paragraph is a block of lines
 * between blank lines instead.
 */
function paragraphs(text: string, keep: Span[]): Token[][] {
  const spans = [...keep].sort((a, b) => a.start - b.start);
  const lines: Array<{ tokens: Token[]; length: number; blankBefore: boolean }> = [];
  for (const span of spans) {
    let blank = true;
    let lineStart = span.start;
    while (lineStart < span.end) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd === -1 || lineEnd > span.end) lineEnd = span.end;
      const raw = text.slice(lineStart, lineEnd);
      const tokens = tokenize(raw, lineStart);
      lineStart = lineEnd + 1;
      if (tokens.length === 0) {
        blank = true;
        continue;
      }
      lines.push({ tokens, length: raw.trim().length, blankBefore: blank });
      blank = false;
    }
  }
  if (!isHardWrapped(lines)) return lines.map((l) => l.tokens);
  const out: Token[][] = [];
  for (const l of lines) {
    if (l.blankBefore || out.length === 0) out.push([...l.tokens]);
    else out[out.length - 1].push(...l.tokens);
  }
  return out;
}

/**
 * Hard-wrapped text: at least 6 lines, most of them as long as the wrap width (≤ 100 characters)
 * and most of them without final punctuation, with consecutive lines (not one per paragraph).
 */
function isHardWrapped(lines: Array<{ tokens: Token[]; length: number; blankBefore: boolean }>): boolean {
  if (lines.length < 6) return false;
  const sorted = lines.map((l) => l.length).sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width > 100 || width < 30) return false;
  const full = lines.filter((l) => l.length >= width * 0.7).length;
  const open = lines.filter((l) => !endsWithFinal(l.tokens)).length;
  const joined = lines.filter((l) => !l.blankBefore).length;
  return full >= lines.length * 0.5 && open >= lines.length * 0.5 && joined >= lines.length * 0.5;
}

/** Does the paragraph end with sentence punctuation (or a colon), before closing quotes? */
function endsWithFinal(tokens: Token[]): boolean {
  return FINAL_PUNCT.test(lastNonCloser(tokens));
}

/** The key of the last token that is not a closing quote or bracket ("" if none). */
function lastNonCloser(tokens: Token[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) if (!CLOSERS.has(tokens[i].key)) return tokens[i].key;
  return "";
}

/** Token ranges inside balanced quotes: «» nest; “ ” " pair up in order (RTL text mixes “ and ”). */
function quotedRanges(tokens: Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const guillemets: number[] = [];
  let straight = -1;
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i].key;
    if (k === "«") guillemets.push(i);
    else if (k === "»") {
      const open = guillemets.pop();
      if (open !== undefined) ranges.push([open, i]);
    } else if (k === "“" || k === "”" || k === "\"") {
      if (straight === -1) straight = i;
      else {
        ranges.push([straight, i]);
        straight = -1;
      }
    }
  }
  return ranges;
}

/** Splits one paragraph's tokens into sentences. */
function splitParagraph(tokens: Token[]): Token[][] {
  // quoteEnd[i] = index of the closing quote if token i is strictly inside a quote, else -1
  const quoteEnd = new Array<number>(tokens.length).fill(-1);
  for (const [open, close] of quotedRanges(tokens)) {
    for (let i = open + 1; i < close; i++) quoteEnd[i] = Math.max(quoteEnd[i], close);
  }
  const out: Token[][] = [];
  let start = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!TERMINATORS.has(tokens[i].key)) {
      i++;
      continue;
    }
    // the run of terminators ("?!", "..")
    let j = i;
    while (j + 1 < tokens.length && TERMINATORS.has(tokens[j + 1].key) && tokens[j + 1].start === tokens[j].end) j++;
    if (!endsSentence(tokens, i, j, quoteEnd)) {
      i = j + 1;
      continue;
    }
    // closing quotes/brackets glued after the terminator belong to this sentence
    while (j + 1 < tokens.length && CLOSERS.has(tokens[j + 1].key) && quoteEnd[j + 1] === -1 && isCloserAfter(tokens, j)) j++;
    if (j + 1 < tokens.length) {
      out.push(tokens.slice(start, j + 1));
      start = j + 1;
    }
    i = j + 1;
  }
  if (start < tokens.length) out.push(tokens.slice(start));
  // a part with no words (a stray ".." after a full stop) joins the sentence before it
  const merged: Token[][] = [];
  for (const part of out) {
    if (merged.length > 0 && wordCount(part) === 0) merged[merged.length - 1].push(...part);
    else merged.push(part);
  }
  return merged;
}

function isCloserAfter(tokens: Token[], j: number): boolean {
  return tokens[j + 1].start === tokens[j].end;
}

/**
 * Does the terminator at tokens[i] end a sentence of a quotation, inside the one sentence the splitter keeps
 * it in («… We are due to sign it. We agreed to …», X said): the same test as a sentence's end, quotes aside.
 */
export function endsQuotedSentence(tokens: Token[], i: number): boolean {
  if (!TERMINATORS.has(tokens[i]?.key ?? "")) return false;
  let j = i;
  while (j + 1 < tokens.length && TERMINATORS.has(tokens[j + 1].key) && tokens[j + 1].start === tokens[j].end) j++;
  return endsSentence(tokens, i, j, new Array<number>(tokens.length).fill(-1));
}

/** Does the terminator run tokens[i..j] end a sentence? */
function endsSentence(tokens: Token[], i: number, j: number, quoteEnd: number[]): boolean {
  const mark = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = j + 1 < tokens.length ? tokens[j + 1] : undefined;
  if (next === undefined) return true;
  // inside a quote: only when the mark is the last thing before the closing quote
  if (quoteEnd[i] !== -1 && quoteEnd[i] !== j + 1) return false;
  if (mark.key === "." && i === j && prev !== undefined && prev.end === mark.start && !prev.punct) {
    const word = prev.key;
    // an initial: one letter ("U.S.", "H.E.", "J. Smith", Arabic "د.")
    if (/^\p{L}$/u.test(word)) return false;
    if (ABBREVIATIONS.has(word)) return false;
    // glued to a following lower-case Latin word or a digit: "example.com", "v.2"
    if (next.start === mark.end && /^[a-z0-9]/.test(next.text)) return false;
  }
  return true;
}
