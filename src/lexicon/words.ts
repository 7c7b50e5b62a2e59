// The name-word model: is a word a common word of its language, a known part of a name, or neither?
//
// - common: a maintained spelling dictionary of the language knows it (and, in English, knows it in
//   lower case only: "Agriculture", "Public", "Works" are common words; "John", "Lee", "Castro" are
//   dictionary entries written with a capital, so names);
// - name: a word of a name the people lexicon knows ("محمد", "حسن", "Mohammed"), whatever the dictionary says;
// - unknown: neither. In a name slot (after a title, an honorific, "counterpart"), such a word is
//   probably a name ("آرسه", "كوبيتش", "Tejada").
//
// Dictionaries (npm, maintained, loaded lazily per language, about 0.1 s for fa/en and 0.8 s for ar):
//   fa: @cspell/dict-fa-ir (Apache-2.0), ar: @cspell/dict-ar (Ayaspell, LGPL-3.0),
//   en: @cspell/dict-en_us (Hunspell en_US large, MIT).
// The Persian and Arabic dictionaries also list many well-known surnames (پزشکیان, بلينكن): a word the
// dictionary knows is therefore never enough to reject a name on its own; see nameRun() in
// extract/passes/_names.ts for how the classes are combined (and lexicon/arabic-verbs.ts for the Arabic words that end a
// name by their paradigm in the same dictionary).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { has, importTrie } from "cspell-trie-lib";
import type { Lang } from "../model.js";

export type WordClass = "name" | "common" | "unknown";

const require = createRequire(import.meta.url);
// The packages export only their cspell-ext.json; the trie lies beside it.
const FILES: Record<Lang, [string, string]> = {
  fa: ["@cspell/dict-fa-ir", "fa-IR.trie.gz"],
  ar: ["@cspell/dict-ar", "ar.trie.gz"],
  en: ["@cspell/dict-en_us", "en_US.trie.gz"],
};

type Trie = ReturnType<typeof importTrie>;
const tries = new Map<Lang, Trie>();

function dictionary(lang: Lang): Trie {
  let t = tries.get(lang);
  if (!t) {
    const [pkg, file] = FILES[lang];
    const text = gunzipSync(readFileSync(join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file))).toString("utf8");
    t = importTrie(text.split("\n"));
    tries.set(lang, t);
  }
  return t;
}

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200D\u200E\u200F]/g;

/** The spellings under which a word of running text may be listed in the dictionary. */
function spellings(word: string, lang: Lang): string[] {
  const w = word.normalize("NFC").replace(DIACRITICS, "");
  if (lang === "en") return [w];
  const out = new Set([w]);
  if (lang === "fa") {
    out.add(w.replace(/ي/g, "ی").replace(/ك/g, "ک").replace(/ة/g, "ه"));
    if (w.includes("\u200C")) out.add(w.replace(/\u200C/g, ""));
    // the dictionary lists verbs without their continuous prefix: «می‌شود» is «شود», «نمی‌کند» is «کند»
    const verb = /^ن?می\u200C(.+)$/.exec(w);
    if (verb) out.add(verb[1]);
  } else {
    out.add(w.replace(/ی/g, "ي").replace(/ک/g, "ك"));
    out.add(w.replace(/\u200C/g, ""));
  }
  return [...out];
}

/** Does the language's dictionary know this word as a common word? */
export function isCommonWord(word: string, lang: Lang): boolean {
  const d = dictionary(lang);
  if (lang === "en") {
    if (!/^[A-Za-z][a-z'’-]*$/.test(word)) return false; // an acronym or a mixed-case word is no common word
    const lower = word.toLowerCase();
    if (lower === word) return has(d, word);
    return has(d, lower) && !has(d, word);
  }
  return spellings(word, lang).some((s) => has(d, s));
}

/** Does the language's dictionary list the word exactly as written (case included)? */
export function knowsWord(word: string, lang: Lang): boolean {
  return has(dictionary(lang), word);
}

/** The class of a word (as written, with its normalised key) in a language, given the known name parts. */
export function wordClass(text: string, key: string, lang: Lang, nameParts: Set<string>): WordClass {
  if (nameParts.has(key)) return "name";
  return isCommonWord(text, lang) ? "common" : "unknown";
}
