// A plain Latin transliteration for names no lexicon knows, used only to make their ids readable
// (their display name is the form the article wrote). Loosely follows common news usage:
// the article ال becomes "al-", long vowels are written, short vowels (unwritten) are guessed as
// nothing. It is never a matching key.
import { normalizeKey } from "../text/normalize.js";

const MAP: Record<string, string> = {
  "ا": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
  "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
  "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "گ": "g", "ل": "l",
  "م": "m", "ن": "n", "و": "u", "ه": "h", "ی": "i",
};

function word(w: string): string {
  if (/^[a-z0-9'-]+$/i.test(w)) return w;
  let prefix = "";
  let rest = w;
  if (rest.startsWith("ال") && rest.length > 3) {
    prefix = "al-";
    rest = rest.slice(2);
  }
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    let t = MAP[c] ?? "";
    // و and ی are consonants at the start of a word or before a vowel letter
    if (c === "و" && (i === 0 || rest[i + 1] === "ا")) t = "w";
    if (c === "ی" && (i === 0 || rest[i + 1] === "ا")) t = "y";
    out += t;
  }
  out = out.replace(/^'/, "").replace(/aa+/g, "a");
  return prefix + out;
}

export function transliterate(name: string): string {
  return normalizeKey(name)
    .split(/\s+/)
    .filter(Boolean)
    .map(word)
    .join(" ");
}
