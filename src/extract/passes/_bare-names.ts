// English names no lexicon knows and no title introduces: "Peru's Alberto Fujimori", "Lech Walesa met …",
// "Tadeusz Mazowiecki, a Roman Catholic editor, …". A capitalised given name of the given-names list `latin`
// (every faker locale that writes Latin letters, and the most common of names-dataset's 105 countries:
// given-names.json; also without their accents) followed by one to three capitalised words
// (name particles between: "José Eduardo dos Santos") is a person when nothing else reads those words and the last
// of them is no English dictionary word ("Victoria Falls", "Jordan Valley" are not) nor the head of an
// organisation's name ("Morgan Stanley Bank"); not a word that starts many place names ("San Borja", "Saint
// Kitts"), nor a religion's adjective ("Roman Catholic": cues.json words religion), nor a saint's name after "St." ("St. Vladimir
// Hall"). A helper of pass 2 (02-titles), after the title and descriptor
// slots, so that a name read there is read once.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, unmention } from "../state.js";
import { glued } from "./_name-tokens.js";
import { personSlug } from "../../ids.js";
import { isCommonWord } from "../../lexicon/words.js";
import { foldLatin, normalizeKey } from "../../text/normalize.js";

/** Capitalised words after the given name, at most. */
const MAX_AFTER = 3;
/** A name word: a capital, then lower-case letters, with hyphens and apostrophes inside (Dae-jung, O'Neill). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)*$/u;

/** "St. Vladimir Hall", "Saint Peter's Square": a given name after a saint's word (cues.json saint) names a church, hall or place. */
const afterSaint = (state: ExtractState, st: SentenceState, i: number) => state.lex.words.sets.saint.has(st.tokens[st.tokens[i - 1]?.text === "." ? i - 2 : i - 1]?.key ?? "");

/** Place names a word must start this many of to be a place's first word, not a given name (San, Santa, Saint, São). */
const PLACE_PREFIX = 20;
const prefixes = new WeakMap<object, Set<string>>();

/** The first words of the English names of places that start many of them ("San", "Saint", "Ciudad", "New"). */
function placePrefixes(state: ExtractState): Set<string> {
  let out = prefixes.get(state.lex);
  if (out) return out;
  const counts = new Map<string, number>();
  for (const p of state.lex.places.values()) {
    for (const n of new Set([p.name, ...(p.names.en ?? [])])) {
      const words = n.split(/\s+/);
      if (words.length >= 2) counts.set(normalizeKey(words[0]), (counts.get(normalizeKey(words[0])) ?? 0) + 1);
    }
  }
  out = new Set([...counts].filter(([, n]) => n >= PLACE_PREFIX).map(([w]) => w));
  prefixes.set(state.lex, out);
  return out;
}

/** Tokens a name word glued by a hyphen to the syllable after it takes ("Joon-pyo": three tokens), else 1. */
function wordLength(st: SentenceState, j: number): number {
  return st.tokens[j + 1]?.text === "-" && glued(st, j + 1) && /^\p{L}+$/u.test(st.tokens[j + 2]?.text ?? "") ? 3 : 1;
}

/**
 * A romanised East Asian given name written as two syllables joined by a hyphen, the second in lower case
 * ("Wing-kee", "Do-woon", "Chi-chang"), at `j`: a capital syllable, a glued hyphen and a lower-case syllable of at
 * most six letters that is no English word ("Anti-war" is none).
 */
function hyphenatedGivenName(st: SentenceState, j: number): boolean {
  const [a, h, b] = [st.tokens[j], st.tokens[j + 1], st.tokens[j + 2]];
  return !!a && !!b && /^\p{Lu}\p{Ll}{0,5}$/u.test(a.text) && h?.text === "-" && glued(st, j + 1) && /^\p{Ll}{1,6}$/u.test(b.text) && !(isCommonWord(a.text.toLowerCase(), "en") && isCommonWord(b.text, "en"));
}

/**
 * A family name before a hyphenated given name ("Lam Wing-kee", "Lee Do-woon", "Yoon Young-chan"): one capitalised
 * word no one reads, or one another person's short form (a lexicon surname: "Lee" of Lee Jae-myung, "Yoon" of Yoon
 * Suk Yeol), given up when the full name is none of that person's. The family name may be a dictionary word ("Lam").
 */
function familyBeforeGivenName(state: ExtractState, st: SentenceState, i: number): void {
  const t = st.tokens[i];
  if (t.punct || inCue(st, i) || !/^\p{Lu}\p{Ll}{0,5}$/u.test(t.text) || !hyphenatedGivenName(st, i + 1)) return;
  // the words may be read as short forms of lexicon people (the family name strong or weak, a syllable only weak:
  // "Ji", a Chinese surname), never as a name of several words or anything but a person
  const owners = new Set([i, i + 1, i + 3].map((k) => st.owner[k]).filter((o) => o >= 0));
  const written = normalizeKey(`${t.text} ${st.tokens[i + 1].text} ${st.tokens[i + 3].text}`);
  for (const o of owners) {
    const m = state.mentions[o];
    const sp = st.spans.get(o)!;
    if (m.kind !== "person" || !m.lexiconId || sp.start < i || sp.end > i + 4 || sp.end - sp.start > 1 || (sp.start > i && m.confidence >= 0.9)) return;
    const entry = state.lex.people.get(personSlug(m.lexiconId));
    if (entry && [entry.name, ...Object.values(entry.names).flat()].some((n) => normalizeKey(n.replace(/-/g, " ")) === written)) return;
  }
  for (const o of owners) unmention(state, st, o);
  addMention(state, st, { start: i, end: i + 4 }, { kind: "person", via: "title", confidence: 0.55 });
}

export function bareNames(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  for (let i = 0; i + 3 < st.tokens.length; i++) familyBeforeGivenName(state, st, i);
  const given = state.lex.words.givenNames.latin;
  const sets = state.lex.words.sets;
  const free = (i: number) => i < st.tokens.length && st.owner[i] < 0 && !st.tokens[i].punct && !inCue(st, i);
  for (let i = 0; i < st.tokens.length; i++) {
    const t = st.tokens[i];
    if (!free(i) || !NAME_WORD.test(t.text) || !(given?.has(t.key) || given?.has(foldLatin(t.key))) || placePrefixes(state).has(t.key) || afterSaint(state, st, i)) continue;
    let last = -1;
    let words = 0;
    for (let j = i + 1; j < st.tokens.length && words < MAX_AFTER; j++) {
      const w = st.tokens[j];
      if (free(j) && NAME_WORD.test(w.text)) {
        // (a syllable glued by a hyphen is the same word: "Hong Joon-pyo")
        const len = free(j + 2) ? wordLength(st, j) : 1;
        last = j + len - 1;
        j = last;
        words++;
        continue;
      }
      // "José Eduardo dos Santos", "Ursula von der Leyen": a particle inside the name, before a capitalised word;
      // "Hanadi al-Qubati": a particle glued by a hyphen to it
      if (free(j) && sets["nameParticle.en"]?.has(w.key) && NAME_WORD.test(st.tokens[j + 1]?.text ?? "")) continue;
      if (free(j) && sets["nameParticle.en"]?.has(w.key) && st.tokens[j + 1]?.text === "-" && NAME_WORD.test(st.tokens[j + 2]?.text ?? "")) {
        j++;
        continue;
      }
      break;
    }
    if (last < 0) continue;
    const end = st.tokens[last];
    // (a hyphenated word is tested whole: "Joon-ki")
    const endWord = st.tokens[last - 1]?.text === "-" && glued(st, last - 1) ? st.tokens.slice(last - 2, last + 1).map((x) => x.text).join("") : end.text;
    if (isCommonWord(endWord, "en") || sets["orgHead.en"]?.has(end.key) || sets["orgHead.en"]?.has(st.tokens[last + 1]?.key ?? "")) continue;
    // "Sheetal Niwas", "Yashwant Bhavan": a given name before a building's head names the building
    if (sets["venueHead.en"]?.has(end.key) || sets["facilityHead.en"]?.has(end.key)) continue;
    // "Roman Catholic archbishop": a religion's adjective is no name word
    if (st.tokens.slice(i, last + 1).some((w) => sets["religion.en"]?.has(w.key))) continue;
    addMention(state, st, { start: i, end: last + 1 }, { kind: "person", via: "title", confidence: 0.55 });
    i = last;
  }
}
