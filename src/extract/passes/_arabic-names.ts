// Arabic name slots that the name-word model alone does not read (helpers of _names.ts): a name of
// common words after an honorific or a military rank, and a regnal name after a royal style.
import type { ExtractState, SentenceState } from "../state.js";
import { perfectVerb } from "../../lexicon/arabic-verbs.js";
import { normalizeKey } from "../../text/normalize.js";

/** An honorific (cues.json honorifics: السيد، الشيخ، العماد، اللواء …) ends right before `i`. */
export function afterHonorific(state: ExtractState, st: SentenceState, i: number): boolean {
  return state.lang === "ar" && st.cues.some((c) => c.kind === "honorific" && c.end === i);
}

/**
 * Arabic function words (prepositions, conjunctions, relatives, particles, and the adverbs of repetition: مرة أخرى،
 * مجددا) of three letters or more, which the
 * name-word model otherwise reads as common words: a closed class of the grammar.
 */
export const FUNCTION_WORDS = new Set(
  ["على", "إلى", "الى", "حول", "خلال", "بعد", "قبل", "أمام", "امام", "منذ", "لدى", "عند", "ضد", "دون", "نحو", "بين", "عبر", "حتى", "غير", "لكن", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "هذا", "هذه", "ذلك", "تلك", "هناك", "حيث", "كما", "أيضا", "ايضا", "وقد", "لقد", "سوف", "ليس", "كان", "كانت", "مثل", "وسط", "تجاه", "إثر", "اثر", "عقب", "لدي", "فيما", "بينما", "عندما", "كل", "بعض", "جميع", "أول", "أن", "إن", "أنه", "إنه", "مرة", "مرتين", "أخرى", "اخرى", "مجددا", "مجدداً", "ثانية", "مرارا"].map((w) => normalizeKey(w)),
);

/**
 * A name of common words only, right after an Arabic honorific or military rank ("السيد فاروق الشرع",
 * "العماد إميل لحود": Ayaspell lists both words of each): the honorific marks a name, and the name run already
 * ends at verb forms with a pronoun and at prefixed nouns (lexicon/arabic-verbs.ts). Read when it has two or three
 * words, none a function word and none a perfect verb ("الفريق عمل على": the team worked on); a perfect verb
 * that ends the run ends the name before it ("العماد إميل لحود أعرب").
 */
export function rankedName(state: ExtractState, st: SentenceState, words: number[]): boolean {
  const text = (w: number) => st.tokens[w].text;
  while (words.length > 2 && perfectVerb(text(words[words.length - 1]))) words.pop();
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => !FUNCTION_WORDS.has(st.tokens[w].key) && !perfectVerb(text(w)));
}

/**
 * An Arabic name of three words whose last is a perfect verb that no name list holds ("خالد حداد أعرب فيها"): the
 * name ends before the verb, as rankedName ends a name of common words; a name word (a given name, a lexicon name
 * part) is kept. `words` is cut in place.
 */
export function verbAfterName(state: ExtractState, st: SentenceState, words: number[], isName: (i: number) => boolean): void {
  if (state.lang !== "ar") return;
  while (words.length > 2 && !isName(words[words.length - 1]) && perfectVerb(st.tokens[words[words.length - 1]].text)) words.pop();
}

/** Royal styles before a regnal name: "الملك حسين", "الأمير فيصل" (the person is called by style and name). */
const ROYAL = new Set(["الملك", "الملكة", "الأمير", "الأميرة"].map((w) => normalizeKey(w)));

/** The start of a royal style (an honorific cue) ending right before `i`, if one does (Arabic). */
export function royalStyle(state: ExtractState, st: SentenceState, i: number): number | undefined {
  if (state.lang !== "ar") return undefined;
  const c = st.cues.find((x) => x.kind === "honorific" && x.end === i && x.end - x.start === 1 && ROYAL.has(st.tokens[x.start].key));
  return c?.start;
}


