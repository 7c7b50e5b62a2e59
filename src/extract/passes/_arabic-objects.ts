// The Arabic words that open the object of a verb after the name of its subject or its other side, and so end a
// name no lexicon knows: "بحث مع السفير خوسيه غارسيا آفاق التعاون" (the prospects of cooperation), "وقع X اتفاقا"
// (an agreement, in the accusative). A helper of _names (the name-word reading of pass 2), not a pass.
import type { ExtractState } from "../state.js";

/** Fathatan (ً), the accusative ending of an indefinite noun, written on its alef or the letter before it. */
const TANWIN = /[\u064B]/;

/**
 * Is the Arabic token a word that opens an object and never a name: a noun that heads what talks are about or an
 * indefinite object of a reporting verb (cues.json talksObject: آفاق، سبل، العلاقات، اتفاقا، اتصالا، بيانا …; topicNoun:
 * الأوضاع، التطورات …), with or without "and", or any noun written with the accusative fathatan (اتفاقاً), unless the
 * lexicon or a given-names list has the word as a name.
 */
export function objectWord(state: ExtractState, tok: { text: string; key: string }): boolean {
  const sets = state.lex.words.sets;
  const head = (k: string) => !!sets["talksObject.ar"]?.has(k) || !!sets["topicNoun.ar"]?.has(k);
  if (head(tok.key) || (tok.key.startsWith("و") && head(tok.key.slice(1)))) return !nameWord(state, tok.key);
  return TANWIN.test(tok.text);
}

function nameWord(state: ExtractState, key: string): boolean {
  return state.lex.words.nameParts.has(key) || !!state.lex.words.givenNames.ar?.has(key) || state.lex.words.givenNameHomographs.ar?.has(key) === true;
}
