// A surname alone after the title of a head of state or government or a minister (offices.json rank SURNAME_RANK or
// higher): "President Kowalczyk", "Prime Minister Ross", «نخست‌وزیر کلینتون». Reports of other regions and decades
// often name such a person by title and surname only, never with a given name. A helper of pass 2 (02-titles).
import { SURNAME_RANK } from "../../model.js";
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { addMention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf, givenName, nameLike, titleOrHonorific } from "./_name-words.js";

/** Is this one-word mention given an office of rank SURNAME_RANK or higher by a title beside it? */
export function titledSurname(state: ExtractState, person: number): boolean {
  return state.roles.some((r) => r.person === person && (state.lex.offices.get(r.office)?.rank ?? 9) <= SURNAME_RANK);
}

/** Is the word a word of a lexicon person's name as the article writes it? */
function namedWord(state: ExtractState, key: string): boolean {
  return state.mentions.some((m) => m.kind === "person" && !!m.lexiconId && m.confidence > 0 && normalizeKey(m.text).split(" ").includes(key));
}

const HEADS = ["facilityHead", "venueHead", "orgHead", "mediaHead"];

/**
 * The one word right after such a title, where `_names.newNameAfter` read none because a given-names list or the
 * people lexicon holds the word (Ross, Carter, Reagan are also given names; Kohl a part of a known name): in English
 * a capitalised word that no capitalised word follows (no longer name the slot refused), no title word, head noun or
 * date; in Persian and Arabic a word of a lexicon name that is no given name, before a common word or a punctuation mark.
 */
export function surnameAfterTitle(state: ExtractState, st: SentenceState, t: TitleRef, from: number): number | undefined {
  if ((state.lex.offices.get(t.office)?.rank ?? 9) > SURNAME_RANK) return undefined;
  const tok = st.tokens[from];
  if (!tok || st.owner[from] >= 0 || tok.key.length < 3 || !nameLike(state, st, from) || classOf(state, tok) !== "name") return undefined;
  // (a word of a lexicon person the article names is that person's: "شاهزاده نایف" after "نایف بن عبدالعزیز")
  if (namedWord(state, tok.key)) return undefined;
  if (titleOrHonorific(state, tok.key) || st.dates.some((d) => tok.start >= d.start && tok.start < d.end)) return undefined;
  const next = st.tokens[from + 1];
  if (state.lang === "en") {
    if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || (next && /^\p{Lu}/u.test(next.text))) return undefined;
    if (HEADS.some((h) => state.lex.words.sets[`${h}.en`]?.has(tok.key))) return undefined;
  } else {
    if (givenName(state, tok) || !state.lex.words.nameParts.has(tok.key)) return undefined;
    if (next && !next.punct && st.owner[from + 1] < 0 && classOf(state, next) !== "common") return undefined;
  }
  return addMention(state, st, { start: from, end: from + 1 }, { kind: "person", via: "title", confidence: 0.6 });
}
