// The shapes of tokens that join the words of a name (a helper of _names.ts): a glued hyphen ("Ka-chiu"), an
// apostrophe inside a name ("Ng'ang'a"), the dot of an English initial ("K.R. Narayanan"); and a Persian compound given name written as one word (حسینعلی). Not a pass.
import type { SentenceState } from "../state.js";

/** A hyphen written with no space on either side, between two words ("Ka-chiu"). */
export function glued(st: SentenceState, i: number): boolean {
  const [a, h, b] = [st.tokens[i - 1], st.tokens[i], st.tokens[i + 1]];
  return !!a && !!b && !a.punct && !b.punct && a.end === h.start && h.end === b.start;
}

/** A word joined to the one before or after it by a glued hyphen ("Ka-chiu") or an apostrophe ("Ng'ang'a"): a syllable of a name. */
export function hyphenated(st: SentenceState, i: number): boolean {
  return (st.tokens[i + 1]?.text === "-" && glued(st, i + 1)) || (st.tokens[i - 1]?.text === "-" && glued(st, i - 1)) || inWordApostrophe(st, i + 1) || inWordApostrophe(st, i - 1);
}

/** English endings after an apostrophe that make a possessive or a contraction, not a name ("Kenya's", "don't"). */
const CLITICS = new Set(["s", "t", "ll", "re", "ve", "d", "m"]);

/**
 * An apostrophe inside a name, glued to a letter on each side and not before a possessive or contraction ending:
 * "O'Rourke", "Ng'ang'a", "D'Alema".
 */
export function inWordApostrophe(st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  return !!tok && /^['’]$/.test(tok.text) && glued(st, i) && !CLITICS.has(st.tokens[i + 1].text.toLowerCase());
}

/** A hyphen or an in-name apostrophe: it joins words of a name and is no word of its own. */
export function joiner(st: SentenceState, i: number): boolean {
  return st.tokens[i]?.text === "-" || inWordApostrophe(st, i) || initialDot(st, i);
}

/**
 * The dot of an English initial: a capital letter alone right before it, written together ("K.", as in "K.R.
 * Narayanan", "P. Chidambaram"), and a capitalised word or another initial after it. The initial and its dot are
 * the start of a name (Indian and other names written with initials).
 */
export function initialDot(st: SentenceState, i: number): boolean {
  const [dot, before, after] = [st.tokens[i], st.tokens[i - 1], st.tokens[i + 1]];
  return !!dot && !!before && !!after && dot.text === "." && /^[A-Z]$/.test(before.text) && before.end === dot.start && /^[A-Z]/.test(after.text);
}

/** The syllable after an in-name apostrophe ("ang" in "Ng'ang'a"): part of the word before, not a word of its own. */
export function elided(st: SentenceState, i: number): boolean {
  return inWordApostrophe(st, i - 1);
}

const COMPOUNDS = new WeakMap<Set<string>, Map<string, boolean>>();

/** «عبد» + «ال» + a divine name written as one word (عبدالحی، عبدالستار): a given name whatever follows the article. */
const THEOPHORIC = /^عبدال[\u0600-\u06FF]{2,}$/;

/**
 * Persian writes a compound given name as one word of two given names (عباس + علی, حسین + علی, رضا + قلی): each part of
 * three letters at least in the given-names list; and a theophoric name as one word (THEOPHORIC).
 */
export function compoundGivenName(names: Set<string>, key: string): boolean {
  const k = key.replace(/\u200C/g, "");
  if (k.length < 6) return false;
  // a theophoric name written as one word, «عبد» + «ال» + a divine name (عبدالحی، عبدالستار، عبدالرحیم)
  if (THEOPHORIC.test(k)) return true;
  let seen = COMPOUNDS.get(names);
  if (!seen) COMPOUNDS.set(names, (seen = new Map()));
  let hit = seen.get(k);
  if (hit === undefined) {
    hit = false;
    for (let i = 3; i <= k.length - 3 && !hit; i++) hit = names.has(k.slice(0, i)) && names.has(k.slice(i));
    seen.set(k, hit);
  }
  return hit;
}
