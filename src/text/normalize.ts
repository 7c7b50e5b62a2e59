// Letter-level normalisation for matching. Persian and Arabic write the same letters with different
// code points (ي/ی, ك/ک, ة/ه, the hamza seats), and news text carries diacritics, tatweel, direction
// marks and zero-width joiners that change nothing for a reader. normalizeKey() maps all of them to one
// form so that a lexicon entry written once matches every way an article may type it.
//
// Keys are for comparing, never for display: offsets always point into the original text.

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

const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/**
 * The matching form of a word or phrase: NFKC, no diacritics/tatweel/joiners, unified letters,
 * ASCII digits, lower case, whitespace collapsed. Joiners are removed (not turned into spaces) so that
 * "ریاست‌جمهوری" and the ZWNJ-less "ریاستجمهوری" get the same key.
 */
export function normalizeKey(s: string): string {
  return asciiDigits(
    s
      .normalize("NFKC")
      .replace(DIACRITICS, "")
      .replace(TATWEEL, "")
      .replace(JOINERS, "")
      .replace(LETTER_RE, (c) => LETTERS[c] ?? c),
  )
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Arabic-script text? (Persian and Arabic letters; used to pick RTL handling and proclitic rules.) */
export function isArabicScript(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}
