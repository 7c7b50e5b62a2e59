// The line model of page cleaning (clean.ts): an article body read line by line, each line with its
// normalised words, whether it ends a sentence, and whether a blank line comes before it; and the marker
// vocabularies matched word by word on those words.
import type { Span } from "../model.js";
import { bmpTable } from "./charclass.js";
import { normalizeKey } from "./normalize.js";

export interface Line extends Span {
  text: string;
  words: string[];
  /** Ends with sentence punctuation (ignoring closing quotes/brackets). */
  final: boolean;
  /** Has any letter or digit. */
  wordy: boolean;
  /** Preceded by a blank line (or starts the text). */
  blankBefore: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = true;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      lines.push({
        start: start + lead,
        end: start + lead + body.length,
        text: body,
        words: lineWords(body),
        final: /[.!?؟۔…]["'»”’)\]]*$/.test(body),
        wordy: /[\p{L}\p{N}]/u.test(body),
        blankBefore: blank,
      });
    }
    blank = !body;
    start = end + 1;
  }
  return lines;
}

/** A paragraph of running text (not a headline, label or name). */
export function isBody(line: Line): boolean {
  return line.words.length >= 8;
}

/** A line key: normalised, punctuation turned into spaces. */
export function lineKey(s: string): string {
  return normalizeKey(s).replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/**
 * The words of lineKey(s), i.e. lineKey(s).split(" ").filter(Boolean): the runs of letters and
 * digits in the normalised line. Computed in one pass over the key (every line of every article goes
 * through here); a key with astral characters takes the regex path.
 */
export function lineWords(s: string): string[] {
  const key = normalizeKey(s);
  const words: string[] = [];
  let start = -1; // start of the current run of letters/digits
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return lineKey(s).split(" ").filter(Boolean);
    if (LETTER_OR_DIGIT[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(key.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(key.slice(start));
  return words;
}

/** 1 for the BMP code units matching /[\p{L}\p{N}]/u (surrogates excluded). */
const LETTER_OR_DIGIT = bmpTable(String.raw`[\p{L}\p{N}]`);

/** A set of marker phrases, matched word by word on line keys. */
export class Vocabulary {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: string[]) {
    for (const p of phrases) {
      const words = lineWords(p);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0], list);
    }
  }
  /** Length in words of the longest marker at words[at], or 0. */
  matchAt(words: string[], at: number): number {
    for (const m of this.byFirst.get(words[at]) ?? []) {
      if (m.every((w, k) => words[at + k] === w)) return m.length;
    }
    return 0;
  }
  /** Is the line made only of markers (at least one)? */
  covers(words: string[], extra?: Vocabulary): boolean {
    if (!words.length) return false;
    let i = 0;
    while (i < words.length) {
      const n = Math.max(this.matchAt(words, i), extra?.matchAt(words, i) ?? 0);
      if (n === 0) return false;
      i += n;
    }
    return true;
  }
  /** Words left after a leading marker, or null when the line does not start with one. */
  rest(words: string[]): string[] | null {
    const n = this.matchAt(words, 0);
    return n === 0 ? null : words.slice(n);
  }
}

