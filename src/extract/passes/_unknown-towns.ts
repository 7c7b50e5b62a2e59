// A town no lexicon knows (a helper of 02d-facilities), read where the text itself says a town is named: in Persian
// and Arabic news:
//   - after a noun of a city or town (cues.json cityNoun: شهر، بندر؛ مدينة، بلدة، قرية): «در شهر X», «في مدينة X»,
//     one word no dictionary knows and no lexicon reads (a known city there is pass 1's, or _transliterated-places');
//   - as the dateline, the first words of the body before a dash and the agency that files the report
//     («X - ایرنا:», «X (پژواک):»): a report is filed from a town, and a town the lexicon knows would be read there by
//     pass 1; then every later «در X» / «به X» / «از X» of the same word is that town too.
// The town is a place mention of kind city (via "descriptor"; the resolver keys it by its written form and the
// place it stands in). It stands in (`within`) the country named right after it («شهر X ترکمنستان»), else a known
// region or country a few words on («بلدة X الساحلية بولاية Y»), else the country of the dateline's city; the
// dateline's own town, in the country of the outlet that files the report (_place-context.publisherCountry). Always
// the mention of that place the article holds: none when it names it nowhere. In English news, a town named before a
// noun of someone's home ("at his Gatundu home": homeTowns).
import type { ExtractState, SentenceState } from "../state.js";
import { addMention } from "../state.js";
import { isCommonWord } from "../../lexicon/words.js";
import { countryOf } from "../../lexicon/index.js";
import { placeSlug } from "../../ids.js";
import { publisherCountry } from "./_place-context.js";

/** Sentences at the head of a body where its dateline may stand (a heading line, then the lead). */
const DATELINE_SENTENCES = 2;

export function unknownTowns(state: ExtractState): void {
  if (state.lang === "en") return homeTowns(state);
  const cityNoun = state.lex.words.sets[`cityNoun.${state.lang}`] ?? new Set<string>();
  const preps = state.lex.words.sets.placePreposition;
  const datelineTown = readDatelineTown(state);
  for (const st of state.sentences) {
    for (let i = 1; i < st.tokens.length; i++) {
      const before = st.tokens[i - 1].key;
      const noun = cityNoun.has(before) || (state.lang === "ar" && /^[وب]/.test(before) && cityNoun.has(before.slice(1)));
      const again = datelineTown !== undefined && preps.has(before) && st.tokens[i].key === datelineTown.key;
      if (!noun && !again) continue;
      // (Persian dictionaries hold many towns: after a city noun, a dictionary word is a town only with its country
      // right after it, «شهر مری ترکمنستان»; an adjective there is no name, «شهر مقدس», «شهر خود»)
      const country = placeAfter(state, st, i + 1, true);
      if (!freeWord(st, i) || (!again && country === undefined && isCommonWord(st.tokens[i].text, state.lang))) continue;
      const m = addMention(state, st, { start: i, end: i + 1 }, { kind: "place", via: "descriptor", placeKind: "city", confidence: 0.6 });
      const within = again ? datelineTown.within : country ?? placeAfter(state, st, i + 1, false) ?? datelineCountry(state);
      if (within !== undefined) state.mentions[m].within = within;
    }
  }
}

/** Capitalised words of an English town's name before a noun of a home. */
const HOME_TOWN_WORDS = 2;

/**
 * English: a town no lexicon knows named as a noun adjunct between a possessive and a noun of someone's home (cues.json
 * homeNoun, past one homeAdjective): "at his Gatundu home", "her Karen private residence", "Zuma's Nkandla homestead".
 * A town the lexicon knows there is pass 1's; a dictionary word is none ("his Sunday home").
 */
function homeTowns(state: ExtractState): void {
  const sets = state.lex.words.sets;
  const homes = sets["homeNoun.en"];
  const adjectives = sets["homeAdjective.en"];
  const possessive = sets["possessivePronoun.en"];
  if (!homes || !possessive) return;
  for (const st of state.sentences) {
    for (let i = 0; i < st.tokens.length; i++) {
      if (!possessive.has(st.tokens[i].key) && !/^['’]s$/.test(st.tokens[i].text)) continue;
      let j = i + 1;
      while (j < i + 1 + HOME_TOWN_WORDS && freeWord(st, j) && /^\p{Lu}\p{Ll}/u.test(st.tokens[j].text) && !isCommonWord(st.tokens[j].text, "en")) j++;
      if (j === i + 1) continue;
      const noun = adjectives?.has(st.tokens[j]?.key ?? "") ? j + 1 : j;
      if (!homes.has(st.tokens[noun]?.key ?? "")) continue;
      const m = addMention(state, st, { start: i + 1, end: j }, { kind: "place", via: "descriptor", placeKind: "city", confidence: 0.6 });
      const within = datelineCountry(state);
      if (within !== undefined) state.mentions[m].within = within;
    }
  }
}

/** A word that may be a town's name: no mention's, no punctuation or digit, three letters or more. */
function freeWord(st: SentenceState, i: number): boolean {
  const t = st.tokens[i];
  return !!t && st.owner[i] < 0 && !t.punct && !/[\d۰-۹٠-٩]/.test(t.text) && t.text.length > 2;
}

/** The dateline's town no lexicon knows: the body's first word, before a dash or a bracket and the agency. */
function readDatelineTown(state: ExtractState): { key: string; within?: number } | undefined {
  for (const st of state.sentences.slice(0, DATELINE_SENTENCES)) {
    if (!freeWord(st, 0)) continue;
    const dash = st.tokens[1];
    const agency = st.owner[2];
    if (!dash?.punct || !/^[-–—(]$/.test(dash.text) || agency === undefined || agency < 0 || state.mentions[agency].kind !== "organization") continue;
    const m = addMention(state, st, { start: 0, end: 1 }, { kind: "place", via: "descriptor", placeKind: "city", confidence: 0.6 });
    const within = countryMention(state, publisherCountry(state));
    if (within !== undefined) state.mentions[m].within = within;
    return { key: st.tokens[0].key, within };
  }
  return undefined;
}

/**
 * The place the town stands in, named after it: a country right at token `k` («شهر مری ترکمنستان»), or (`countryOnly`
 * false) a known region or country a few words on, past its adjectives and a place noun («بلدة X الساحلية بولاية Y»).
 */
function placeAfter(state: ExtractState, st: SentenceState, k: number, countryOnly: boolean): number | undefined {
  for (let j = k; j < st.tokens.length && j <= k + (countryOnly ? 0 : AFTER_WORDS); j++) {
    const o = st.owner[j];
    if (o === undefined || st.tokens[j].punct) return undefined;
    if (o < 0) continue;
    const m = state.mentions[o];
    return m.kind === "place" && !!m.lexiconId && (m.placeKind === "country" || (!countryOnly && m.placeKind === "region")) && st.spans.get(o)!.start === j ? o : undefined;
  }
  return undefined;
}
/** Words between a town and the region or country it stands in («الساحلية بولاية»). */
const AFTER_WORDS = 3;

/** The article's mention of the country of the dateline's city. */
function datelineCountry(state: ExtractState): number | undefined {
  const dateline = state.dateline === undefined ? undefined : state.mentions[state.dateline];
  return dateline?.lexiconId ? countryMention(state, countryOf(state.lex, dateline.lexiconId)) : undefined;
}

/** The article's mention of a country, none when it names it nowhere. */
function countryMention(state: ExtractState, country: string | undefined): number | undefined {
  if (!country) return undefined;
  const slug = placeSlug(country);
  const m = state.mentions.findIndex((x) => x.kind === "place" && x.placeKind === "country" && !!x.lexiconId && placeSlug(x.lexiconId) === slug && x.confidence > 0);
  return m >= 0 ? m : undefined;
}
