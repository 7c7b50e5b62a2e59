// A surname alone after the title of a head of state or government or a minister (offices.json rank SURNAME_RANK or
// higher): "President Kowalczyk", "Prime Minister Ross", «نخست‌وزیر کلینتون». Reports of other regions and decades
// often name such a person by title and surname only, never with a given name. A helper of pass 2 (02-titles).
import { SURNAME_RANK } from "../../model.js";
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { addMention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf, givenName, nameLike, titleOrHonorific } from "./_name-words.js";
import { officesOn, type Lexicon } from "../../lexicon/index.js";
import type { PersonEntry } from "../../lexicon/types.js";
import { lexPersonId } from "../../ids.js";
import { prepositionWithPronoun } from "../../lexicon/arabic-verbs.js";

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
  const holder = tok && st.owner[from] < 0 ? commonWordHolder(state, t, st, from) : undefined;
  if (holder) return addMention(state, st, { start: from, end: from + 1 }, { kind: "person", lexiconId: holder, via: "title", confidence: 0.8 });
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
    // (a word before a preposition with a pronoun is the clause's verb: «…، جرى خلاله استعراض», during which was reviewed)
    if (state.lang === "ar" && next && prepositionWithPronoun(next.text)) return undefined;
  }
  return addMention(state, st, { start: from, end: from + 1 }, { kind: "person", via: "title", confidence: 0.6 });
}

/** The lexicon people by each one-word short form (normalised), built once per lexicon. */
const shortCache = new WeakMap<Lexicon, Map<string, PersonEntry[]>>();
function byShortForm(lex: Lexicon): Map<string, PersonEntry[]> {
  let map = shortCache.get(lex);
  if (map) return map;
  map = new Map();
  for (const p of lex.people.values()) {
    for (const n of new Set((p.short?.en ?? []).map((x) => normalizeKey(x)))) if (!n.includes(" ")) map.set(n, [...(map.get(n) ?? []), p]);
  }
  shortCache.set(lex, map);
  return map;
}

/**
 * English: a capitalised word after the title that is also a common word ("President Bush", "Prime Minister Major":
 * the lexicon's short forms Bush and Major, which pass 1 never reads alone) and that no capitalised word follows, is
 * the one lexicon person with that short form who held the title's office (of its country, when it names one) on
 * the paper's day.
 */
function commonWordHolder(state: ExtractState, t: TitleRef, st: SentenceState, from: number): string | undefined {
  const tok = st.tokens[from];
  if (state.lang !== "en" || !state.publishedAt || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || /^\p{Lu}/u.test(st.tokens[from + 1]?.text ?? "")) return undefined;
  const country = t.country?.replace(/^place\//, "");
  const held = (byShortForm(state.lex).get(tok.key) ?? []).filter((p) => officesOn(p, state.publishedAt!).some((o) => o.office === t.office && (!country || o.country === country)));
  return held.length === 1 ? lexPersonId(held[0].id) : undefined;
}

/**
 * English: one capitalised word after an honorific ("Mr. Ford", "Mrs. Meir", "Mr Mugabe"), that no capitalised word
 * follows and that no pass read, is the surname of the person the article named before with a name ending in it
 * ("President Ford", "Gerald Ford"): a mention of that person's lexicon entry. Pass 1
 * reads no short form that is a common word, and a strict honorific slot no name of one word. Not when two people
 * named before share the word.
 */
export function surnameAfterHonorific(state: ExtractState, st: SentenceState, from: number): number | undefined {
  const tok = st.tokens[from];
  if (state.lang !== "en" || !tok || st.owner[from] >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || /^\p{Lu}/u.test(st.tokens[from + 1]?.text ?? "")) return undefined;
  const before = state.mentions.filter((m) => m.kind === "person" && m.confidence > 0 && m.antecedent === undefined && (m.sentenceIndex < st.s.index || (m.sentenceIndex === st.s.index && m.end <= tok.start)));
  const named = before.filter((m) => normalizeKey(m.text).split(/[\s-]+/).pop() === tok.key);
  const who = new Set(named.map((m) => m.lexiconId ?? normalizeKey(m.text)));
  if (who.size !== 1) return undefined;
  const m = named[named.length - 1];
  // (a new name's surname, "Ms Haarsma" after "the envoy Marieke Haarsma", is read by the title pass's echoes)
  if (!m.lexiconId) return undefined;
  return addMention(state, st, { start: from, end: from + 1 }, { kind: "person", lexiconId: m.lexiconId, via: "title", confidence: 0.8 });
}
