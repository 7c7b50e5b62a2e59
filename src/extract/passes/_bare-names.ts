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
import { addMention, inCue } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { foldLatin, normalizeKey } from "../../text/normalize.js";
import { glued } from "./_name-tokens.js";

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

export function bareNames(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
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
        last = j;
        words++;
        continue;
      }
      // "Ben Llewellyn-Jones", "Kim Dae-jung": a hyphen glued between the syllables of one name word
      if (w.text === "-" && last === j - 1 && glued(st, j) && st.owner[j + 1] < 0 && /^\p{L}+$/u.test(st.tokens[j + 1].text)) {
        last = ++j;
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
    if (isCommonWord(end.text, "en") || sets["orgHead.en"]?.has(end.key) || sets["orgHead.en"]?.has(st.tokens[last + 1]?.key ?? "")) continue;
    // "Roman Catholic archbishop": a religion's adjective is no name word
    if (st.tokens.slice(i, last + 1).some((w) => sets["religion.en"]?.has(w.key))) continue;
    addMention(state, st, { start: i, end: last + 1 }, { kind: "person", via: "title", confidence: 0.55 });
    i = last;
  }
}
