// A lexicon name read across a space between common words (a helper of 01-entities). The phrase matcher lets a
// name cross a lost or added space (text/matcher.ts: "محمدجواد" = "محمد جواد"), so "وكان ولي العهد" (and the crown
// prince was) reads "كان ولي" as the short form کانولی (Connolly). A person matched over several words that are
// each a word of the language's dictionary (a Persian name part, ولی, does not make an Arabic word a name), where
// none of the person's names is written with those spaces, is no mention.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { normalizeKey } from "../../text/normalize.js";
import { personSlug } from "../../ids.js";
import { articledVariants } from "../../lexicon/name-forms.js";

/** Is the person match over `sp` only common words glued into a name that is written as one word? */
export function gluedCommonWords(state: ExtractState, st: SentenceState, sp: TokenSpan, personId: string, proclitic?: string): boolean {
  if (state.lang === "en" || sp.end - sp.start < 2) return false;
  for (let i = sp.start; i < sp.end; i++) {
    const tok = st.tokens[i];
    if (tok.punct || !isCommonWord(tok.text, state.lang)) return false;
  }
  const entry = state.lex.people.get(personSlug(personId));
  if (!entry) return false;
  const words = st.tokens.slice(sp.start, sp.end).map((t) => t.key);
  if (proclitic && words[0].startsWith(proclitic)) words[0] = words[0].slice(proclitic.length);
  const written = words.join(" ");
  // the forms the lexicon adds to a written one ("الملك الحسين" of "الملك حسين") are written with those spaces too
  const forms = [entry.names, entry.short ?? {}, entry.aka ?? {}].flatMap((n) => Object.values(n).flat()).flatMap((f) => articledVariants(f));
  return !forms.some((f) => normalizeKey(f) === written);
}

/**
 * English: a person's short form that is the last part of a hyphenated compound ("the Aiwan-i-Sadr", the President's
 * House, is no Sadr; "Bagh-e-Jinnah"): the word right after a hyphen glued to a word that is no name particle (as
 * "al-" of "al-Sadr" is) is a syllable of another name, not that person.
 */
export function hyphenCompoundTail(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  if (state.lang !== "en") return false;
  const [h, a, b] = [st.tokens[sp.start - 1], st.tokens[sp.start - 2], st.tokens[sp.start]];
  if (!h || !a || h.text !== "-" || a.punct || a.end !== h.start || h.end !== b.start) return false;
  return !state.lex.words.sets["nameParticle.en"]?.has(a.key);
}
