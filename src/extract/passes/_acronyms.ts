// An organisation defined with its acronym in English: "Pakistan Tehreek-e-Insaf (PTI)", "the Kenya Revenue
// Authority (KRA)". The capitalised words before "(ACR)" whose initials spell the acronym in order (the first
// word's initial is its first letter) are the organisation's name, in the manner of Schwartz & Hearst (2003);
// the acronym, there and anywhere else in the article, is a reference to it. An acronym of the name in its own
// language has the initials of the translated name in another order: "Revolutionary Armed Forces of Colombia
// (FARC)" (Fuerzas Armadas Revolucionarias de Colombia); the same initials, each once, spell it too. A name a lexicon or an earlier pass
// has read already keeps its reading; a place is never made an organisation.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention } from "../state.js";

const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;
const LINKS = new Set(["of", "and", "for", "the", "&", "-", "e", "i", "o", "a", "al", "el", "de", "du", "des"]);

export function findAcronyms(state: ExtractState): void {
  if (state.lang !== "en") return;
  const defined = new Map<string, number>(); // acronym → the organisation's mention
  for (const st of state.sentences) {
    for (let i = 1; i + 2 < st.tokens.length + 1; i++) {
      const [open, acr, close] = [st.tokens[i - 1], st.tokens[i], st.tokens[i + 1]];
      if (open?.text !== "(" || close?.text !== ")" || !acr || !ACRONYM.test(acr.text) || (acr.text.match(/[A-Z]/g) ?? []).length < 2) continue;
      const org = longForm(state, st, i - 1, acr.text);
      if (org === undefined || st.owner[i] >= 0) continue;
      addMention(state, st, { start: i, end: i + 1 }, { kind: "organization", via: "coreference", antecedent: org, confidence: 0.6 });
      defined.set(acr.text, org);
    }
  }
  // "the Revolutionary Unity, known by its Spanish initials RU," / "…, known by the acronym RU": defined in apposition
  for (const st of state.sentences) {
    for (let i = 2; i < st.tokens.length; i++) {
      const acr = st.tokens[i];
      if (!ACRONYM.test(acr.text) || (acr.text.match(/[A-Z]/g) ?? []).length < 2 || st.owner[i] >= 0 || defined.has(acr.text)) continue;
      const comma = appositiveDefinition(st, i);
      if (comma === undefined) continue;
      const org = longForm(state, st, comma, acr.text);
      if (org === undefined) continue;
      addMention(state, st, { start: i, end: i + 1 }, { kind: "organization", via: "coreference", antecedent: org, confidence: 0.6 });
      defined.set(acr.text, org);
      // ("its Spanish initials": the language of the initials, no country of the story)
      st.demonyms = st.demonyms.filter((d) => d.start < comma || d.end > i);
    }
  }
  if (!defined.size) return;
  for (const st of state.sentences) {
    st.tokens.forEach((t, i) => {
      const org = defined.get(t.text);
      if (org !== undefined && st.owner[i] < 0) addMention(state, st, { start: i, end: i + 1 }, { kind: "organization", via: "coreference", antecedent: org, confidence: 0.6 });
    });
  }
}

/** The nouns an apposition names an acronym by ("known by its initials X", "known by the acronym X"). */
const ACRONYM_NOUNS = new Set(["initials", "acronym", "abbreviation"]);

/**
 * ", known by its (Spanish) initials ACR" / ", known by the acronym ACR" (with `i` the acronym): the comma's index
 * (the name ends there), else undefined. One word may qualify the noun (the language of the initials).
 */
function appositiveDefinition(st: SentenceState, i: number): number | undefined {
  const keys = (a: number, b: number) => st.tokens.slice(a, b).map((t) => t.key).join(" ");
  for (const qualified of [0, 1]) {
    const det = i - 2 - qualified;
    if (det < 3 || !ACRONYM_NOUNS.has(st.tokens[i - 1].key) || !["its", "the", "their"].includes(st.tokens[det].key)) continue;
    if (keys(det - 2, det) !== "known by" || st.tokens[det - 3].text !== ",") continue;
    return det - 3;
  }
  return undefined;
}

/** The organisation mention for the words before `end` that the acronym abbreviates, if any. */
function longForm(state: ExtractState, st: SentenceState, end: number, acronym: string): number | undefined {
  const letters = acronym.replace(/[^A-Za-z]/g, "").toLowerCase();
  // the words before the bracket: capitalised words and the links between them, at most letters + 4 tokens
  let start = end;
  while (start - 1 >= 0 && end - start < letters.length + 4) {
    const t = st.tokens[start - 1];
    if (!(/^[A-Z]/.test(t.text) || LINKS.has(t.key))) break;
    start--;
  }
  for (let s = start; s < end; s++) {
    if (!/^[A-Z]/.test(st.tokens[s].text) || LINKS.has(st.tokens[s].key) || st.tokens[s].text[0].toLowerCase() !== letters[0]) continue;
    const sp = { start: s, end };
    if (!spells(st, sp, letters)) continue;
    return reading(state, st, sp);
  }
  // the translated name: the longest run whose content words' initials are the acronym's letters in another order
  for (let s = start; s < end; s++) {
    if (!/^[A-Z]/.test(st.tokens[s].text) || LINKS.has(st.tokens[s].key)) continue;
    const sp = { start: s, end };
    if (sameInitials(st, sp, letters)) return reading(state, st, sp);
  }
  return undefined;
}

/** The span's content words (capitalised, not links) give the acronym's letters, each once, in any order. */
function sameInitials(st: SentenceState, sp: TokenSpan, letters: string): boolean {
  const words = st.tokens.slice(sp.start, sp.end).filter((t) => !t.punct && !LINKS.has(t.key));
  if (words.length !== letters.length || letters.length < 3 || !words.every((w) => /^[A-Z]/.test(w.text))) return false;
  const sorted = (x: string[]) => x.sort().join("");
  return sorted(words.map((w) => w.text[0].toLowerCase())) === sorted([...letters]);
}

/**
 * Do the span's words spell the acronym in order? Every content word gives its initial, and may give more letters
 * from inside it, in order ("Ghana Integrated Aluminium DEvelopment Corporation (GIADEC)"); a link word ("of",
 * "and") may give its initial or none.
 */
function spells(st: SentenceState, sp: TokenSpan, letters: string): boolean {
  const words = st.tokens.slice(sp.start, sp.end).filter((t) => !t.punct).map((t) => t.text.toLowerCase());
  const from = (w: number, k: number): boolean => {
    if (w === words.length) return k === letters.length;
    const word = words[w];
    if (LINKS.has(word) && from(w + 1, k)) return true;
    if (word[0] !== letters[k]) return false;
    // the initial, then letters from inside the word, each after the one before
    const inside = (at: number, kk: number): boolean => {
      if (from(w + 1, kk)) return true;
      for (let i = at; i < word.length && kk < letters.length; i++) if (word[i] === letters[kk] && inside(i + 1, kk + 1)) return true;
      return false;
    };
    return inside(1, k + 1);
  };
  return from(0, 0);
}

/** The span's organisation: the one already read there, or a new one; none when it is a place or a person. */
function reading(state: ExtractState, st: SentenceState, sp: TokenSpan): number | undefined {
  const same = st.mentions.find((m) => state.mentions[m].kind === "organization" && st.spans.get(m)!.start === sp.start && st.spans.get(m)!.end === sp.end);
  if (same !== undefined) return same;
  const owners = new Set(st.owner.slice(sp.start, sp.end));
  if ([...owners].some((x) => x >= 0 && state.mentions[x].kind !== "place")) return undefined;
  const o = st.owner[sp.start];
  if (o >= 0 && st.spans.get(o)!.start === sp.start && st.spans.get(o)!.end === sp.end) return undefined; // the place itself
  const places = new Map<number, number>();
  for (let i = sp.start; i < sp.end; i++) if (st.owner[i] >= 0) places.set(i, st.owner[i]);
  const org = addMention(state, st, sp, { kind: "organization", via: "descriptor", confidence: 0.6 });
  for (const [i, m] of places) st.owner[i] = m; // places inside stay place mentions
  return org;
}
