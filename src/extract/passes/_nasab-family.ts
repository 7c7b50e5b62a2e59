// A lexicon name read by its nasab alone ("خالد بن عبدالعزيز", King Khalid) inside a longer name that goes on with a
// family name ("خالد بن عبدالعزيز الفالح", another man): Arab names add the family's nisba after the nasab, so the
// full form is no mention of the lexicon person there (helper of 01-entities).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { normalizeKey } from "../../text/normalize.js";
import { isCommonWord } from "../../lexicon/words.js";


/**
 * Does a lexicon full form (`sp`, a person's) that ends in a nasab (بن + a name) run on into a family name: a
 * definite word right after it (الفالح، الزهراني) that is no title, honorific, modifier, ordinal, function word,
 * relative, day, demonym, nor the start of another lexicon match (`others`)?
 */
export function familyNameAfterNasab(state: ExtractState, st: SentenceState, sp: TokenSpan, others: TokenSpan[]): boolean {
  if (state.lang === "en" || sp.end - sp.start < 3 || !state.lex.words.sets[`nasabShort.${state.lang}`]?.has(st.tokens[sp.end - 2].key)) return false;
  const t = st.tokens[sp.end];
  if (!t || t.punct || !/^ال/.test(t.key) || t.key.length < 4) return false;
  const words = state.lex.words;
  if (words.titleWordsIn[state.lang]?.has(t.key) || words.honorificWords.has(t.key) || words.sets.titleModifier?.has(t.key)) return false;
  // (a regnal ordinal or a word of standing after a name, "تشارلز الثالث", "الراحل": cues.json, no family name)
  if (words.sets.regnalOrdinal.has(t.key) || words.sets.standingAfterName.has(t.key) || state.lex.words.sets.functionWord.has(t.key) || words.sets.relative?.has(t.key)) return false;
  if (calendarLexicon().get(phraseKey(t.text)).length || st.dates.some((d) => t.start >= d.start && t.end <= d.end)) return false;
  if (st.demonyms.some((d) => d.start === sp.end) || others.some((o) => o.start === sp.end)) return false;
  return true;
}

/**
 * Does a lexicon full form of three words or more (`sp`, person `id`'s) come right after a given name that none of
 * the person's own names holds ("Sheikh Meshal Jaber Al-Ahmad Al-Sabah", «مشعل الجابر …»: the son's given name
 * before his father's name)? Then the form is the end of another person's name. A title or honorific before the
 * form, or a word another lexicon match holds, leaves it.
 */
export function givenNameBeforeForm(state: ExtractState, st: SentenceState, sp: TokenSpan & { proclitic?: string }, id: string, others: TokenSpan[]): boolean {
  if (sp.end - sp.start < 3 || sp.start === 0 || sp.proclitic) return false;
  const prev = st.tokens[sp.start - 1];
  const words = state.lex.words;
  if (prev.punct || words.titleWordsIn[state.lang]?.has(prev.key) || words.honorificWords.has(prev.key)) return false;
  if (words.titleWords.has(st.tokens[sp.start].key) || words.honorificWords.has(st.tokens[sp.start].key)) return false;
  // (in Persian and Arabic a given name that is also a dictionary word may be a word of the style: «اعلیحضرت همایون», imperial)
  const given = state.lang === "en" ? /^\p{Lu}/u.test(prev.text) && !!words.givenNames.latin?.has(prev.key) : (!!words.givenNames[state.lang]?.has(prev.key) || words.nameParts.has(prev.key)) && !isCommonWord(prev.text, state.lang);
  if (!given || others.some((o) => o.start <= sp.start - 1 && o.end > sp.start - 1)) return false;
  return !ownNameWords(state, id).has(prev.key);
}

/**
 * Is a one-word short form (`sp`, person `id`'s) the given name of another man, because a nasab follows it whose
 * father's name none of the person's own names holds ("Finance Minister Ali bin Ahmed Al Kuwari" is not Irfaan Ali;
 * "Tamim bin Hamad" stays the emir, whose names hold Hamad)?
 */
export function shortBeforeOtherNasab(state: ExtractState, st: SentenceState, sp: TokenSpan, id: string): boolean {
  if (sp.end - sp.start !== 1 || !state.lex.words.sets.nasabShort.has(st.tokens[sp.end]?.key ?? "")) return false;
  const father = st.tokens[sp.end + 1];
  if (!father || father.punct) return false;
  return !ownNameWords(state, id).has(father.key);
}

/** The normalised words of all of a lexicon person's names, in every script. */
function ownNameWords(state: ExtractState, id: string): Set<string> {
  const p = state.lex.people.get(id.replace(/^person[:/]/, ""));
  return new Set(Object.values(p?.names ?? {}).flat().flatMap((n) => normalizeKey(String(n)).split(/[\s\u200c\-‐]+/)));
}
