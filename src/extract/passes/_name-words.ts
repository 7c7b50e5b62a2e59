// The name-word predicates of one token (lexicon/words.ts's model with the given-names lists and the passes' word
// lists): is a word a given name, a title's or honorific's word, a word no name goes on past, name-like at all? Shared
// by _names.ts (which reads whole names with them) and the passes; not a pass itself.
import type { ExtractState, SentenceState } from "../state.js";
import { inCue } from "../state.js";
import { isCommonWord, wordClass, type WordClass } from "../../lexicon/words.js";
import { endsArabicName, prepositionWithPronoun } from "../../lexicon/arabic-verbs.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { compoundGivenName, glued, initialDot, inWordApostrophe } from "./_name-tokens.js";

/**
 * An Arabic word no name goes on past (lexicon/arabic-verbs.ts), unless it is a name word; a preposition with a
 * pronoun ends a name even when a given-names list holds the same letters ("يقوم بها": بها, also Baha), unless
 * the people lexicon has it as a name part.
 */
export function endsName(state: ExtractState, tok: { text: string; key: string }): boolean {
  if (prepositionWithPronoun(tok.text)) return !state.lex.words.nameParts.has(tok.key);
  return classOf(state, tok) !== "name" && endsArabicName(tok.text);
}

/** Calendar words (lexicon calendar.json) that name a day: today, yesterday, a weekday, a day word. */
const DAY_TYPES = new Set(["rel", "weekday", "dayword"]);

/** Is token `i` a part of the day (calendar.json dayParts: مساء، صباح، صبح، عصر) right before a day or a date? */
export function dayPartBeforeDay(st: SentenceState, i: number): boolean {
  const cal = calendarLexicon();
  const next = st.tokens[i + 1];
  if (!next || !cal.get(phraseKey(st.tokens[i].text)).some((e) => e.type === "daypart")) return false;
  return st.dates.some((d) => d.start === next.start) || cal.get(phraseKey(next.text)).some((e) => DAY_TYPES.has(e.type));
}

/** Is the word (a normalised key) a word of an office title or an honorific of the language ("Secretary", "Mr", "السيد")? */
export function titleOrHonorific(state: ExtractState, key: string): boolean {
  return !!state.lex.words.titleWordsIn[state.lang]?.has(key) || state.lex.words.honorificWords.has(key);
}

/** Is the word a given name of the given-names lists (lexicon given-names.json)? */
export function givenName(state: ExtractState, tok: { key: string }): boolean {
  const names = state.lex.words.givenNames[state.lang];
  return !!names && (names.has(tok.key) || (state.lang === "fa" && compoundGivenName(names, tok.key)));
}

/**
 * The name-word class of a token (lexicon/words.ts), where a given name of the given-names lists (lexicon
 * given-names.json) is a name word though the spelling dictionary knows it (نزار، ليلى، فيرا).
 */
export function classOf(state: ExtractState, tok: { text: string; key: string }): WordClass {
  if (givenName(state, tok) || yehGivenName(state, tok)) return "name";
  return wordClass(tok.text, tok.key, state.lang, state.lex.words.nameParts);
}

/**
 * An Arabic given name written with a final yeh (ي) whose key, which folds alef maqsura (ى) into yeh, is also a
 * stop word's: "علي" (Ali), not the preposition "على". News Arabic keeps the two letters apart.
 */
export function yehGivenName(state: ExtractState, tok: { text: string; key: string }): boolean {
  return state.lang === "ar" && tok.text.endsWith("\u064A") && !!state.lex.words.givenNameHomographs.ar?.has(tok.key);
}


/** A word written in Arabic script (Arabic or Persian letters only). */
const ARABIC_WORD = /^[\u0600-\u06FF\u200C]+$/;

/**
 * An initial written without its dot, as South Asian and British papers write names ("Foreign Secretary M Shahidul
 * Haque", "S Jaishankar"): a capital letter alone (not the article "A" nor "I") that does not open the sentence,
 * with a space and a capitalised word after it.
 */
function bareInitial(st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  const next = st.tokens[i + 1];
  return i > 0 && /^[B-HJ-Z]$/.test(tok.text) && !!next && next.start > tok.end && /^\p{Lu}\p{Ll}/u.test(next.text);
}

export function nameLike(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok || /\d/.test(tok.key)) return false;
  // a hyphen inside a name: "Al-Sabah", and a written-together syllable "Ka-chiu"
  // (in Arabic script, a hyphen glued between two words of the script: a double-barrelled surname, "ملامبو-نغكوكا")
  if (tok.punct && state.lang !== "en") return tok.text === "-" && glued(st, i) && ARABIC_WORD.test(st.tokens[i - 1].text) && ARABIC_WORD.test(st.tokens[i + 1].text);
  if (tok.punct) return (tok.text === "-" && (/^\p{Lu}/u.test(st.tokens[i + 1]?.text ?? "") || glued(st, i))) || inWordApostrophe(st, i) || initialDot(st, i);
  if (inWordApostrophe(st, i - 1)) return st.owner[i] < 0; // the syllable after it ("a" in "Ng'ang'a") is no stop word
  if (state.lang === "en" && initialDot(st, i + 1)) return st.owner[i] < 0; // an initial: "K.R. Narayanan", "P. Chidambaram"
  if (state.lang === "en" && bareInitial(st, i)) return st.owner[i] < 0; // without its dot: "M Shahidul Haque", "S Jaishankar"
  if (tok.key.length < 2 && !inWordApostrophe(st, i + 1)) return false;
  // (a word of the "common" cues that is a given name is a name word here: "President Bill Clinton"; so is an
  // Arabic given name written with a final yeh where the stop word has alef maqsura: "علي", not "على")
  if (st.owner[i] >= 0 || (!yehGivenName(state, tok) && inCue(st, i, (c) => c.kind !== "common" || !givenName(state, tok)))) return false;
  // (the lower-case syllable after a glued hyphen: "Ji-won", "Min-soo")
  if (state.lang === "en") return /^\p{Lu}/u.test(tok.text) || state.lex.words.sets["nameParticle.en"].has(tok.key) || inWordApostrophe(st, i - 1) || (st.tokens[i - 1]?.text === "-" && glued(st, i - 1));
  // an adverb of the clause ("ووقع الاتفاق أيضاً X": also) is no word of a name (cues.json words adverb)
  if (state.lex.words.sets[`adverb.${state.lang}`]?.has(tok.key)) return false;
  return /[\u0600-\u06FF]/.test(tok.text);
}

/** An Arabic definite word on a name word (الفالح: al + Falih), a family name after a given name. */
export function definiteNameWord(state: ExtractState, tok: { key: string }): boolean {
  const stem = tok.key.replace(/^ال/, "");
  return stem !== tok.key && (state.lex.words.nameParts.has(stem) || givenName(state, { key: stem }));
}

/** An Arabic given name with the conjunction و glued to it ("ومحمد"), not a given name that starts with و itself (وليد). */
export function andGivenName(state: ExtractState, tok: { text: string; key: string }): boolean {
  return /^و/.test(tok.key) && tok.key.length > 3 && !givenName(state, tok) && givenName(state, { key: tok.key.slice(1) }) && /^و/.test(tok.text);
}

/**
 * Persian: do the words of a run, all common words, end in a past participle right before a verb auxiliary (cues.json
 * verbAuxiliary: بود، است، اند …)? Then they are a compound verb («ضیافتی که رئیس‌جمهوری سوریه ترتیب داده بود»: the
 * title's holder is not named there), no name. A participle ends in «ده» or «ته»; a surname in «زاده» is no participle.
 */
export function compoundVerbRun(state: ExtractState, st: SentenceState, words: number[]): boolean {
  if (state.lang !== "fa" || !words.length) return false;
  const last = st.tokens[words[words.length - 1]];
  const aux = state.lex.words.sets["verbAuxiliary.fa"];
  if (!aux?.has(st.tokens[words[words.length - 1] + 1]?.key ?? "")) return false;
  if (!/(ده|ته)$/.test(last.text) || /زاده$/.test(last.text)) return false;
  return words.every((w) => isCommonWord(st.tokens[w].text, "fa"));
}
