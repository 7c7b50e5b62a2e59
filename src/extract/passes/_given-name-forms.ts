// A lexicon full form made of given names only ("محمد یونس": Muhammad Yunus; «محمد عباس») read inside a longer
// Persian name: Afghan and Iranian names string given names before a family name or a takhallus, which is often a
// dictionary word («محمد یونس قانونی», «مولوی محمد یونس خالص», «شیر محمد عباس ستانکزی»). The form there is no mention
// of the lexicon person but the opening of another man's name (a helper of pass 2, 02-titles, which runs it first).
import type { ExtractState, SentenceState } from "../state.js";
import { inCue, respan } from "../state.js";
import { givenName, titleOrHonorific } from "./_name-words.js";
import { normalizeKey } from "../../text/normalize.js";
import { personSlug } from "../../ids.js";

/**
 * Each Persian lexicon person mention whose words are all given names, right before one more word that closes the
 * name (a punctuation mark or «نیز» follows it, or the sentence ends), grows
 * over that word and over the given names right before it, and loses its lexicon id: a new name. The word is no
 * word of a cue (a stop word, a speech verb, "also"), no event word, date, title or honorific, demonym or other
 * mention; «محمد یونس گفت»، «محمد یونس روز …»، «محمد یونس رئیس …» keep the lexicon's person.
 */
export function longerNamesOverGivenForms(state: ExtractState): void {
  if (state.lang !== "fa") return;
  for (const st of state.sentences) {
    for (const o of [...st.mentions]) {
      const m = state.mentions[o];
      const sp = st.spans.get(o);
      if (!sp || m.kind !== "person" || m.via !== "lexicon" || !m.lexiconId || m.antecedent !== undefined || sp.end - sp.start < 2) continue;
      let allGiven = true;
      for (let i = sp.start; i < sp.end; i++) if (!givenName(state, st.tokens[i])) allGiven = false;
      if (!allGiven || !familyWord(state, st, sp.end) || !nameEndsBefore(st, sp.end + 1)) continue;
      let start = sp.start;
      while (start > 0 && free(state, st, start - 1) && givenName(state, st.tokens[start - 1])) start--;
      respan(state, st, o, { start, end: sp.end + 1 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
    }
  }
}

/** Years out of office after which a lexicon person's short form, right before a family name, is another man's given name. */
const STALE_YEARS = 20;

/**
 * A Persian short form of a lexicon person who left office long before the article («عبدالناصر», Nasser's, in
 * a paper of 2021) and whom the article does not name in full, right before one more free word (no cue, title, date or
 * mention) that ends the name (a mark, a title or a noun of standing after it), is the given name of another man
 * («عبدالناصر همتی نامزد …»): the mention grows over that word and loses its lexicon id.
 */
export function longerNamesOverStaleShortForms(state: ExtractState): void {
  // (Persian only: Arabic news glues company and brand names to such words, «بامبو إيروايز»)
  if (state.lang !== "fa" || !state.publishedAt) return;
  const cutoff = `${Number(state.publishedAt.slice(0, 4)) - STALE_YEARS}${state.publishedAt.slice(4)}`;
  const inFull = new Set<string>();
  for (const m of state.mentions) if (m.lexiconId && m.kind === "person" && !shortForm(state, m.lexiconId, m.text)) inFull.add(m.lexiconId);
  for (const st of state.sentences) {
    for (const o of [...st.mentions]) {
      const m = state.mentions[o];
      const sp = st.spans.get(o);
      if (!sp || m.kind !== "person" || m.via !== "lexicon" || !m.lexiconId || m.antecedent !== undefined || inFull.has(m.lexiconId)) continue;
      // (every person the words may name is stale and not named in full: «استولتنبرگ» is Thorvald's and Jens's)
      const ids = [m.lexiconId, ...(m.alternatives ?? [])];
      if (!shortForm(state, m.lexiconId, m.text) || ids.some((id) => !stale(state, id, cutoff) || inFull.has(id))) continue;
      // (the name ends after that word, at a mark, a title or a word of standing: another word, «کیم یونگ چول»,
      // «تشوي سون هي», leaves the run to the name readers)
      if (!familyWord(state, st, sp.end) || !(nameEndsBefore(st, sp.end + 1) || standing(state, st, sp.end + 1))) continue;
      respan(state, st, o, { start: sp.start, end: sp.end + 1 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
    }
  }
}

/** A title or honorific word, or a noun of standing (cues.json words descriptor: «نامزد», «الباحث»), at `i`. */
function standing(state: ExtractState, st: SentenceState, i: number): boolean {
  const key = st.tokens[i]?.key ?? "";
  return titleOrHonorific(state, key) || !!state.lex.words.sets[`descriptor.${state.lang}`]?.has(key);
}

function entryOf(state: ExtractState, id: string) {
  return state.lex.people.get(personSlug(id));
}

/** Is `text` one of the person's short forms in the article's language? */
function shortForm(state: ExtractState, id: string, text: string): boolean {
  const short = entryOf(state, id)?.short?.[state.lang as "fa" | "ar"] ?? [];
  return short.some((f) => normalizeKey(f) === normalizeKey(text));
}

/** Every office of the person ended before `cutoff` (a person with no office, or one still held, is not stale). */
function stale(state: ExtractState, id: string, cutoff: string): boolean {
  const offices = entryOf(state, id)?.offices ?? [];
  return offices.length > 0 && offices.every((o) => !!o.to && o.to < cutoff);
}

/** A word no reading holds yet: no mention, cue, event word, date, title or honorific. */
function free(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok || tok.punct || /\d/.test(tok.key) || !/[\u0600-\u06FF]/.test(tok.text) || st.owner[i] >= 0) return false;
  if (inCue(st, i) || st.triggers.some((t) => t.start <= i && i < t.end) || st.modality.some((t) => t.start <= i && i < t.end)) return false;
  if (st.dates.some((d) => tok.start >= d.start && tok.end <= d.end)) return false;
  return !titleOrHonorific(state, tok.key);
}

/** The family name's word: free, three letters or more, no country adjective. */
function familyWord(state: ExtractState, st: SentenceState, i: number): boolean {
  return free(state, st, i) && st.tokens[i].key.length >= 3 && !st.demonyms.some((d) => d.start <= i && i < d.end);
}

/**
 * Does the name end before `i`: the sentence ends, a punctuation mark follows, or «نیز» (also)? Not a stop word or a
 * verb: Persian puts the object right after its subject ("فؤاد حسین سند را امضا کرد", the document), so a word
 * before «را», a preposition or a light verb is the clause's, not the name's.
 */
function nameEndsBefore(st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  return !tok || tok.punct || ALSO.has(tok.key);
}

const ALSO = new Set(["نیز"].map((w) => normalizeKey(w)));
