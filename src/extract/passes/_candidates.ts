// Lexicon readings that yield before pass 1 resolves overlaps (a helper of 01-entities): a place name that is a
// common word out of a place context, a person's ambiguous short form on a place's words, an acronym in capitals
// read as a surname, common words glued into a one-word name, a one-word organisation that ends a person's name, a
// person's style followed by another country.
import type { SentenceState, TokenSpan, ExtractState } from "../state.js";
import type { PersonHit, PlaceHit, OrgHit } from "../../lexicon/index.js";
import { isCommonWord } from "../../lexicon/words.js";
import { normalizeKey } from "../../text/normalize.js";
import { placeSlug } from "../../ids.js";
import { gluedCommonWords, hyphenCompoundTail } from "./_glued-names.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";

export type Candidate =
  | (TokenSpan & { kind: "person"; hit: PersonHit; proclitic?: string })
  | (TokenSpan & { kind: "place"; hit: PlaceHit; proclitic?: string; options?: string[] })
  | (TokenSpan & { kind: "organization"; hit: OrgHit; proclitic?: string });

/** Every letter of the matched words is a capital. */
export function upper(st: SentenceState, sp: TokenSpan): boolean {
  const text = st.tokens.slice(sp.start, sp.end).map((t) => t.text).join("");
  return text === text.toUpperCase() && /[A-Z]/.test(text);
}

/** The fewest letters of an acronym read in the British case ("Nato", "Opec", "Asean", "Unesco"). */
const TITLE_CASE_ACRONYM = 4;

/**
 * An intergovernmental body's acronym written, as British and Nordic English papers write it, with one capital
 * ("Nato", "Unesco"): one English word of at least four letters, a capital and then lower case, that no dictionary
 * lists (not a medium's or a party's acronym, which a given name may spell: "Sana", "Irna").
 */
export function titleCaseAcronym(state: ExtractState, st: SentenceState, sp: TokenSpan, kind: string | undefined): boolean {
  if (state.lang !== "en" || kind !== "international" || sp.end - sp.start !== 1) return false;
  const w = st.tokens[sp.start].text;
  return w.length >= TITLE_CASE_ACRONYM && /^[A-Z][a-z]+$/.test(w) && !isCommonWord(w.toLowerCase(), "en");
}

/**
 * A place name that is also a common word or a name of the language (cues.json placePreposition's note:
 * مالی, دوشنبه, صور) and names no other place: the place only after a preposition of place, with the
 * proclitic ب or ل, or next to another place in a list ("ایران و مالی").
 */
export function homographOutOfPlace(state: ExtractState, st: SentenceState, c: Candidate, cands: Candidate[]): boolean {
  if (c.kind !== "place" || !(c.hit.ambiguous || foreignFormIsWord(state, st, c)) || (c.options?.length ?? 1) > 1) return false;
  const key = (i: number) => st.tokens[i]?.key ?? "";
  if (state.lex.words.sets.placePreposition.has(key(c.start - 1)) || /^(ب|ل|بال|لل)$/.test(c.proclitic ?? "")) return false;
  const and = (i: number) => /^(و|and|،|,)$/.test(key(i)) || st.tokens[i]?.text === "،" || st.tokens[i]?.text === ",";
  const placeAt = (i: number) => cands.some((o) => o !== c && o.kind === "place" && !o.hit.ambiguous && (o.start === i || o.end === i + 1));
  // "مالي وبوركينا فاسو": the next place with "and" as its proclitic
  const andPlaceAfter = cands.some((o) => o !== c && o.kind === "place" && !o.hit.ambiguous && o.start === c.end && /^و/.test(o.proclitic ?? ""));
  return !((and(c.start - 1) && placeAt(c.start - 2)) || (and(c.end) && placeAt(c.end + 1)) || andPlaceAfter);
}

/**
 * A one-word place name read through the spelling of another language that is a common word of the text's
 * language ("كريمة", generous, in Arabic, is the Persian spelling of Crimea, which Arabic calls القرم): a
 * homograph, the place only in a place context. A place with no names in the text's language is left alone.
 */
function foreignFormIsWord(state: ExtractState, st: SentenceState, c: Candidate & { kind: "place" }): boolean {
  if (state.lang === "en" || c.end - c.start !== 1) return false;
  const own = state.lex.places.get(placeSlug(c.hit.id))?.names?.[state.lang];
  if (!own?.length) return false;
  const word = st.tokens[c.start].text.slice(c.proclitic?.length ?? 0);
  const key = normalizeKey(word);
  return !own.some((n) => normalizeKey(n) === key) && isCommonWord(word, state.lang);
}

/**
 * An ambiguous short form of a person the article never names in full, on the very words of a place name the
 * lexicon holds unambiguously ("سوتشي": Sochi, and a short form of Suu Kyi): the place.
 */
export function weakShortOverPlace(c: Candidate, cands: Candidate[], namedInFull: Set<string>): boolean {
  if (c.kind !== "person" || c.hit.form !== "short" || !c.hit.ambiguous || namedInFull.has(c.hit.id)) return false;
  return cands.some((o) => o.kind === "place" && !o.hit.ambiguous && o.start === c.start && o.end === c.end);
}

/** "CELAC", "SADC": a word in capitals that is an organisation's acronym is not a person's one-word short form. */
export const acronymOverSurname = (st: SentenceState, c: Candidate, all: Candidate[]) =>
  c.kind === "person" && c.hit.form === "short" && c.end - c.start === 1 && st.tokens[c.start].text.length > 1 && upper(st, c) &&
  all.some((o) => o.kind === "organization" && o.start === c.start && o.end === c.end && o.hit.acronym);

/** "وكان ولي العهد": common words glued into a person's one-word name; "the Aiwan-i-Sadr": a compound's last part (_glued-names). */
export const gluedPerson = (state: ExtractState, st: SentenceState, c: Candidate) =>
  c.kind === "person" && (gluedCommonWords(state, st, c, c.hit.id, c.proclitic) || (c.hit.form !== "full" && hyphenCompoundTail(state, st, c)));

/**
 * A one-word organisation name that is a common word, right after a name word (a lexicon name part or a given
 * name), is that name's last word ("محمد یوسف وفا" is no news agency WAFA).
 */
export function surnameNotBody(state: ExtractState, st: SentenceState, c: Candidate): boolean {
  if (c.kind !== "organization" || c.proclitic || c.end - c.start !== 1 || state.lang === "en" || c.start === 0) return false;
  const [prev, tok] = [st.tokens[c.start - 1], st.tokens[c.start]];
  const nameWord = state.lex.words.nameParts.has(prev.key) || !!state.lex.words.givenNames[state.lang]?.has(prev.key);
  return nameWord && isCommonWord(tok.text, state.lang);
}

/**
 * A lexicon aka, a style that names one person («رهبر انقلاب», the Leader of Iran), followed at once by the name or
 * adjective of a country none of that person's offices is of («رهبر انقلاب لیبی», «رهبر انقلاب کوبا») is the style of
 * that other country's ruler, no name of the lexicon's person.
 */
export function akaOfAnotherCountry(state: ExtractState, c: Candidate, cands: Candidate[], demonyms: Array<TokenSpan & { place: string }>): boolean {
  if (c.kind !== "person" || !c.hit.aka) return false;
  const own = new Set((state.lex.people.get(c.hit.id.replace(/^person[:/]/, ""))?.offices ?? []).map((o) => o.country).filter(Boolean) as string[]);
  const after = [
    ...cands.filter((o) => o.kind === "place" && o.start === c.end && state.lex.places.get(placeSlug(o.hit.id))?.kind === "country").map((o) => placeSlug(o.hit.id)),
    ...demonyms.filter((d) => d.start === c.end).map((d) => placeSlug(d.place)),
  ];
  return after.length > 0 && after.every((country) => !own.has(country));
}

/**
 * A reading through a proclitic of the word right after an Arabic noun of a place in the construct state («مدينة»,
 * «بمدينة», «ولاية» …, cues.json placeNoun): the noun takes the place's name right after it, and no conjunction or
 * preposition stands between them, so «بمدينة فارنا» is the town Varna, not «ف» + «ارنا» (IRNA).
 */
export function cliticAfterPlaceNoun(state: ExtractState, st: SentenceState, c: Candidate): boolean {
  if (state.lang !== "ar" || !c.proclitic) return false;
  // (nor does a conjunction open a dateline: «فارنا/ الأناضول» is the town before the agency's mark)
  if (c.start === 0 && st === state.sentences[0]) return st.tokens.slice(1, 3).some((t) => /^[-–—(/]$/.test(t.text));
  if (c.start === 0) return false;
  const nouns = state.lex.words.sets["placeNoun.ar"];
  const key = st.tokens[c.start - 1].key;
  return !!nouns && (nouns.has(key) || (/^[وبل]/.test(key) && nouns.has(key.slice(1))));
}

/**
 * A one-word short form with the Arabic article right before a country adjective is a noun and its adjective
 * («الضيف الصيني», the Chinese guest), not the person the word also names (Mohammed Deif's «الضيف»): a name
 * takes no adjective of nationality in agreement.
 */
export function definiteShortBeforeDemonym(state: ExtractState, st: SentenceState, c: Candidate): boolean {
  if (state.lang !== "ar" || c.kind !== "person" || c.hit.form !== "short" || c.end - c.start !== 1) return false;
  const key = c.proclitic ? st.tokens[c.start].key.slice(c.proclitic.length) : st.tokens[c.start].key;
  return key.startsWith("ال") && st.demonyms.some((d) => d.start === c.end);
}

/**
 * A person's one-word short form that is the epithet of a named month (calendar.json: a month noun, the word, a month
 * name; or a month noun, a month name, the word): «ماه مبارک رمضان», «شهر رمضان المبارك», "the month of Ramadan
 * Mubarak" — «مبارک» is blessed there, no Hosni Mubarak.
 */
export function monthEpithet(st: SentenceState, c: Candidate): boolean {
  if (c.kind !== "person" || c.hit.form !== "short" || c.end - c.start !== 1) return false;
  const cal = calendarLexicon();
  const is = (i: number, type: string) => !!st.tokens[i] && cal.get(phraseKey(st.tokens[i].text)).some((e) => e.type === type);
  return (is(c.start - 1, "monthword") && is(c.end, "month")) || (is(c.start - 1, "month") && is(c.start - 2, "monthword"));
}
