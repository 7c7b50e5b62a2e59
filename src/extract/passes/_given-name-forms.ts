// A lexicon full form made of given names only ("محمد یونس": Muhammad Yunus; «محمد عباس») read inside a longer
// Persian name: Afghan and Iranian names string given names before a family name or a takhallus, which is often a
// dictionary word («محمد یونس قانونی», «مولوی محمد یونس خالص», «شیر محمد عباس ستانکزی»). The form there is no mention
// of the lexicon person but the opening of another man's name (a helper of pass 2, 02-titles, which runs it first).
import type { ExtractState, SentenceState } from "../state.js";
import { inCue, respan } from "../state.js";
import { givenName, titleOrHonorific } from "./_name-words.js";
import { normalizeKey } from "../../text/normalize.js";

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
