// Atoms: the date recogniser's own fine-grained view of the tokens. A token is cut into runs of digits,
// runs of letters (joiners kept inside) and single punctuation marks, each with offsets into the
// original text. This makes the recogniser independent of how the tokenizer groups "2025-07-31",
// "31.07.2025", "1447هـ" or "31st": all become the same atoms.
import type { Token } from "../../model.js";
import { asciiDigits, isArabicScript, normalizeKey } from "../../text/normalize.js";

export interface Atom {
  kind: "num" | "word" | "punct";
  /** As written. */
  text: string;
  /** normalizeKey(text); for numbers the ASCII digits. */
  key: string;
  start: number;
  end: number;
  /** Numbers: the value and the number of digits as written. */
  value: number;
  digits: number;
  /** Words: written in Arabic script. */
  arabic: boolean;
}

const ATOM_RE = /(\p{Nd}+)|([\p{L}\p{M}\u200C\u200D\u00AD]+)|(\S)/gu;

export function atomize(tokens: Token[], text?: string): Atom[] {
  const atoms: Atom[] = [];
  for (const tok of tokens) {
    // (tok.text when it is that slice: no new string, and its hash is already known to the memo below)
    const surface = text === undefined || isSliceOf(tok, text) ? tok.text : text.slice(tok.start, tok.end);
    // If the token text is not the original slice, keep the token whole rather than guess offsets.
    const exact = surface.length === tok.end - tok.start;
    if (!exact) {
      atoms.push(makeAtom(tok.punct ? "punct" : "word", tok.text, tok.start, tok.end));
      continue;
    }
    for (const a of atomsOfSurface(surface)) atoms.push({ ...a, start: tok.start + a.start, end: tok.start + a.end });
  }
  return atoms;
}

function isSliceOf(tok: Token, text: string): boolean {
  return tok.end - tok.start === tok.text.length && text.startsWith(tok.text, tok.start);
}

// Tokens repeat, and cutting one into atoms (a Unicode regex and a key per atom) is most of the cost:
// the atoms of a word-sized surface are kept, with offsets relative to the token.
const surfaceMemo = new Map<string, Atom[]>();

/** The atoms of one token's text, with offsets from its start. */
function atomsOfSurface(surface: string): Atom[] {
  let atoms = surfaceMemo.get(surface);
  if (atoms !== undefined) return atoms;
  atoms = [];
  ATOM_RE.lastIndex = 0;
  for (let m = ATOM_RE.exec(surface); m !== null; m = ATOM_RE.exec(surface)) {
    const kind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct";
    atoms.push(makeAtom(kind, m[0], m.index, m.index + m[0].length));
  }
  // word-sized surfaces only (see normalizeKey's memo), and a bounded number of them
  if (surface.length <= 12) {
    if (surfaceMemo.size >= 50_000) surfaceMemo.clear();
    surfaceMemo.set(surface, atoms);
  }
  return atoms;
}

function makeAtom(kind: Atom["kind"], text: string, start: number, end: number): Atom {
  if (kind === "num") {
    const key = asciiDigits(text);
    return { kind, text, key, start, end, value: Number(key), digits: key.length, arabic: false };
  }
  const key = kind === "word" ? normalizeKey(text) : text;
  return { kind, text, key, start, end, value: NaN, digits: 0, arabic: isArabicScript(text) };
}

/**
 * What separates atom i-1 from atom i: "" when they touch, " " when only white space (or invisible
 * marks) is between them, or "|" when there is anything else (a token we did not see).
 */
export function gapBefore(atoms: Atom[], i: number, text?: string): string {
  if (i <= 0) return "|";
  const a = atoms[i - 1];
  const b = atoms[i];
  if (b.start === a.end) return "";
  if (text === undefined) return b.start > a.end ? " " : "|";
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 32) return " "; // the usual single space
  const between = text.slice(a.end, b.start);
  return /^[\s\p{Cf}]*$/u.test(between) ? " " : "|";
}
