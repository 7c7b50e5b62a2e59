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
import { normalizeKey } from "../text/normalize.js";

/** Whole-name key: normalised, spaces removed. */
export function exactKey(name: string): string {
  return normalizeKey(name).replace(/[\s\-_'’‘`"«»“”.()]/g, "");
}

// Arabic-script letters to a coarse Latin consonant class. Vowel letters (ا و ی) are dropped
// except at the start of a word, because Persian and Arabic spell short vowels differently
// (لاوروف / لافروف, بلوسوف / بيلوسوف).
const AR_CLASS: Record<string, string> = {
  "ب": "b", "پ": "b",
  "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ش": "sh",
  "ج": "j", "چ": "j", "ژ": "j",
  "ح": "h", "ه": "h", "خ": "k", "ک": "k", "ق": "k", "گ": "g", "غ": "g",
  "د": "d", "ض": "z", "ذ": "z", "ز": "z", "ظ": "z",
  "ر": "r", "ل": "l", "م": "m", "ن": "n",
  "ف": "v", "و": "v",
  "ع": "", "ا": "", "ی": "y",
};

const LATIN_RULES: Array<[RegExp, string]> = [
  [/sh|sch|ch(?=[^aeiou]|$)/g, "sh"],
  [/kh|ch|q|c|x|k/g, "k"],
  [/ph|f|w|v/g, "v"],
  [/zh|dj|dzh|j/g, "j"],
  [/th|ts|tz/g, "t"],
  [/dh|z/g, "z"],
  [/gh|g/g, "g"],
  [/y|i(?=[aeou])/g, "y"],
];

function latinSkeleton(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  for (const [re, to] of LATIN_RULES) w = w.replace(re, to);
  const first = w[0] ?? "";
  // drop vowels and y except a leading consonant; collapse doubles
  const rest = w.slice(1).replace(/[aeiouy]/g, "");
  const out = (/[aeiou]/.test(first) ? "" : first) + rest;
  return out.replace(/(.)\1+/g, "$1");
}

function arabicSkeleton(word: string): string {
  let out = "";
  for (const ch of word) {
    const c = AR_CLASS[ch];
    if (c === undefined) continue;
    out += c;
  }
  // ی/و used as vowels inside words are dropped; keep them only as a leading consonant
  out = out[0] + out.slice(1).replace(/[yv](?=.)/g, (m, i: number, s: string) => (m === "v" && s[i + 1] === undefined ? m : m === "v" ? m : ""));
  return out.replace(/y/g, "").replace(/(.)\1+/g, "$1");
}

const ARTICLE_PREFIX = /^(ال|al-|al |el-|el )/;

/** Per-word skeleton, with the Arabic article removed. Words joined by spaces. */
export function skeletonKey(name: string): string {
  const words = normalizeKey(name)
    .replace(/[«»"“”'’‘`().,،؛:]/g, " ")
    .split(/[\s-]+/)
    .filter(Boolean);
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
