// Pass 6: one article, one report per meeting. An article often tells the same meeting several times
// (lead, body, quote). Reports are merged when they share people, and their dates and places agree:
//   - a partial report (one named side and an unnamed one) joins the full report it completes
//     (same person, compatible place and date), and gives it its date or place when it has none;
//   - full reports of the same people (or a subset) with compatible dates and places become one.
// An undated meeting whose participant travelled on a known day to a compatible place in this article
// ("they had travelled to Moscow on 9 Mordad") takes that day, with basis "context". Different known
// dates never merge, nor a day with a month or year that does not hold it, nor an undated report with a later
// report dated wholly before the story's days (the window of an undated report, model.ts UNDATED_WINDOW_DAYS).
import type { DateValue, EventFact } from "../../model.js";
import { UNDATED_WINDOW_DAYS } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { eventInPluperfect, toldAt } from "./_pluperfect.js";
import { weekHolds } from "../dates/index.js";
import { clauseOf, inSpan } from "../state.js";
import { summitPlace } from "./_summit-place.js";
import { dateFromSentenceBefore } from "./_lead-day.js";
import { personKey } from "./_mentions.js";
import { presences, sameTime, type Presence } from "./_presence.js";
import { onePlace, placeScore, placesAgree, specificity, within } from "./_report-places.js";

export function mergeLocalEvents(state: ExtractState): void {
  const meetings = state.events.filter((e) => e.kind === "meeting");
  const partial = meetings.filter((e) => keysOf(state, e).size < 2);
  let full = meetings.filter((e) => keysOf(state, e).size >= 2);

  for (const p of partial) {
    const pk = [...keysOf(state, p)][0];
    const cands = full
      .filter((f) => keysOf(state, f).has(pk) && datesAgree(f.date, p.date, state.publishedAt) && placesAgree(state, f.place, p.place))
      .map((f) => ({ f, score: placeScore(state, f.place, p.place) * 10 - Math.abs(f.evidence.sentenceIndex - p.evidence.sentenceIndex) / 100 }))
      .sort((a, b) => b.score - a.score);
    if (!cands.length || (cands[1] && cands[1].score === cands[0].score)) continue;
    absorb(state, cands[0].f, p, false);
  }

  // (an undated report right after a sentence dated by its own words that names its people tells that day)
  for (const e of full) dateFromSentenceBefore(state, e);
  // full reports of the same meeting
  const merged: EventFact[] = [];
  for (const e of full) {
    const ek = keysOf(state, e);
    const target = merged.find((m) => {
      const mk = keysOf(state, m);
      const subset = [...ek].every((k) => mk.has(k)) || [...mk].every((k) => ek.has(k));
      // (a meeting told as one before the story, "the two presidents last met in …", is not the story's own one)
      return subset && datesAgree(m.date, e.date, state.publishedAt) && placesAgree(state, m.place, e.place) && toldAsEarlier(state, m) === toldAsEarlier(state, e) && !backgroundOf(state, m, e) && !backgroundOf(state, e, m);
    });
    if (target) absorb(state, target, e, true);
    else merged.push(e);
  }
  full = merged;

  unifyToday(state, full);
  // (an undated meeting told in the pluperfect, "had earlier met", «دیدار کرده بود», is the story's background: it
  // takes neither the day nor the place where the story puts its people)
  const background = new Set(full.filter((e) => !e.date.date && !e.date.anchor && eventInPluperfect(state, e)));
  for (const e of full) if (!e.date.date && !e.date.anchor && !background.has(e)) dateFromVisit(state, e);
  for (const e of full) if (!e.date.date && !e.date.anchor && !background.has(e)) dateFromRemark(state, e);
  placeMeetings(state, full.filter((e) => !background.has(e)));

  const others = state.events.filter((e) => e.kind !== "meeting");
  state.events = [...full, ...others].sort((a, b) => a.evidence.sentenceIndex - b.evidence.sentenceIndex);
  state.events.forEach((e, i) => (e.index = i));
}

/**
 * A meeting the text places nowhere takes, in this order:
 *   - the one place its people were at that day: a trip, an attendance, another meeting the text places
 *     ("X, attending the summit in Antalya, held talks with Y"; "A received B at the palace …, and then C");
 *   - where the gathering it was told beside was held ("on the sidelines of the summit": _summit-place);
 *   - the city of the dateline;
 *   - the one place the whole article puts people at that day.
 * Places within one another count as one (the most specific is taken); two different places, as none, but that the
 * meeting is where its people last travelled to before it that day ("arrived in Moscow on Monday. He was received at
 * the airport by X. Later in the evening, Y hosted him at Novo-Ogaryovo": the airport is Moscow's). Then a
 * meeting placed only in a country (by the text, or by what it took) takes the dateline's city when it lies there.
 */
function placeMeetings(state: ExtractState, meetings: EventFact[]): void {
  const seen = presences(state, meetings);
  const dateline = state.dateline;
  for (const e of meetings) {
    if (e.place === undefined) {
      const keys = keysOf(state, e);
      const sameDay = seen.filter((p) => sameTime(state, p.date, e.date));
      const theirs = sameDay.filter((p) => [...p.keys].some((k) => keys.has(k)));
      e.place = onePlace(state, theirs.map((p) => p.place)) ?? lastBefore(state, theirs, e) ?? leadSigningPlace(state, e) ?? summitPlace(state, e) ?? dateline ?? onePlace(state, sameDay.map((p) => p.place));
    }
    // a meeting the text, or the trip it takes its place from, puts only in a country ("در نخستین سفر … به بولیوی …
    // دیدار کرد", "الذي يقوم بزيارة رسمية للمملكة") is in the dateline's city when that city is in the country
    // ("لاپاز - ایسنا -")
    if (e.place !== undefined && dateline !== undefined && state.mentions[e.place].placeKind === "country" && dateline !== e.place && within(state, dateline, e.place)) e.place = dateline;
  }
}

/**
 * The one place of the trips told last before meeting `e` (in the latest earlier sentence that tells any: "arrived in
 * Moscow on Monday"), for a meeting of a known day only: undated reports of several places ("X met A in Kabul. X met B
 * in Beijing. X also held talks with C") say nothing of where C was, and the places of other meetings may be their
 * topics, not their venues.
 */
function lastBefore(state: ExtractState, theirs: Presence[], e: EventFact): number | undefined {
  if (e.date.precision !== "day" || !e.date.date) return undefined;
  const trips = theirs.filter((p) => p.trip && p.sentence < e.evidence.sentenceIndex);
  const last = Math.max(...trips.map((p) => p.sentence));
  return Number.isFinite(last) ? onePlace(state, trips.filter((p) => p.sentence === last).map((p) => p.place)) : undefined;
}

/**
 * "A and B signed a pact in Doha on Sunday. X and Y signed it for them …": the signing of the envoys, told right
 * after a signing by the states or bodies they sign for, happened where that one did (the place after a
 * preposition of place in the sentence before, or after one and a city's noun: "در شهر X", "in the city of X").
 */
function leadSigningPlace(state: ExtractState, e: EventFact): number | undefined {
  const i = state.sentences.findIndex((x) => x.s.index === e.evidence.sentenceIndex);
  const [prev, st] = [state.sentences[i - 1], state.sentences[i]];
  const signing = (x: SentenceState) => x.triggers.some((t) => t.kind === "agreement");
  if (!prev || !st || prev.s.heading || !signing(st) || !signing(prev)) return undefined;
  const preps = state.lex.words.sets.placePreposition;
  // (past a noun of a city: "در شهر مورمانسک", "في مدينة …", "in the city of …")
  const filler = state.lex.words.sets[`cityFiller.${state.lang}`] ?? new Set<string>();
  const prepBefore = (k: number) => {
    for (let n = 0; n < 3 && k >= 0 && filler.has(prev.tokens[k].key) && !preps.has(prev.tokens[k].key); n++) k--;
    return k >= 0 && preps.has(prev.tokens[k].key);
  };
  // (in the clause of a signing: not in a relative clause of what the document says, "… امضا کردند که … در افغانستان")
  const clauses = prev.triggers.filter((t) => t.kind === "agreement").map((t) => clauseOf(prev, t.start));
  const inSigning = (m: number) => clauses.some((c) => inSpan(prev.spans.get(m)!.start, c));
  const at = prev.mentions.filter((m) => state.mentions[m].kind === "place" && inSigning(m) && prepBefore(prev.spans.get(m)!.start - 1));
  // where it was signed ("در تهران", "in Doha") over where something is sent ("… به ترکیه می‌فرستد": sends to Turkey)
  const staying = at.filter((m) => !TOWARD.has(prev.tokens[prev.spans.get(m)!.start - 1]?.key ?? ""));
  return onePlace(state, staying.length ? staying : at);
}

/** Prepositions of direction ("to"), not of place: a signing happens in a place, it sends things to others. */
const TOWARD = new Set(["به", "to", "into", "إلى", "الى"]);

/** Weekdays that reports of one meeting called "today" in this article. */
const todayClues = new WeakMap<ExtractState, Set<number>>();

/**
 * One meeting reported as happening "today" and "on Thursday" in the same undated article tells us
 * that the article's today is a Thursday: every "Thursday" in it is then the same day as "today".
 */
function unifyToday(state: ExtractState, events: EventFact[]): void {
  const clues = todayClues.get(state);
  if (state.publishedAt || !clues || clues.size !== 1) return;
  const w = [...clues][0];
  if (state.todayWeekday !== undefined && state.todayWeekday !== w) return;
  state.todayWeekday = w;
  for (const e of events) {
    if (!e.date.date && (e.date.anchor === `weekday:${w}` || e.date.anchor === "today")) e.date = { ...e.date, anchor: "today", weekday: w };
  }
}

function absorb(state: ExtractState, into: EventFact, from: EventFact, addPeople: boolean): void {
  for (const [a, b] of [[into.date, from.date], [from.date, into.date]]) {
    const m = /^weekday:(\d)$/.exec(b.anchor ?? "");
    if (a.anchor === "today" && !a.date && !b.date && m) {
      if (!todayClues.has(state)) todayClues.set(state, new Set());
      todayClues.get(state)!.add(Number(m[1]));
    }
  }
  if (addPeople) {
    const keys = keysOf(state, into);
    for (const p of from.participants) {
      const k = keyOf(state, p);
      if (!keys.has(k)) {
        into.participants.push(p);
        keys.add(k);
      }
    }
  }
  if (rankDate(from.date) > rankDate(into.date)) into.date = from.date;
  if (from.place !== undefined && placeScore(state, into.place, from.place) < 2 && specificity(state, from.place) > specificity(state, into.place)) into.place = from.place;
  into.confidence = Math.min(0.95, Math.max(into.confidence, from.confidence) + 0.05);
}

function keyOf(state: ExtractState, m: number): string {
  return personKey(state, m);
}

function keysOf(state: ExtractState, e: EventFact): Set<string> {
  return new Set(e.participants.map((p) => keyOf(state, p)));
}

function rankDate(d: DateValue): number {
  if (d.date && d.precision === "day") return 4;
  if (d.anchor) return 3;
  if (d.date) return 2;
  return 0;
}

/** Characters of an ISO date that a precision fixes. */
const FIXED: Record<string, number> = { day: 10, month: 7, year: 4 };

export function datesAgree(a: DateValue, b: DateValue, publishedAt?: string): boolean {
  if (a.date && b.date && a.precision === "day" && b.precision === "day") return a.date === b.date;
  // "last week" is no report of a meeting held yesterday (dates/resolve.ts weekHolds)
  if (a.anchor && !a.date && b.date && b.precision === "day" && !weekHolds(a.anchor, b.date, publishedAt)) return false;
  if (b.anchor && !b.date && a.date && a.precision === "day" && !weekHolds(b.anchor, a.date, publishedAt)) return false;
  // a month or a year holds a day only when the day is in it ("in May" is no report of "Saturday, July 8")
  const n = Math.min(FIXED[a.precision ?? ""] ?? 0, FIXED[b.precision ?? ""] ?? 0);
  if (a.date && b.date && n && a.date.slice(0, n) !== b.date.slice(0, n)) return false;
  if (a.anchor && b.anchor && !a.date && !b.date) {
    if (a.anchor === b.anchor) return true;
    // "today" and "Thursday" in an undated article may be the same day (see unifyToday)
    const other = a.anchor === "today" ? b.anchor : b.anchor === "today" ? a.anchor : "";
    return /^weekday:\d$/.test(other);
  }
  if (a.weekday && b.weekday && a.weekday !== b.weekday) return false;
  return true;
}

/**
 * An undated meeting whose participant, quoted later in the article, speaks of "today" («Today we are due to
 * sign…», «امروز …») took place that day: the remark is made at the visit the article reports. Only one such
 * day, and only a participant's own words.
 */
function dateFromRemark(state: ExtractState, e: EventFact): void {
  const keys = keysOf(state, e);
  const dates = new Set<string>();
  for (const st of state.sentences) {
    if (st.s.index < e.evidence.sentenceIndex || st.speaker === undefined || !keys.has(keyOf(state, st.speaker))) continue;
    for (const d of st.dates) if (d.value.anchor === "today" && d.value.date && d.value.precision === "day") dates.add(d.value.date);
  }
  if (dates.size !== 1) return;
  const date = [...dates][0];
  e.date = { date, precision: "day", basis: "context", text: `"today" in a participant's remark` };
}

function dateFromVisit(state: ExtractState, e: EventFact): void {
  const keys = keysOf(state, e);
  const dates = new Set<string>();
  for (const v of state.events) {
    if (v.kind !== "visit" || !v.date.date || v.date.precision !== "day") continue;
    if (!v.participants.some((p) => keys.has(keyOf(state, p)))) continue;
    if (e.place !== undefined && v.place !== undefined && placeScore(state, e.place, v.place) === 0) continue;
    dates.add(v.date.date);
  }
  if (dates.size !== 1) return;
  const date = [...dates][0];
  e.date = { date, precision: "day", basis: "context", text: `visit on ${date}` };
}

/**
 * Is `later`, told after the undated report `lead`, dated wholly before the days an undated report is about (the
 * UNDATED_WINDOW_DAYS up to the paper's day)? Then it is a background meeting of the same people, not the lead's told
 * again: "A and B agreed Friday … During their talks …" and, at the end, "B last visited Tokyo in February, when he
 * held talks with A". (A report told after a dated one still joins it: "A met B in 1985. The talks lasted …".)
 */
function backgroundOf(state: ExtractState, lead: EventFact, later: EventFact): boolean {
  if (lead.date.date || lead.date.anchor || !later.date.date || !state.publishedAt) return false;
  if (lead.evidence.sentenceIndex >= later.evidence.sentenceIndex) return false;
  const d = later.date.date;
  const end = later.date.precision === "year" ? `${d.slice(0, 4)}-12-31` : later.date.precision === "month" ? `${d.slice(0, 7)}-31` : d;
  const start = new Date(Date.parse(`${state.publishedAt}T00:00:00Z`) - UNDATED_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  return end < start;
}

/** A meeting told with an adverb that puts it before the story right before its event word ("last met", "had previously held talks"; cues.json beforeTheStory). */
function toldAsEarlier(state: ExtractState, e: EventFact): boolean {
  const before = state.lex.words.sets.beforeTheStory;
  if (!before) return false;
  const at = toldAt(state, e);
  return !!at && before.has(at.st.tokens[at.t.start - 1]?.key ?? "");
}
