// The dateline (a helper of pass 2c, 02c-sources, which stores it as state.dateline): the place the report was
// filed from, at the start of the body — "KABUL, April 19 (Reuters) -", "بغداد – واع", "بغداد/ واع", "Doha:", "ایسنا/ تهران –",
// "به گزارش خبرنگار ایرنا از مسکو،", a line "Mogadishu, 12 September 2022".
import type { ExtractState, SentenceState } from "../state.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { glued } from "./_name-tokens.js";
import { countryOf } from "../../lexicon/index.js";
import type { PlaceEntry } from "../../lexicon/types.js";
import { tokenize } from "../../text/tokenize.js";

/**
 * The city of the dateline ("بغداد – واع", "KABUL, April 19 (Reuters) -", "دمشق-سانا"): where the report
 * was filed, and the place of a meeting the article places nowhere else (pass 6). A country there is read as
 * the city it stands for (capitalOfDateline), so every later pass sees that city.
 */
export function readDateline(state: ExtractState): number | undefined {
  // the dateline opens the body, on its own line (read as a heading) or before the lead
  for (const st of state.sentences.slice(0, 3)) {
    const m = st.owner[afterOutlet(state, st)];
    const x = m !== undefined && m >= 0 ? state.mentions[m] : undefined;
    const end = m !== undefined && m >= 0 ? st.spans.get(m)!.end : 0;
    const next = st.tokens[end];
    if (x?.kind === "place" && x.placeKind === "city") {
      // a comma only in running text: a headline "Tehran, Riyadh agree …" names two capitals; a colon in the lead
      // ("Doha: …")
      // (or a slash before the agency: "بغداد/ واع")
      if (next?.punct && (/^[-–—(/]$/.test(next.text) || (/^[,،]$/.test(next.text) && (!st.s.heading || dateEndsLine(st, end + 1) || countryThenDate(state, st, end + 1))) || (/^[:：]$/.test(next.text) && !st.s.heading))) return m;
      // "الرياض 15 جمادى الأولى 1444 هـ الموافق 09 ديسمبر 2022 م واس": a line of its own, the city and its dates
      if (next && !next.punct && st.s.heading && dateLineAfter(state, st, end)) return m;
      // "ASTANA. KAZINFORM –", "MOSCOW. TASS.": the agencies' city in capitals closed by a full stop
      if (next?.text === "." && st.tokens[st.spans.get(m)!.start].start === st.tokens[0].start && /^[\p{Lu}\s-]{3,}$/u.test(x.text)) return m;
    }
    if (x?.kind === "place" && x.placeKind === "country" && next?.punct && (/^[-–—(]$/.test(next.text) || agencyAfterComma(st, end))) {
      capitalOfDateline(state, m);
      return m;
    }
    // "BALI, Indonesia (AP) —": a region in a wire's capitals before a comma and the country it lies in
    if (x?.kind === "place" && x.placeKind === "region" && x.lexiconId && /^[\p{Lu}\s-]{3,}$/u.test(x.text) && regionInCountryAfter(state, st, x.lexiconId, end)) return m;
    const from = reportedFrom(state, st);
    if (from !== undefined) return from;
    if (!st.s.heading) break;
  }
  return undefined;
}

/** ", Country" at token `i`, the country the region lies in. */
function regionInCountryAfter(state: ExtractState, st: SentenceState, region: string, i: number): boolean {
  const c = st.owner[i + 1];
  if (!/^[,،]$/.test(st.tokens[i]?.text ?? "") || c === undefined || c < 0) return false;
  const country = state.mentions[c];
  return country.kind === "place" && country.placeKind === "country" && !!country.lexiconId && countryOf(state.lex, region) === placeSlug(country.lexiconId);
}

/**
 * The Persian lead's dateline: "به گزارش خبرنگار ایرنا از مسکو، …", the city the report comes from, named after
 * "از" right before the first comma of a lead that opens with its source.
 */
function reportedFrom(state: ExtractState, st: SentenceState): number | undefined {
  if (state.lang !== "fa" || !st.cues.some((c) => c.kind === "sourceBefore" && c.start === 0)) return undefined;
  const comma = st.tokens.findIndex((t) => t.text === "،" || t.text === ",");
  const m = comma > 2 && comma <= 10 ? st.owner[comma - 1] : -1;
  if (m < 0 || state.mentions[m].kind !== "place" || state.mentions[m].placeKind !== "city") return undefined;
  return st.tokens[st.spans.get(m)!.start - 1]?.key === "از" ? m : undefined;
}

/** Where a dateline's city may start: the sentence's first token, or the one after "outlet/" ("ایسنا/ تهران –"). */
function afterOutlet(state: ExtractState, st: SentenceState): number {
  const o = st.owner[0];
  if (o === undefined || o < 0 || state.mentions[o].kind !== "organization") return 0;
  const end = st.spans.get(o)!.end;
  return st.tokens[end]?.text === "/" ? end + 1 : 0;
}

/** A line that goes on from token `i` with a date alone: "Mogadishu, 12 September 2022" on a line of its own. */
function dateEndsLine(st: SentenceState, i: number): boolean {
  const from = st.tokens[i];
  const last = st.tokens[st.tokens.length - 1];
  return !!from && st.dates.some((d) => d.start === from.start && d.end >= last.end - (last.punct ? last.text.length : 0));
}

/**
 * A heading line that goes on from token `i` with a date (SPA's and other agencies' "CITY DATE [= DATE] AGENCY" line,
 * with no punctuation after the city): the line names no one and tells no event, and is short.
 */
function dateLineAfter(state: ExtractState, st: SentenceState, i: number): boolean {
  const from = st.tokens[i];
  if (!from || !st.dates.some((d) => d.start === from.start) || st.tokens.length > DATE_LINE_MAX) return false;
  return !st.triggers.length && !st.mentions.some((m) => state.mentions[m].kind === "person");
}
/** Tokens a dateline of a city and its dates may hold (two calendars, their words, an agency). */
const DATE_LINE_MAX = 20;

/** A line that goes on from token `i` with its country and a date alone: "Baku, Azerbaijan, March 28" (Trend's dateline). */
function countryThenDate(state: ExtractState, st: SentenceState, i: number): boolean {
  const m = st.owner[i];
  if (m === undefined || m < 0 || state.mentions[m].kind !== "place" || state.mentions[m].placeKind !== "country") return false;
  const end = st.spans.get(m)!.end;
  return /^[,،]$/.test(st.tokens[end]?.text ?? "") && dateEndsLine(st, end + 1);
}

/** "DJIBOUTI, March 3 (Reuters) -": a comma, then an outlet in brackets and the dateline's dash within a few words. */
function agencyAfterComma(st: SentenceState, i: number): boolean {
  if (!/^[,،]$/.test(st.tokens[i]?.text ?? "")) return false;
  const close = st.tokens.findIndex((t, k) => k > i && k <= i + 8 && t.text === ")");
  return close > 0 && /^[-–—]+$/.test(st.tokens[close + 1]?.text ?? "");
}

/**
 * A dateline names a city: a country there is the capital that bears its name ("الجزائر (واج) -" is Algiers,
 * "تونس (وات) -" Tunis). A city-state stays itself, and so does a country whose capital English names after it
 * ("DJIBOUTI, … (Reuters) -", "الكويت (كونا) -"): news in English calls that city by the country's name too.
 */
function capitalOfDateline(state: ExtractState, m: number): void {
  const x = state.mentions[m];
  const country = state.lex.places.get(x.lexiconId!.slice("place/".length));
  // a country's name that is also a city of another country is that city ("عمان - بترا:" is Amman, not Oman)
  const city = country?.kind === "country" ? foreignCityNamed(state, x.text, country.id) : undefined;
  if (city) {
    x.lexiconId = lexPlaceId(city.id);
    x.placeKind = city.kind;
    return;
  }
  const capital = country?.capital ? state.lex.places.get(country.capital) : undefined;
  if (!country || !capital || capital.id === country.id || capital.name === `${country.name} City`) return;
  x.lexiconId = lexPlaceId(capital.id);
  x.placeKind = capital.kind;
}

/**
 * "CITY - OUTLET: …" («هافانا - سبوتنيك: وقع …», «برازيليا - الجزيرة نت: …»): the outlet's name after the dash, one to
 * three words and a colon, is still the dateline, which ends at the colon. Else the dash.
 */
function outletAfterDash(st: SentenceState, dash: number): number {
  for (let i = dash + 1; i <= dash + 4 && i < st.tokens.length; i++) {
    const t = st.tokens[i];
    if (t.text === ":") return i > dash + 1 ? i : dash;
    if (t.punct && !/^["«»“”]$/.test(t.text)) return dash;
  }
  return dash;
}

/**
 * The mark that ends a dateline in one of the first sentences, or -1: a dash ("KABUL, April 19 (Reuters) -"), or a
 * colon after a lead that opens with a place ("ISLAMABAD, March 3:", "Doha:"); after a dash, the colon of an outlet
 * named there ("هافانا - سبوتنيك:").
 */
export function datelineDash(state: ExtractState, st: SentenceState): number {
  if (st.s.index >= 3) return -1;
  // (a hyphen inside a word, "al-Shaibani", "Indo-Pacific", is no dateline's dash)
  const dash = st.tokens.findIndex((t, i) => i < 12 && /^[-–—]+$/.test(t.text) && !glued(st, i));
  if (dash >= 0) return outletAfterDash(st, dash);
  const o = st.owner[0];
  return o >= 0 && state.mentions[o].kind === "place" ? st.tokens.findIndex((t, i) => i < 12 && t.text === ":") : -1;
}

/**
 * A city of another country than `country` whose name in the article's language is `text` as a whole, from the
 * lexicon's place matcher (the index pass 1 reads places with), not a scan of the places.
 */
function foreignCityNamed(state: ExtractState, text: string, country: string): PlaceEntry | undefined {
  const tokens = tokenize(text);
  for (const m of state.lex.placeMatcher.findAll(tokens)) {
    if (m.start !== 0 || m.end !== tokens.length) continue;
    for (const hit of m.values) {
      const p = state.lex.places.get(placeSlug(hit.id));
      if (hit.form === "name" && (hit.lang ?? state.lang) === state.lang && p?.kind === "city" && p.within !== country) return p;
    }
  }
  return undefined;
}
