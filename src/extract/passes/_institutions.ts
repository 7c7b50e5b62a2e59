// The institution inside an office title: "معاون وزارت امور خارجه چین" (a deputy of China's foreign
// ministry), "رئيس مجلس النواب" (the head of the chamber), "spokesperson of the Foreign Ministry". The
// title names its holder; the words of the ministry or chamber inside it also name an organisation, of
// the title's country, or else of the country where the person it is attached to holds that office.
import type { ExtractState, SentenceState, TitleRef, TokenSpan } from "../state.js";
import { addMention } from "../state.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { lexPlaceId, personSlug, placeSlug } from "../../ids.js";

/** The ministry of an office of a country, an organisation mention over `sp`; the country's words stay free. */
export function addMinistry(state: ExtractState, st: SentenceState, sp: TokenSpan, office: string, country: string, confidence: number, countrySpan?: TokenSpan): void {
  // "کاخ ریاست جمهوری ترکیه", "قصر الرئاسة": the office's words after a building's head noun name the building
  if (venueBefore(state, st, sp.start)) return;
  const index = addMention(state, st, sp, { kind: "organization", lexiconId: `ministry/${office}/${placeSlug(country)}`, via: "title", confidence });
  if (countrySpan) for (let i = countrySpan.start; i < countrySpan.end; i++) if (st.owner[i] === index) st.owner[i] = -1;
}

/** A building's head noun (cues.json venueHead: کاخ، قصر، Palace) right before token `i`, past a proclitic. */
function venueBefore(state: ExtractState, st: SentenceState, i: number): boolean {
  const venue = state.lex.words.sets[`venueHead.${state.lang}`];
  const key = st.tokens[i - 1]?.key;
  if (!venue || !key) return false;
  return venue.has(key) || (state.lang !== "en" && venue.has(key.replace(/^(وب|و|ب|ل|ف)/, "")));
}

export function institutionsInTitles(state: ExtractState, st: SentenceState): void {
  for (const t of st.titles) {
    if (t.form !== "title") continue;
    const inner = innerMinistry(state, st, t);
    if (!inner) continue;
    const country = t.country ?? holderCountry(state, t);
    if (!country) continue;
    if (st.owner.slice(inner.start, inner.end).some((o) => o >= 0)) continue;
    addMinistry(state, st, { start: inner.start, end: t.country ? t.phraseEnd : inner.end }, inner.office, country, 0.7, t.countrySpan);
  }
}

/**
 * A ministry or chamber phrase that ends the title's words, after at least one word of its own, and
 * holds an institution's head noun (وزارت، مجلس، Ministry): the portfolio word of "وزير الخارجية" is no
 * mention of the ministry.
 */
function innerMinistry(state: ExtractState, st: SentenceState, t: TitleRef): { start: number; end: number; office: string } | undefined {
  const heads = state.lex.words.sets[`orgHead.${state.lang}`] ?? new Set<string>();
  for (let k = t.start + 1; k < t.end; k++) {
    if (!st.tokens.slice(k, t.end).some((x) => heads.has(x.key) || heads.has(x.key.replace(/^(ال|لل|و|ب|ل)/, "")))) break;
    const hit = state.lex.titleMatcher
      .findAll(st.tokens.slice(k, t.end), { proclitics: true, lang: state.lang })
      .find((m) => m.start === 0 && m.end === t.end - k && m.values.some((v) => v.form === "ministry"));
    if (hit) return { start: k, end: t.end, office: hit.values.find((v) => v.form === "ministry")!.office };
  }
  return undefined;
}

/** The one country where the person the title is attached to holds (or held) that office. */
function holderCountry(state: ExtractState, t: TitleRef): string | undefined {
  if (t.person === undefined) return undefined;
  const lexId = state.mentions[t.person].lexiconId;
  if (!lexId) return undefined;
  const offices = state.lex.people.get(personSlug(lexId))?.offices ?? [];
  const countries = new Set(offices.filter((o) => o.office === t.office && o.country).map((o) => o.country!));
  return countries.size === 1 ? lexPlaceId([...countries][0]) : undefined;
}

/**
 * A ministry named without its country ("یک منبع در وزارت امور خارجه", "the Foreign Ministry said"):
 * the ministry of the one country whose holder of that office the article names. Two such countries, or
 * none, and it names no one.
 */
export function bareMinistries(state: ExtractState): void {
  const holders = new Map<string, Set<string>>(); // office → countries of the article's holders
  for (const m of state.mentions) {
    if (m.kind !== "person" || !m.lexiconId) continue;
    for (const o of state.lex.people.get(personSlug(m.lexiconId))?.offices ?? []) {
      if (!o.country) continue;
      const set = holders.get(o.office) ?? new Set<string>();
      set.add(o.country);
      holders.set(o.office, set);
    }
  }
  for (const st of state.sentences) {
    for (const t of st.titles) {
      if (t.form !== "ministry" || t.country) continue;
      const countries = holders.get(t.office);
      if (countries?.size !== 1) continue;
      if (st.owner.slice(t.start, t.end).some((o) => o >= 0)) continue;
      // "دو وزارت امور خارجه", "two foreign ministries": more than one
      if (t.start > 0 && calendarLexicon().get(phraseKey(st.tokens[t.start - 1].text)).some((e) => e.type === "count")) continue;
      addMinistry(state, st, { start: t.start, end: t.end }, t.office, lexPlaceId([...countries][0]), 0.6);
    }
  }
}
