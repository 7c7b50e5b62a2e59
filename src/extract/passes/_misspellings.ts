// Pass 1's last step: a surname used alone ("Hussein" after "Fuad Hussein"), or misspelt (شبیانی for شیبانی), is
// still the person the article names in full elsewhere. A helper of 01-entities, not a pass.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import { skeletonKey } from "../../text/keys.js";
import { normalizeKey } from "../../text/normalize.js";
import { classOf, dayPartBeforeDay, givenName } from "./_name-words.js";
import { personSlug } from "../../ids.js";
import { isCommonWord } from "../../lexicon/words.js";
import { egyptianGVariants } from "../../lexicon/name-forms.js";
import { prepositionWithPronoun } from "../../lexicon/arabic-verbs.js";
import { procliticReadings } from "../../text/proclitics.js";

/**
 * The words that stand right before a family name in the names of a lexicon person (cached): before `surname`
 * (normalised) where a name ends with it, else before any name's last word or particle and last word ("Hakan"
 * for Fidan; "سلمان", not "خالد", before "بن عبدالعزيز" in "خالد بن سلمان بن عبدالعزيز").
 */
const beforeSurnameCache = new Map<string, Set<string>>();
function wordsBeforeSurname(state: ExtractState, lexiconId: string, surname?: string): Set<string> {
  const cacheKey = `${lexiconId}|${surname ?? ""}`;
  let out = beforeSurnameCache.get(cacheKey);
  if (out) return out;
  const entry = state.lex.people.get(personSlug(lexiconId));
  out = new Set<string>();
  const tail = surname?.split(" ");
  for (const n of entry ? Object.values(entry.names).flat() : []) {
    const w = normalizeKey(n).split(/\s+/);
    if (tail) {
      if (w.length > tail.length && w.slice(-tail.length).join(" ") === surname) out.add(w[w.length - tail.length - 1]);
      continue;
    }
    if (w.length >= 2) out.add(w[w.length - 2]);
    if (w.length >= 3 && FAMILY_PARTICLES.has(w[w.length - 2])) out.add(w[w.length - 3]);
  }
  beforeSurnameCache.set(cacheKey, out);
  return out;
}

/**
 * After a given name the person does not bear right before that family name, the family name is another
 * person's ("محمد عبدالله …" is not "أحمد العبدالله", "خالد بن عبدالعزيز" is not "خالد بن سلمان بن عبدالعزيز"):
 * the name is left whole for the name readers.
 */
function anotherGivenName(state: ExtractState, st: SentenceState, i: number, lexiconId: string, surname?: string): boolean {
  const prev = st.tokens[i - 1];
  return !!prev && !prev.punct && givenName(state, prev) && !wordsBeforeSurname(state, lexiconId, surname).has(prev.key);
}

/** The written form is one of the person's styles (lexicon aka, «رهبر معظم انقلاب»), whose last word is no family name. */
function isStyle(state: ExtractState, lexiconId: string, text: string): boolean {
  const aka = state.lex.people.get(personSlug(lexiconId))?.aka;
  const key = normalizeKey(text);
  return !!aka && Object.values(aka).flat().some((a) => normalizeKey(a) === key);
}

/** One-word name skeletons of a lexicon person (cached: the lexicon never changes in a process). */
const skeletonCache = new Map<string, string[]>();
function surnameSkeletons(state: ExtractState, lexiconId: string): string[] {
  let out = skeletonCache.get(lexiconId);
  if (out) return out;
  const entry = state.lex.people.get(personSlug(lexiconId));
  // (a regnal ordinal, "الثالث" of "تشارلز الثالث", is no family name: its skeleton is the adjective's, «ثلاثي»)
  const words = entry ? [...Object.values(entry.short ?? {}).flat(), ...Object.values(entry.names).flat().map((n) => n.split(/\s+/).pop() ?? "")] : [];
  // (nor a country's name that ends a descriptive form, «ملک حسین پادشاه اردن»: its skeleton is the country's and its
  // adjective's, «الأردني», «الأردنيون»)
  const countries = countryNames(state);
  const named = words.filter((w) => !state.lex.words.sets.regnalOrdinal.has(normalizeKey(w)) && !countries.has(normalizeKey(w)));
  // (and a surname written with the Egyptian ج of a foreign g, «رودريجيز» after «أندريس رودريجيز»: lexicon/name-forms)
  const english = entry?.names.en ?? [];
  out = [...new Set(named.flatMap((w) => egyptianGVariants(w, english)).map((w) => skeletonKey(w)).filter((k) => k.length >= 3 && !k.includes(" ")))];
  skeletonCache.set(lexiconId, out);
  return out;
}

/** The one-word names of the lexicon's countries in every language (normalised; built once per lexicon). */
let countryNameCache: { lex: unknown; names: Set<string> } | undefined;
function countryNames(state: ExtractState): Set<string> {
  if (countryNameCache?.lex === state.lex) return countryNameCache.names;
  const names = new Set<string>();
  for (const p of state.lex.places.values()) {
    if (p.kind !== "country") continue;
    for (const n of Object.values(p.names).flat()) if (n && !/\s/.test(n.trim())) names.add(normalizeKey(n));
  }
  countryNameCache = { lex: state.lex, names };
  return names;
}

const FAMILY_PARTICLES = new Set(["ال", "al", "el", "bin", "ben", "ibn", "بن", "ابن", "ابو", "abu", "bint", "آل"].map((w) => normalizeKey(w)));

/**
 * A surname used alone ("Hussein" after "Fuad Hussein"), or misspelt (شبیانی for شیبانی), is still the
 * person the article names in full elsewhere: an unknown word whose consonant skeleton equals a one-word name of a person already
 * found in this article becomes a mention of that person. Scoped to the article's own people, and
 * only for skeletons of three consonants or more, so it cannot invent anyone.
 */
export function recoverMisspellings(state: ExtractState): void {
  const bySkeleton = new Map<string, Set<string>>();
  // a person read only from an ambiguous short form ("مرز": border, or Merz) is not "found" enough to be misspelt
  for (const id of new Set(state.mentions.filter((m) => m.kind === "person" && m.lexiconId && m.confidence > 0.5).map((m) => m.lexiconId!))) {
    for (const k of surnameSkeletons(state, id)) {
      if (!bySkeleton.has(k)) bySkeleton.set(k, new Set());
      bySkeleton.get(k)!.add(id);
    }
  }
  // the family name of a person the article names in full ("Hussein" after "Fuad Hussein"), with where each
  // bearer is first named in full
  const bySurname = new Map<string, Set<string>>();
  const byLead = new Map<string, Set<string>>();
  const firstFull = new Map<string, [number, number]>();
  const leads = new Set<string>(); // (the family names of familyNameLead, also read after an Arabic proclitic: «بوتين وشي»)
  for (const m of state.mentions) {
    if (m.kind === "person" && m.lexiconId && m.confidence >= 0.9) {
      const at = firstFull.get(m.lexiconId);
      if (!at || m.sentenceIndex < at[0] || (m.sentenceIndex === at[0] && m.start < at[1])) firstFull.set(m.lexiconId, [m.sentenceIndex, m.start]);
    }
    if (m.kind !== "person" || !m.lexiconId || m.confidence < 0.9) continue;
    const words = m.text.trim().split(/\s+/);
    if (words.length < 2 || isStyle(state, m.lexiconId, m.text)) continue;
    // the first two words of a name of three or more, neither a particle ("Hassan Sheikh" after "Hassan Sheikh Mohamud",
    // "Abiy Ahmed" after "Abiy Ahmed Ali"): the way Somali, Ethiopian and Eritrean names, among others, are shortened
    // (not a compound given name, «عبد الرحمن»: a name particle opens it)
    const opener = (w: string) => FAMILY_PARTICLES.has(normalizeKey(w)) || state.lex.words.sets.nameParticle.has(normalizeKey(w));
    if (words.length >= 3 && !words.slice(0, 2).some(opener)) {
      const lead = normalizeKey(words.slice(0, 2).join(" "));
      (byLead.get(lead) ?? byLead.set(lead, new Set()).get(lead)!).add(m.lexiconId);
    }
    // a person of a country whose names lead with the family name (cues familyNameLeads: «شي جين بينغ») is named
    // by the first word alone («وكان شي قد وصل …»); one of one or two letters only if it is no stop word («هو»)
    const lead = familyNameLead(state, m.lexiconId, words);
    if (lead) {
      (bySurname.get(lead) ?? bySurname.set(lead, new Set()).get(lead)!).add(m.lexiconId);
      leads.add(lead);
    }
    // a family name may be two words after a particle: "آل ثاني", "Al Thani", "bin Farhan"
    const particle = words.length >= 3 && FAMILY_PARTICLES.has(normalizeKey(words[words.length - 2]));
    const k = normalizeKey(words.slice(particle ? -2 : -1).join(" "));
    if (k.replace(/\s/g, "").length < 3 || state.lex.words.sets.regnalOrdinal.has(k)) continue;
    if (!bySurname.has(k)) bySurname.set(k, new Set());
    bySurname.get(k)!.add(m.lexiconId);
  }
  if (!bySkeleton.size && !bySurname.size && !byLead.size) return;
  // `${a} ${b}` can only be a surname key when `a` is the part of some key before one of its spaces
  const beforeSpace = new Set<string>();
  for (const k of bySurname.keys()) for (let j = k.indexOf(" "); j >= 0; j = k.indexOf(" ", j + 1)) beforeSpace.add(k.slice(0, j));
  for (const st of state.sentences) {
    st.tokens.forEach((t, i) => {
      if (t.punct || st.owner[i] >= 0) return;
      if (st.cues.some((c) => c.start <= i && c.end > i) || st.triggers.some((c) => c.start <= i && c.end > i)) return;
      // a part of the day before a day or a date is the time of day, no family name: «صباح أمس» (yesterday morning)
      // is no «الصباح» (Al-Sabah), «صباح الأربعاء» no Sheikh Sabah
      if (dayPartBeforeDay(st, i)) return;
      const latin = /^[A-Z]/.test(t.text);
      const arabic = /[\u0600-\u06FF]/.test(t.text);
      if (!latin && !arabic) return;
      const next = st.tokens[i + 1];
      if (leadingWords(state, st, i, byLead)) return;
      const two = next && !next.punct && st.owner[i + 1] < 0 && beforeSpace.has(t.key) ? bySurname.get(`${t.key} ${next.key}`) : undefined;
      if (two?.size === 1 && !anotherGivenName(state, st, i, [...two][0], `${t.key} ${next.key}`)) {
        addMention(state, st, { start: i, end: i + 2 }, { kind: "person", lexiconId: [...two][0], via: "lexicon", confidence: 0.6 });
        return;
      }
      let ids = bySurname.get(t.key);
      if (!ids && arabic && state.lang === "ar") for (const [, rest] of procliticReadings(t.key, "ar")) if (leads.has(rest)) ids ??= bySurname.get(rest);
      // (a given name spelt right, "محمود", is no misspelling of a family name with its consonants, "محمد")
      // (nor is a preposition with a pronoun, «خلالها», during it, nor a country adjective, «الأردني», whose consonants
      // are its country's, «اردن»)
      if (!ids && arabic && t.key.length >= 4 && !givenName(state, t) && !commonCompound(t.text, state.lang) && !prepositionWithPronoun(t.text) && !demonymAt(st, i)) ids = bySkeleton.get(wordSkeleton(t.text));
      // a family name two people of the article bear ("مسعود بارزاني" … "نيجيرفان بارزاني"), before the second is named,
      // is the one named in full already; not at the end of a name run ("محمد عبدالله المبارك الصباح")
      if (ids && ids.size > 1) ids = nameWordBefore(state, st, i) ? undefined : namedBefore(ids, firstFull, st.s.index, i);
      if (!ids || ids.size !== 1) return;
      if (opensAnotherName(state, st, i)) return;
      if (anotherGivenName(state, st, i, [...ids][0])) return;
      // after a particle ("بن عبدالعزيز", "bin Zayed") the word is a father's or a family's name inside a longer
      // name: only the particle and the word together, read above, are a family name
      if (i > 0 && FAMILY_PARTICLES.has(st.tokens[i - 1].key)) return;
      addMention(state, st, { start: i, end: i + 1 }, { kind: "person", lexiconId: [...ids][0], via: "lexicon", confidence: 0.6 });
    });
  }
}

/**
 * The family name (normalised) that opens the written full name of a lexicon person of a country whose names lead
 * with it in Arabic (cues.json familyNameLeads: China, Taiwan, the two Koreas), when the article's
 * language is one of those; undefined for others, and for a short one that is a stop word (cues shortStopWord).
 */
function familyNameLead(state: ExtractState, lexiconId: string, words: string[]): string | undefined {
  const countries = state.lex.words.sets[`familyNameLeads.${state.lang}`];
  if (!countries || words.length < 2) return undefined;
  const entry = state.lex.people.get(personSlug(lexiconId));
  if (!entry?.offices?.some((o) => o.country && countries.has(o.country))) return undefined;
  const k = normalizeKey(words[0]);
  if (k.length < 2 || state.lex.words.sets[`shortStopWord.${state.lang}`]?.has(k)) return undefined;
  if (FAMILY_PARTICLES.has(k) || state.lex.words.sets.nameParticle.has(k)) return undefined;
  return k;
}

/**
 * The first two words of a name of three or more the article gives in full, written again alone ("Abiy met Hassan
 * Sheikh in June" after "Hassan Sheikh Mohamud"): that person, when one person's name opens so and no third name word
 * follows (capitalised in English; a name word in Arabic and Persian). Adds the mention and says so.
 */
function leadingWords(state: ExtractState, st: SentenceState, i: number, byLead: Map<string, Set<string>>): boolean {
  const [before, tok, next, third] = [st.tokens[i - 1], st.tokens[i], st.tokens[i + 1], st.tokens[i + 2]];
  if (!next || next.punct || st.owner[i + 1] >= 0) return false;
  // (nor the end of a longer name: "Colonel Amadou Abdourahamane")
  if (before && !before.punct && (state.mentions[st.owner[i - 1]]?.kind === "person" || (state.lang === "en" ? /^\p{Lu}/u.test(before.text) && i > 1 : classOf(state, before) === "name"))) return false;
  const ids = byLead.get(`${tok.key} ${next.key}`);
  if (!ids || ids.size !== 1) return false;
  const en = state.lang === "en";
  if (en && !/^\p{Lu}/u.test(next.text)) return false;
  if (third && !third.punct && (st.owner[i + 2] >= 0 || (en ? /^\p{Lu}/u.test(third.text) : classOf(state, third) === "name"))) return false;
  addMention(state, st, { start: i, end: i + 2 }, { kind: "person", lexiconId: [...ids][0], via: "lexicon", confidence: 0.6 });
  return true;
}

/** Token i is a country adjective pass 1 read (`st.demonyms`). */
function demonymAt(st: SentenceState, i: number): boolean {
  return st.demonyms.some((d) => d.start <= i && i < d.end);
}

/** The bearers of a shared family name first named in full before token `i` of sentence `s`. */
function namedBefore(ids: Set<string>, firstFull: Map<string, [number, number]>, s: number, i: number): Set<string> {
  return new Set([...ids].filter((id) => {
    const at = firstFull.get(id);
    return !!at && (at[0] < s || (at[0] === s && at[1] < i));
  }));
}

/** The word before i is an unread word of a name: a given name, a lexicon name part ("المبارك") or a word no dictionary knows. */
function nameWordBefore(state: ExtractState, st: SentenceState, i: number): boolean {
  const prev = st.tokens[i - 1];
  if (!prev || prev.punct || st.owner[i - 1] >= 0 || !/[\u0600-\u06FFA-Z]/.test(prev.text)) return false;
  return classOf(state, prev) !== "common";
}

/**
 * A family name that is also a given name ("محمد" of "موسى فقي محمد", "أحمد" of "آبي أحمد") followed by a word of a
 * name (a given name or a word no dictionary knows: "محمد الحسن ولد لبات", "أحمد ربيع", "محمود درير") opens another
 * person's name, not a reference to the person named in full.
 */
function opensAnotherName(state: ExtractState, st: SentenceState, i: number): boolean {
  const [tok, next] = [st.tokens[i], st.tokens[i + 1]];
  if (!givenName(state, tok) || !next || next.punct) return false;
  if (st.owner[i + 1] >= 0) return state.mentions[st.owner[i + 1]]?.kind === "person";
  return classOf(state, next) !== "common";
}

// skeletonKey of single words, memoised: every unknown Arabic-script word of an article asks.
const wordSkeletons = new Map<string, string>();
function wordSkeleton(word: string): string {
  let k = wordSkeletons.get(word);
  if (k === undefined) {
    k = skeletonKey(word);
    if (word.length <= 12) {
      if (wordSkeletons.size >= 50_000) wordSkeletons.clear();
      wordSkeletons.set(word, k);
    }
  }
  return k;
}

/**
 * A Persian compound written with a zero-width non-joiner whose parts are each a common word of the language
 * ("راه‌آهن": road + iron, railway) is that word, not a misspelt name whose consonants it happens to share (روحانی).
 */
function commonCompound(word: string, lang: string): boolean {
  if (lang !== "fa" || !word.includes("\u200c")) return false;
  const parts = word.split("\u200c").filter(Boolean);
  return parts.length >= 2 && parts.every((w) => isCommonWord(w, "fa"));
}
