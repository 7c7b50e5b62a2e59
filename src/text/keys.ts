// Matching keys for names that survive script and spelling.
//
// Two levels:
//   1. exactKey: normalizeKey() of the whole name, with joiners and spaces removed, so that
//      "ابوقصره" = "أبو قصرة" and "الشیبانی" = "الشيباني".
//   2. skeletonKey: a consonant skeleton in Latin letters that survives transliteration between
//      Persian, Arabic, Russian and English: لاوروف = لافروف = Lavrov, بلوسوف = بيلوسوف = Belousov.
//
// The skeleton is deliberately coarse. It is used only to compare a name with names already known
// (lexicon names, or names in the same article), never as an identity on its own for two unknown
// people in different articles; see resolve/entities.ts.
import { foldLatin, normalizeKey } from "./normalize.js";

/** Whole-name key: normalised, spaces removed. */
export function exactKey(name: string): string {
  return normalizeKey(name).replace(/[\s\-_'’‘`"«»“”.()]/g, "");
}

/** The edit (Levenshtein) distance of two strings: insertions, deletions and substitutions of one unit. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

// A coarse consonant class per letter, the same for Arabic script and Latin. ق ک گ غ and
// q k c g gh are one class (Ghalibaf is قالیباف, Qasra is قصرة, Sergey is سرگئی / سيرغي). Vowel letters are
// dropped (ا و ی ع in Arabic script, a e i o u y in Latin), and so are v/w/f, because Persian and
// Arabic write a Russian "v" as و or ف (لاوروف / لافروف) and as a vowel elsewhere (بلوسوف).
const AR_CLASS: Record<string, string> = {
  "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ش": "S",
  "ج": "j", "چ": "j", "ژ": "j", "ح": "h", "ه": "h", "خ": "h", "ک": "k", "ق": "k",
  "گ": "k", "غ": "k", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z",
  "ر": "r", "ل": "l", "م": "m", "ن": "n",
};

const LATIN_RULES: Array<[RegExp, string]> = [
  [/sch|sh/g, "S"],
  [/kh|x/g, "h"],
  [/ch|zh|dzh|dj|j/g, "j"],
  [/gh|g/g, "k"],
  [/th/g, "t"],
  [/dh/g, "z"],
  [/ph/g, "f"],
  [/q|c|k/g, "k"],
  [/p/g, "b"],
];

function latinSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  for (const [re, to] of LATIN_RULES) w = w.replace(re, to);
  return w.replace(/[aeiouywvf]/g, "").replace(/(.)\1+/g, "$1");
}

function arabicSkeleton(word: string): string {
  let out = "";
  for (const ch of word) out += AR_CLASS[ch] ?? "";
  return out.replace(/(.)\1+/g, "$1");
}

const ARTICLE_PREFIX = /^(ال|al-|el-)/;

/** The long vowels and glides Arabic script writes inside a foreign name, as the vowel classes of vocalicKey. */
const AR_VOWELS: Record<string, string> = { "ا": "a", "آ": "a", "و": "u", "ي": "i", "ی": "i", "ى": "a", "ئ": "i", "ؤ": "u" };

/**
 * The consonant skeleton with the vowels a script writes, in three classes (a; o u; e i y): "كوكوتا" and "Cúcuta" are
 * both "kukuta", "Cotia" is "kutia". Arabic script leaves short vowels out, so this tells apart names of one skeleton
 * only by their distance (editDistance), never as a key. One word or more, spaces dropped, the article removed.
 */
export function vocalicKey(name: string): string {
  const words = normalizeKey(name).replace(/[«»"“”'’‘`().,،؛:]/g, " ").split(/[\s-]+/).filter((w) => w && w !== "al" && w !== "el");
  return words.map((w) => w.replace(ARTICLE_PREFIX, "")).map((w) => {
    if (/[a-z]/.test(w)) {
      let x = foldLatin(w).replace(/[^a-z]/g, "");
      for (const [re, to] of LATIN_RULES) x = x.replace(re, to);
      return x.replace(/[ou]/g, "u").replace(/[eiy]/g, "i").replace(/[wvf]/g, "").replace(/(.)\1+/g, "$1");
    }
    let out = "";
    for (const ch of w) out += AR_CLASS[ch] ?? AR_VOWELS[ch] ?? "";
    return out.replace(/(.)\1+/g, "$1");
  }).join("");
}

/** Per-word consonant skeleton, with the Arabic article removed; words joined by spaces. */
export function skeletonKey(name: string): string {
  const words = normalizeKey(name)
    .replace(/[«»"“”'’‘`().,،؛:]/g, " ")
    .split(/[\s-]+/)
    .filter((w) => w && w !== "al" && w !== "el");
  return words
    .map((w) => w.replace(ARTICLE_PREFIX, ""))
    .map((w) => (/[a-z]/.test(w) ? latinSkeleton(w) : arabicSkeleton(w)))
    .filter(Boolean)
    .join(" ");
}

/** Every key a name is known by: for storage (NameKey nodes) and for person(name:) lookups. */
export function nameKeys(name: string): string[] {
  const keys = new Set<string>();
  const e = exactKey(name);
  if (e) keys.add(e);
  const noArticle = exactKey(normalizeKey(name).replace(/(^|\s)(ال|al-|el-)/g, "$1"));
  if (noArticle) keys.add(noArticle);
  return [...keys];
}
