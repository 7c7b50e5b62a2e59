// Letter-level normalisation for matching. Persian and Arabic write the same letters with different
// code points (ي/ی, ك/ک, ة/ه, the hamza seats), and news text carries diacritics, tatweel, direction
// marks and zero-width joiners that change nothing for a reader. normalizeKey() maps all of them to one
// form so that a lexicon entry written once matches every way an article may type it.
//
// Keys are for comparing, never for display: offsets always point into the original text.

import { bmpTable } from "./charclass.js";

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g; // harakat, superscript alef, Quranic marks
const TATWEEL = /\u0640/g;
const JOINERS = /[\u200C\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g; // ZWNJ, ZWJ, bidi marks, BOM, soft hyphen

const LETTERS: Record<string, string> = {
  "ي": "ی", "ى": "ی", "ئ": "ی", "ۍ": "ی", "ې": "ی",
  "ك": "ک", "ڪ": "ک",
  "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه",
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ؤ": "و",
  "ء": "",
};

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

// Every token, atom and line word is keyed, and news vocabulary repeats a lot: word-sized keys are
// memoised. Bounded in size, and only strings of up to 12 UTF-16 units: V8 copies such short
// substrings, while longer ones may be slices that would keep a whole article alive in the memo.
const MEMO_MAX_LENGTH = 12;
const MEMO_MAX_ENTRIES = 100_000;
const keyMemo = new Map<string, string>();

/**
 * The matching form of a word or phrase: NFKC, no diacritics/tatweel/joiners, unified letters,
 * ASCII digits, lower case, whitespace collapsed. Joiners are removed (not turned into spaces) so that
 * "ریاست‌جمهوری" and the ZWNJ-less "ریاستجمهوری" get the same key.
 */
export function normalizeKey(s: string): string {
  if (s.length > MEMO_MAX_LENGTH) return computeKey(s);
  let key = keyMemo.get(s);
  if (key === undefined) {
    if (keyMemo.size >= MEMO_MAX_ENTRIES) keyMemo.clear();
    key = computeKey(s);
    keyMemo.set(s, key);
  }
  return key;
}

/**
 * normalizeKey without the memo, in one pass over the NFKC form: each UTF-16 unit is kept, dropped
 * (diacritics, tatweel, joiners, ء), replaced (letter variants, Persian/Arabic-Indic digits) or is
 * white space (runs become one space, none at the ends); then lower case. This is the same as the
 * chain NFKC → remove DIACRITICS, TATWEEL, JOINERS → LETTERS → asciiDigits → toLowerCase → \s+ → " "
 * → trim, since those sets are disjoint, no replacement is itself in a later set, and lower-casing
 * neither makes nor removes white space.
 */
function computeKey(s: string): string {
  const n = s.normalize("NFKC");
  let out = "";
  let from = 0; // start of the run of kept units not yet copied to `out`
  let space = false; // white space since the last unit put in `out` (written only before more text)
  for (let i = 0; i < n.length; i++) {
    const kind = UNIT_KIND[n.charCodeAt(i)];
    if (kind === KEEP) {
      if (space) {
        // here from === i: every unit since the white space was dropped
        if (out.length > 0) out += " ";
        space = false;
      }
      continue;
    }
    out += n.slice(from, i);
    from = i + 1;
    if (kind === SPACE) space = true;
    else if (kind === REPLACE) {
      const r = REPLACEMENT.get(n.charCodeAt(i))!;
      if (r !== "") {
        if (space && out.length > 0) out += " ";
        space = false;
        out += r;
      }
    }
  }
  out += n.slice(from);
  return out.toLowerCase();
}

const KEEP = 0;
const DROP = 1;
const REPLACE = 2;
const SPACE = 3;

/** What computeKey does with each UTF-16 unit. */
const UNIT_KIND = new Uint8Array(0x10000);
const REPLACEMENT = new Map<number, string>();
{
  const space = bmpTable(String.raw`\s`, "");
  const drop = bmpTable(`${DIACRITICS.source}|${TATWEEL.source}|${JOINERS.source}`, "");
  for (let c = 0; c < 0x10000; c++) {
    if (drop[c]) UNIT_KIND[c] = DROP;
    else if (space[c]) UNIT_KIND[c] = SPACE;
  }
  for (const [from, to] of Object.entries(LETTERS)) {
    UNIT_KIND[from.charCodeAt(0)] = REPLACE;
    REPLACEMENT.set(from.charCodeAt(0), to);
  }
  for (let d = 0; d < 10; d++) {
    for (const zero of [0x06f0, 0x0660]) {
      UNIT_KIND[zero + d] = REPLACE;
      REPLACEMENT.set(zero + d, String(d));
    }
  }
}

/** Arabic-script text? (Persian and Arabic letters; used to pick RTL handling and proclitic rules.) */
export function isArabicScript(s: string): boolean {
  // /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s), as a loop: asked of every token
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return true;
  }
  return false;
}

const LATIN_LETTERS: Record<string, string> = { ł: "l", ø: "o", đ: "d", ı: "i", ß: "ss", æ: "ae", œ: "oe", ð: "d", þ: "th" };

/** A Latin-script key without its accents ("czesław" → "czeslaw", "josé" → "jose", "şükrü" → "sukru"). */
export function foldLatin(key: string): string {
  return key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łøđıßæœðþ]/g, (c) => LATIN_LETTERS[c]);
}
