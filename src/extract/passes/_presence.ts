// Where the article puts its people, and on which day: a trip ("arrived in Moscow", "راهی نیویورک شد",
// "حطّ في بغداد"), an attendance ("attending the G20 summit in Antalya", "برای حضور در … در نیویورک",
// "للمشاركة في القمة في الدوحة"), or a meeting the text places ("received X at the palace"). Pass 6 gives a
// meeting the text places nowhere the one place its people were at that day (see placeMeetings there).
// Helpers for pass 6; not a pass itself.
import { GATHERING, namedAsSession, toldSessionBefore } from "./_body-sessions.js";
import type { DateValue, EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { clauseOf } from "../state.js";
import { actorsIn, atPost, personKey } from "./_mentions.js";
import { inSinceSpan } from "./_event-parts.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { addDays } from "../dates/calendars.js";

export interface Presence {
  /** Person keys (personKey) of the people who were there. */
  keys: Set<string>;
  /** Mention index of the place. */
  place: number;
  date: DateValue;
  /** Index of the sentence that tells it. */
  sentence: number;
  /** A trip or an attendance (not the place of a meeting). */
  trip: boolean;
}

/** Modality that says a trip was not (yet) made: "invited X to visit Ankara", "will travel to", "would travel to", "on the eve of his visit", "لم يزر". */
const NOT_MADE = new Set(["planned", "invited", "condition", "modal", "eve", "denied", "notHeld", "negation", "without", "cancelled", "postponed"]);
const RANK: Record<string, number> = { site: 5, city: 4, region: 3, country: 2 };
/** Tokens between a modality word and the travel word it governs (as MODALITY_WINDOW in _modality-scope). */
const WINDOW = 4;
/** Tokens after a travel word in which its destination is named ("arrived on Sunday evening in Baghdad"). */
const REACH = 8;

/** The trips and attendances of the article's people, and the places of its placed meetings. */
export function presences(state: ExtractState, meetings: EventFact[]): Presence[] {
  const out: Presence[] = [];
  for (const st of state.sentences) {
    if (st.s.heading) continue;
    for (const t of st.triggers) {
      if (t.kind !== "visit") continue;
      const clause = clauseOf(st, t.start);
      if (st.modality.some((m) => NOT_MADE.has(m.kind) && governs(m, t, clause))) continue;
      // (a Persian trip in the subjunctive, «… به آنکارا سفر کند», is one still to come, however far its plan word;
      // cues.json lightVerbSubjunctive)
      if (state.lang === "fa" && state.lex.words.sets["lightVerbSubjunctive.fa"]?.has(st.tokens[t.end]?.key ?? "")) continue;
      // a trip told after a meeting in the same clause is where they went next ("met Y, before leaving for Berlin")
      if (st.triggers.some((m) => m.kind === "meeting" && m.start >= clause.start && m.end <= t.start)) continue;
      const place = destination(state, st, clause, t);
      if (place === undefined) continue;
      const actors = actorsIn(state, st, clause);
      // the traveller is the clause's subject: the people before the travel word, else all of them
      const before = actors.filter((m) => st.spans.get(m)!.start < t.start);
      const who = before.length ? before : actors;
      if (!who.length) continue;
      out.push({ keys: new Set(who.map((m) => personKey(state, m))), place, date: dateOf(st, clause, t.start), sentence: st.s.index, trip: true });
    }
  }
  // a placed meeting puts its people in its town that day, not at its site: talks at the Kremlin do not place
  // the visitor's other talks in Moscow there
  for (const e of meetings) {
    if (e.place !== undefined) out.push({ keys: new Set(e.participants.map((m) => personKey(state, m))), place: townOf(state, e.place), date: e.date, sentence: e.evidence.sentenceIndex, trip: false });
  }
  return out;
}

/** Days from the publication day within which a dated trip or meeting is the article's news, not its background. */
const RECENT_DAYS = 10;

/**
 * A dated trip or meeting is recent: on a day within RECENT_DAYS of the publication day (any day, when the
 * article has none). One dated only by year or month ("had visited Paris in 2019") is background.
 */
function recent(state: ExtractState, d: DateValue): boolean {
  if (!d.date) return true;
  if (d.precision !== "day") return false;
  const p = state.publishedAt;
  return !p || (d.date >= addDays(p, -RECENT_DAYS) && d.date <= addDays(p, RECENT_DAYS));
}

/**
 * Is a dated report wholly before the days of the story (its day, month or year ends more than RECENT_DAYS before the
 * paper's day: "had visited Paris in February" in a November paper)?
 */
function beforeTheStory(state: ExtractState, d: DateValue): boolean {
  const p = state.publishedAt;
  if (!d.date || !p) return false;
  const end = d.precision === "year" ? `${d.date.slice(0, 4)}-12-31` : d.precision === "month" ? `${d.date.slice(0, 7)}-31` : d.date;
  return end < addDays(p, -RECENT_DAYS);
}

/**
 * Could someone's presence at a place (dated `p`) be at the meeting (dated `e`)? An undated presence, yes, but for a
 * meeting dated before the story's days (an undated trip is the story's); an undated meeting, only a recent presence;
 * two dates, when the less precise one contains the other.
 */
export function sameTime(state: ExtractState, p: DateValue, e: DateValue): boolean {
  // (an undated presence of days to come, "next week", is at no dated meeting)
  if (!p.date && p.anchor && /\+\d+$/.test(p.anchor) && e.date) return false;
  if (!p.date) return !(p.weekday && e.weekday && p.weekday !== e.weekday) && (!!p.anchor || !beforeTheStory(state, e));
  if (!e.date) return !e.anchor && recent(state, p);
  const len = (d: DateValue) => (d.precision === "year" ? 4 : d.precision === "month" ? 7 : 10);
  const n = Math.min(len(p), len(e));
  return p.date.slice(0, n) === e.date.slice(0, n);
}

/** The chain of places containing a place, itself first. */
export function placeChain(state: ExtractState, id: string | undefined): string[] {
  const out: string[] = [];
  let cur = id === undefined ? undefined : placeSlug(id);
  for (let i = 0; cur && i < 6; i++) {
    out.push(lexPlaceId(cur));
    cur = state.lex.places.get(cur)?.within ?? undefined;
  }
  return out;
}

/**
 * Where a placed meeting puts its people for the day: its town (city or region) when the article names the town
 * its site is in, else the place itself ("received X at Ain el-Tineh, … and then Y": an article that names only
 * the residence is set there).
 */
function townOf(state: ExtractState, m: number): number {
  const x = state.mentions[m];
  if (x.placeKind !== "site") return m;
  for (const id of placeChain(state, x.lexiconId).slice(1)) {
    const town = state.mentions.find((y) => y.kind === "place" && y.lexiconId === id && (y.placeKind === "city" || y.placeKind === "region"));
    if (town) return town.index;
  }
  return m;
}

/**
 * A modality word governs a travel word next to it ("will travel to", "سفر خواهد کرد"); an invitation or a
 * denial, one anywhere after it in the clause ("conveyed an invitation from X to Y to visit Ankara").
 */
function governs(m: TokenSpan & { kind: string }, t: TokenSpan, clause: TokenSpan): boolean {
  if (m.start < clause.start || m.end > clause.end) return false;
  // "on the eve of his visit to Tehran": only the trip word right after it ("arrived on the eve of the summit" was made)
  if (m.kind === "eve") return m.end <= t.start && t.start - m.end <= 2;
  if (m.end <= t.start) return t.start - m.end <= (m.kind === "invited" || m.kind === "denied" ? Infinity : WINDOW);
  return m.start - t.end <= WINDOW;
}

/**
 * The destination of a travel word: the most specific place of its clause, after it in English and Arabic
 * (within REACH tokens), anywhere in the clause in Persian, whose verb comes last ("به تهران سفر کرد").
 * A country counts here ("visited Egypt"); a place someone comes from, or a title's country, does not.
 */
function destination(state: ExtractState, st: SentenceState, clause: TokenSpan, t: TokenSpan): number | undefined {
  let best: { m: number; rank: number; dist: number } | undefined;
  for (const m of st.mentions) {
    const x = state.mentions[m];
    const sp = st.spans.get(m)!;
    if (x.kind !== "place" || sp.start < clause.start || sp.end > clause.end) continue;
    if (state.lang !== "fa" && (sp.start < t.end || sp.start - t.end > REACH)) continue;
    if (st.titles.some((r) => r.countrySpan && r.countrySpan.start <= sp.start && r.countrySpan.end >= sp.end) || atPost(state, st, sp)) continue;
    if (st.cues.some((c) => (c.kind === "genitive" || c.kind === "from") && c.end === sp.start)) continue;
    // (nor where the trip did not go: "outside X"; nor a place in a span of "since", «از زمان آغاز جنگ اوکراین»)
    if (outside(state, st, sp.start) || inSinceSpan(state, st, sp)) continue;
    const rank = RANK[x.placeKind ?? "country"];
    if (rank === undefined) continue; // areas and continents are no destination of a meeting
    const dist = Math.abs(sp.start - t.start);
    if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) best = { m, rank, dist };
  }
  return best?.m;
}

/** Words back from a place within which "outside" makes it no destination ("outside the territory of the former X"). */
const OUTSIDE_REACH = 3;

/** Is the place at token `at` what a trip went outside of ("the first trip outside X", «به خارج از قلمرو X»; cues.json outsideOf)? */
function outside(state: ExtractState, st: SentenceState, at: number): boolean {
  const words = state.lex.words.sets[`outsideOf.${state.lang}`];
  for (let k = at - 1; k >= Math.max(0, at - OUTSIDE_REACH); k--) {
    if (st.tokens[k].punct) return false;
    if (words?.has(st.tokens[k].key)) return true;
  }
  return false;
}

/** The date written in the travel word's clause, else none (a trip's date is never guessed from elsewhere). */
function dateOf(st: SentenceState, clause: TokenSpan, at: number): DateValue {
  const from = st.tokens[clause.start].start;
  const to = st.tokens[clause.end - 1].end;
  const atChar = st.tokens[at].start;
  const d = st.dates.filter((x) => x.start >= from && x.end <= to).sort((a, b) => Math.abs(a.start - atChar) - Math.abs(b.start - atChar))[0];
  return d ? { ...d.value } : { date: null, precision: null, basis: "unknown" };
}

/** English visit words whose object may be a person ("visited X", "paid a visit to X"), not a trip's noun phrase. */
const VISIT_WORDS = new Set(["visited", "visit", "visits", "visiting", "official visit", "state visit", "working visit", "courtesy visit"]);

/**
 * A visit whose object is a person, not a place: "Y visited X", "Y paid a courtesy visit to Minister X" is a
 * meeting of X and Y. English only (Arabic "زار" puts its subject after it; Persian says "از X دیدن کرد", a meeting
 * phrase already). Not a person's home or office ("visited X's hometown", "visited the office of X").
 */
export function visitsPerson(state: ExtractState, st: SentenceState, trig: TokenSpan & { text: string }): boolean {
  if (state.lang !== "en" || !VISIT_WORDS.has(trig.text.toLowerCase())) return false;
  let j = trig.end;
  if (st.tokens[j]?.key === "to") j++;
  // past the title before the name ("visited Turkish Foreign Minister X")
  const title = st.titles.find((t) => (t.start === j || t.countrySpan?.start === j) && t.person !== undefined);
  if (title) j = Math.max(title.phraseEnd, j);
  const m = st.owner[j];
  if (m === undefined || m < 0 || state.mentions[m].kind !== "person") return false;
  const end = st.spans.get(m)?.end ?? j + 1;
  return !/^['’]s?$/.test(st.tokens[end]?.text ?? "");
}

/**
 * A gathering noun that names a body's session, not a meeting of the clause's people: "attended the APEC summit",
 * "among the leaders at the AU summit", "the summit of the Arab League", «قمة مجموعة العشرين», «نشست سران سازمان
 * همکاری شانگهای», «القمة العربية», and a bare «القمة» after one (`_body-sessions`). The people named at it attended
 * it; they did not meet one another for that.
 */
export function bodySession(state: ExtractState, st: SentenceState, trig: TokenSpan & { text: string }): boolean {
  if (!GATHERING.has(trig.text.toLowerCase())) return false;
  return namedAsSession(state, st, trig) || toldSessionBefore(state, st, trig);
}
