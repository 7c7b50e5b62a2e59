// The event a clause reports, as a fact: its place (the most specific venue the clause names) and its date (the
// nearest date of the clause, else its context: _event-dates). A helper of pass 5 (05-events), split from it.
import type { EventFact, EventKind } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inSpan } from "../state.js";
import { lexPlaceId, placeSlug } from "../../ids.js";
import { placeChain } from "./_presence.js";
import { atPost } from "./_mentions.js";
import { dateInContext, refined } from "./_event-dates.js";
import { locativeBefore, namesGathering, sinceDate } from "./_occasion-words.js";
import { datelineDash } from "./_dateline.js";
import { isSince } from "./_event-parts.js";
import { insideOrganization, namesDocument, ofTitle, possessorOfNoun, titleBody, topicPlace } from "./_no-venue.js";

const PLACE_RANK: Record<string, number> = { site: 5, city: 4, region: 3, area: 1, country: 2 };

/**
 * Appends the event of a clause to `state.events`, with its place and its date (the one given, when the caller
 * knows it: a day of its own in "met A on Sunday and B on Monday"), and returns it.
 */
export function pushEvent(state: ExtractState, st: SentenceState, clause: TokenSpan, kind: EventKind, participants: number[], trigger: string, at: number, confidence: number, date?: EventFact["date"]): EventFact {
  // "… قادما من الرياض، حيث التقى X يوم الثلاثاء": the event of a "where" clause is at the place it follows, and
  // when that place is a trip's origin, before the trip: only the "where" clause's own words date it
  const where = whereClause(state, st, clause, at);
  const [near, fromAside] = dateNear(state, st, where?.origin ? { start: where.from, end: clause.end } : clause, at, !!where?.origin, kind);
  const ev: EventFact = {
    index: state.events.length,
    kind,
    participants: [...participants],
    place: where ? whereVenue(state, st, where, clause, at, kind) : placeIn(state, st, clause, at, kind),
    date: date ?? near,
    trigger,
    evidence: { sentence: st.s.text, sentenceIndex: st.s.index, start: st.s.start, end: st.s.end },
    confidence,
  };
  if (!date) ev.date = dateInContext(state, st, clause, kind, ev.date, fromAside);
  state.events.push(ev);
  return ev;
}

/**
 * The place of a "where" clause's event: a venue the clause names itself inside the place it follows ("from Rwanda,
 * where he met X in Kigali", a site no lexicon places), else that place ("from Damascus, where he held talks …, on his
 * first visit to Syria").
 */
function whereVenue(state: ExtractState, st: SentenceState, where: { place: number; from: number }, clause: TokenSpan, at: number, kind: EventKind): number {
  const own = venueIn(state, st, { start: where.from, end: clause.end }, at, kind);
  if (own === undefined || own === where.place) return where.place;
  const [id, outer] = [state.mentions[own].lexiconId, state.mentions[where.place].lexiconId];
  return !id || (outer && placeChain(state, id).slice(1).includes(lexPlaceId(placeSlug(outer)))) ? own : where.place;
}

/** The most specific place of the clause that is not a title's country ("وزیر خارجه سوریه"). */
function placeIn(state: ExtractState, st: SentenceState, clause: TokenSpan, at: number, kind: EventKind): number | undefined {
  return venueIn(state, st, clause, at, kind) ?? hereDateline(state, st, clause);
}

/**
 * The venue the clause names, by the rules of an event's place, with no fallback on the dateline: a country in a
 * title ("رئيس جمهورية جنوب السودان X") or in a body's name ("حركة تحرير السودان") is no venue. Used by
 * _joiners.sameCeremony: a signing that names a venue of its own is another occasion.
 */
export function venueIn(state: ExtractState, st: SentenceState, clause: TokenSpan, at: number, kind: EventKind): number | undefined {
  let best: { m: number; rank: number; dist: number } | undefined;
  // the dateline ("WASHINGTON (Reuters) -") is where the report was filed: pass 6 falls back on it, but it is no
  // venue that the sentence names
  const dash = datelineDash(state, st);
  for (const m of st.mentions) {
    const x = state.mentions[m];
    const sp = st.spans.get(m)!;
    if (x.kind !== "place" || !inSpan(sp.start, clause) || sp.end <= dash) continue;
    if (x.placeKind === "area" || x.placeKind === "continent") continue; // "the situation in the Middle East" is not where they met
    if (st.titles.some((t) => t.countrySpan && t.countrySpan.start <= sp.start && t.countrySpan.end >= sp.end)) continue;
    if (atPost(state, st, sp)) continue;
    // the body inside a person's title ("المتحدث باسم الكرملين X", "Mayor of Paris X"): who they are, not a venue
    if (st.titles.some((t) => t.person !== undefined && t.start <= sp.start && sp.end <= t.end) && !st.cues.some((c) => c.kind === "locative" && c.end === sp.start)) continue;
    if (st.cues.some((c) => (c.kind === "genitive" || c.kind === "from") && c.end === sp.start)) continue; // "the fall of …", "arrived from Amman"
    // "the first such meeting since Buenos Aires": the place of an earlier occasion, a starting point
    if (isSince(st, sp.start - 1)) continue;
    if (namesDocument(state, st, sp)) continue;
    // "…, State House said", "كشف الكرملين أن …" (the Kremlin revealed): the speaker, not the venue
    if (st.cues.some((c) => c.kind === "speech" && (c.start === sp.end || c.end === sp.start))) continue;
    // "Kremlin aide X", "White House Indo-Pacific coordinator X": the body of a title, not a venue (unless the text
    // puts something there: "in Moscow Foreign Minister X met …")
    if (titleBody(st, sp) && !st.cues.some((c) => c.kind === "locative" && c.end === sp.start)) continue;
    if (ofTitle(state, st, sp) || insideOrganization(state, st, sp)) continue;
    // a country is where it happened only when the text says so ("in Russia", "به روسیه", "في روسيا")
    const written = state.doc.article.text.slice(st.tokens[sp.start].start, st.tokens[sp.end - 1].end);
    const proclitic = /^(ب|وب|فب)/.test(written) && state.mentions[m].text !== written;
    if (x.placeKind === "country" && !proclitic && !locativeBefore(st, sp)) continue;
    if (topicPlace(state, st, sp) || possessorOfNoun(state, st, sp)) continue;
    // a place in a relative clause of another act, after a comma ("…, who has been critical of Washington since July")
    if (inOtherRelative(state, st, sp, at)) continue;
    // the destination of a trip (of another event than the trip itself): after the meeting ("met Y, before leaving for Berlin") never its place; before
    // it ("arrived in Moscow, where he met Y") only when the clause names no other ("who visited Paris last
    // week, met Y in Berlin")
    const trip = kind === "visit" ? undefined : travelTo(state, st, sp);
    if (trip !== undefined && trip > at) continue;
    // (nor where a leaving told with a word of another time goes: "met Y before returning to Brasilia", «پیش از عزیمت
    // به پاریس، در رم با Y دیدار کرد»)
    if (kind !== "visit" && departureOfOtherTime(state, st, sp)) continue;
    // a Persian country after «به» with no trip word before it is where something goes ("تمدید دهلیز … به افغانستان"), no
    // venue (a building after it may be one: «موسوم به کاخ الشعب», called the People's Palace)
    if (state.lang === "fa" && kind !== "visit" && x.placeKind === "country" && st.tokens[sp.start - 1]?.key === "به" && !tripBefore(st, sp)) continue;
    // (a place that names the gathering, "نشست سه‌جانبه آستانه در تهران", "the Astana talks in Tehran", yields to
    // another place of its kind)
    // (a city-state, a country that is its own capital, "at the Vatican", "in Singapore", is as near as a city)
    const slug = x.placeKind === "country" && x.lexiconId ? placeSlug(x.lexiconId) : undefined;
    const placeKind = slug && state.lex.places.get(slug)?.capital === slug ? "city" : (x.placeKind ?? "country");
    const rank = (PLACE_RANK[placeKind] ?? 1) - (trip === undefined ? 0 : 10) - (namesGathering(state, st, sp) ? 0.5 : 0);
    const dist = Math.abs(sp.start - at);
    if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) best = { m, rank, dist };
  }
  return best?.m;
}

/**
 * "THIMPHU, June 15: X held talks with Y here": in a report under a dateline, "here" is the dateline's place
 * (English news style; not "here is", "here are").
 */
function hereDateline(state: ExtractState, st: SentenceState, clause: TokenSpan): number | undefined {
  if (state.lang !== "en" || state.dateline === undefined) return undefined;
  for (let k = clause.start; k < clause.end; k++) {
    if (st.tokens[k].key !== "here") continue;
    const next = st.tokens[k + 1]?.key;
    if (next !== "is" && next !== "are" && next !== "'s") return state.dateline;
  }
  return undefined;
}

/** Tokens back from a place within which a word of leaving (cues.json departureWord) goes to it. */
const DEPARTURE_REACH = 3;

/** Is the place at `sp` where a leaving goes that a word of another time opens ("before returning to X", «پیش از عزیمت به X»)? */
function departureOfOtherTime(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const words = state.lex.words.sets[`departureWord.${state.lang}`];
  for (let k = sp.start - 1; k >= Math.max(0, sp.start - DEPARTURE_REACH); k--) {
    if (st.tokens[k].punct) return false;
    if (words?.has(st.tokens[k].key)) return st.cues.some((c) => c.kind === "timedClause" && (c.end === k || c.end === k - 1));
  }
  return false;
}

/** Tokens back from a place after «به» in which a trip word makes it the trip's destination («سفر یک وزیر … به بولیوی»). */
const TRIP_REACH = 8;

function tripBefore(st: SentenceState, sp: TokenSpan): boolean {
  return st.triggers.some((t) => t.kind === "visit" && t.end <= sp.start && sp.start - t.end <= TRIP_REACH);
}

/** Where the travel word is whose destination a place is ("visited Paris", "flew to Berlin", "به تهران سفر کرد"). */
function travelTo(state: ExtractState, st: SentenceState, sp: TokenSpan): number | undefined {
  const t = st.triggers.find((t) => t.kind === "visit" && ((t.end <= sp.start && sp.start - t.end <= 1) || (state.lang === "fa" && t.start >= sp.end && t.start - sp.end <= 1)));
  return t?.start;
}

/**
 * A "where" clause the event word opens ("… قادما من الرياض، حيث التقى X", "وصل إلى القاهرة حيث أجرى مباحثات"):
 * the place mention right before the relative adverb (a comma and a date between them), the adverb's index, and whether that
 * place is the origin of a trip ("from", قادما من), so the event came before the trip the clause reports first.
 * Arabic and English ("… from Moscow, where he held talks with X on Friday": the comma may end the clause before it, in both);
 * undefined when no event word follows the adverb closely with no other event word between.
 */
function whereClause(state: ExtractState, st: SentenceState, clause: TokenSpan, at: number): { place: number; from: number; origin: boolean } | undefined {
  if (state.lang !== "ar" && state.lang !== "en") return undefined;
  for (let h = at - 1; h >= clause.start && at - h <= 6; h--) {
    if (!state.lex.words.sets.where.has(st.tokens[h].key)) continue; // the relative adverb (cues.json)
    if (st.triggers.some((t) => t.start > h && t.start < at)) return undefined;
    let end = /^[,،]$/.test(st.tokens[h - 1]?.text ?? "") ? h - 1 : h;
    // (past the trip's date: «زيارة … إلى نيودلهي الشهر الماضي، حيث التقى …»)
    const dated = (i: number) => st.dates.some((d) => st.tokens[i].start >= d.start && st.tokens[i].end <= d.end);
    while (end > 0 && dated(end - 1)) end--;
    const m = st.mentions.find((k) => state.mentions[k].kind === "place" && st.spans.get(k)!.end === end);
    if (m === undefined) return undefined;
    const sp = st.spans.get(m)!;
    if (sp.start < clause.start && end === h) return undefined;
    return { place: m, from: h + 1, origin: st.cues.some((c) => c.kind === "from" && c.end === sp.start) };
  }
  return undefined;
}

/** An English date followed by the possessive "'s" ("Thursday's visit", "yesterday's talks"): it modifies a noun. */
function possessiveDay(st: SentenceState, d: { end: number }): boolean {
  const k = st.tokens.findIndex((t) => t.start >= d.end);
  if (k < 0) return false;
  const [a, b] = [st.tokens[k], st.tokens[k + 1]];
  return a.start === d.end && (/^['’]s$/i.test(a.text) || (/^['’]$/.test(a.text) && b?.key === "s" && b.start === a.end));
}

/** The date of the event word at `at`, and whether it is only that of a relative clause's trip (see below). */
function dateNear(state: ExtractState, st: SentenceState, clause: TokenSpan, at: number, ownOnly = false, kind?: EventKind): [EventFact["date"], boolean] {
  const atChar = st.tokens[at].start;
  const cStart = st.tokens[clause.start].start;
  const cEnd = st.tokens[clause.end - 1].end;
  // the dateline's date ("Nairobi, March 12 (Reuters) - X met Y on Monday") dates the report, not the event,
  // when the sentence gives another
  const dash = datelineDash(state, st);
  // (nor does the starting point of a span: "for the first time since 1949", «للمرة الأولى منذ عام 2015»)
  const dated = st.dates.filter((d) => !sinceDate(st, d.start));
  const body = dash < 0 ? dated : dated.filter((d) => d.start >= st.tokens[dash].end);
  const dates = body.length ? body : dated;
  const inClause = dates.filter((d) => d.start >= cStart && d.end <= cEnd);
  // a contact word inside a relative clause set off by commas takes only that clause's dates ("Mubarak, who hosted the
  // talks at his palace, said the two sides would sign on Thursday": the talks are not of Thursday; a visit told there,
  // "who is on an official visit", is the main clause's time)
  const own = kind === "visit" ? undefined : asides(state, st).find(([a, b, apposition]) => !apposition && atChar >= a && atChar <= b);
  if (own) {
    // (with none there, the date of the noun the clause follows: «بعد زيارته في الثامن والعشرين من يوليو، التي وقع
    // خلالها …», the visit of that day)
    // (one that starts there: the comma of "on August 1, 2017" ends no clause)
    const inside = inClause.filter((d) => d.start >= own[0] && d.start < own[1]);
    const gap = (d: (typeof inClause)[number]) => state.doc.article.text.slice(d.end, own[0]).trim() === "";
    const mine = inside.length ? inside : inClause.filter((d) => d.end <= own[0] && gap(d));
    const d = refined(mine).sort((x, y) => Math.abs(x.start - atChar) - Math.abs(y.start - atChar))[0];
    return d ? [{ ...d.value }, false] : [{ date: null, precision: null, basis: "unknown" }, false];
  }
  const all = inClause.length || ownOnly ? inClause : dates;
  // a date inside a relative clause set off by commas that does not hold the event word dates that clause
  // ("X, who will travel to Bergen on Friday, met Y in Oslo on Monday"), unless no other date is left; one of an
  // apposition right before the event word ("X, sworn in only three days ago, met Y") never
  const aside = asides(state, st).filter(([a, b, apposition]) => (atChar < a || atChar > b) && (!apposition || (atChar > b && !st.tokens.some((t) => t.start > b && t.end <= atChar && !t.punct))));
  const outside = all.filter((d) => !aside.some(([a, b]) => d.start >= a && d.end <= b));
  // (with no other date, one of a relative clause that tells a trip or a contact, which the meeting belongs to: "X, who
  // arrived on Friday, was received by Y", "…, who held a bilateral meeting with Y on 24 August"; not one of another
  // act: "X, who took office in December, also held talks with Y", "…, who has been critical of Washington since the
  // coup in July", "X handed over the chair to Y, whose country will host the summit next year")
  const trip = ([a, b]: Aside) => st.triggers.some((t) => t.kind !== "agreement" && st.tokens[t.start].start >= a && st.tokens[t.end - 1].end <= b);
  const found = refined(outside.length ? outside : all.filter((d) => !aside.some((x) => (x[2] || !trip(x)) && d.start >= x[0] && d.end <= x[1])));
  // (a day in the possessive dates the noun after it, not the clause, when the clause names another: "prepared
  // Thursday's visit during talks in Ankara on November 8")
  const pool = found.some((x) => !possessiveDay(st, x)) ? found.filter((x) => !possessiveDay(st, x)) : found;
  const d = [...pool].sort((a, b) => Math.abs(a.start - atChar) - Math.abs(b.start - atChar))[0];
  // (whether that date is only a trip's, with no contact told beside it: "Mr X, who arrived on Saturday, also held talks")
  const contactIn = ([a, b]: Aside) => st.triggers.some((t) => (t.kind === "meeting" || t.kind === "call") && st.tokens[t.start].start >= a && st.tokens[t.end - 1].end <= b);
  const tripOnly = !!d && !outside.length && aside.some((x) => d.start >= x[0] && d.end <= x[1] && !contactIn(x));
  return d ? [{ ...d.value }, tripOnly] : [{ date: null, precision: null, basis: "unknown" }, false];
}

/** Inside a relative clause (asides) that does not hold the token `at` and tells no trip or contact of its own? */
function inOtherRelative(state: ExtractState, st: SentenceState, sp: TokenSpan, at: number): boolean {
  const from = st.tokens[sp.start].start;
  const to = st.tokens[sp.end - 1].end;
  const atChar = st.tokens[at]?.start ?? -1;
  return asides(state, st).some(([a, b, apposition]) =>
    !apposition && from >= a && to <= b && !(atChar >= a && atChar <= b) && !st.triggers.some((t) => t.kind !== "agreement" && st.tokens[t.start].start >= a && st.tokens[t.end - 1].end <= b),
  );
}

/**
 * A person inside a relative clause set off by commas that holds none of the clause's event words and tells no
 * contact or joining of its own ("X received Y, who is accompanying President Z on his visit", «استقبل X نظيره Y،
 * الذي يرافق رئيس الحكومة Z في زيارته»): who the clause says Y is with or about, not a side of the event (a trip
 * of someone else told there does not make its people sides either), unless it says who was beside the side.
 */
export function inPersonAside(state: ExtractState, st: SentenceState, sp: TokenSpan, triggers: TokenSpan[]): boolean {
  const from = st.tokens[sp.start].start;
  const to = st.tokens[sp.end - 1].end;
  const inside = (t: TokenSpan, a: number, b: number) => st.tokens[t.start].start >= a && st.tokens[t.end - 1].end <= b;
  return asides(state, st).some(([a, b, apposition]) =>
    !apposition && from >= a && to <= b && !triggers.some((t) => inside(t, a, b)) && !st.triggers.some((t) => (t.kind === "meeting" || t.kind === "call" || t.kind === "join") && inside(t, a, b)) &&
    // (one who was there beside the side: "who was accompanied by X", «الذي يرافقه X»; cues.json accompaniedBy)
    !st.cues.some((c) => c.kind === "accompaniedBy" && inside(c, a, b)),
  );
}

/** A span set off by commas: its start and end characters, and whether it is an apposition (not a relative clause). */
type Aside = [number, number, boolean];
const asidesOf = new WeakMap<SentenceState, Aside[]>();

/**
 * The character spans of the relative clauses of a sentence set off by commas (", who …,", "، الذي …،", or a comma and
 * the sentence's end) and of
 * the appositions to a person that name no one and no place and hold a date past their first words (", sworn in
 * only three days ago,", not ", on Monday," nor a list of names), computed once per sentence.
 */
function asides(state: ExtractState, st: SentenceState): Aside[] {
  let out = asidesOf.get(st);
  if (!out) asidesOf.set(st, (out = findAsides(state, st)));
  return out;
}

function findAsides(state: ExtractState, st: SentenceState): Aside[] {
  const rel = state.lex.words.sets[`relative.${state.lang}`];
  const out: Aside[] = [];
  const comma = (i: number) => /^[,،]$/.test(st.tokens[i]?.text ?? "");
  const kindAt = (i: number) => {
    const o = st.owner[i];
    return o !== undefined && o >= 0 ? state.mentions[o].kind : undefined;
  };
  const person = (i: number) => kindAt(i) === "person";
  for (let i = 1; i + 1 < st.tokens.length; i++) {
    if (!comma(i)) continue;
    // (not a Persian relative: که also joins a clause to a verb of saying or a purpose)
    const relative = !!rel?.has(st.tokens[i + 1].key) && state.lang !== "fa";
    if (!relative && !person(i - 1)) continue;
    let j = i + 2;
    while (j < st.tokens.length && !comma(j)) j++;
    // (a relative clause may run to the sentence's end: ", whose country will host the summit next year.")
    if (j >= st.tokens.length && relative) j = st.tokens.length - 1;
    if (j >= st.tokens.length) continue;
    if (relative) out.push([st.tokens[i].start, st.tokens[j].end, false]);
    else if (!st.tokens.slice(i + 1, j).some((_, k) => kindAt(i + 1 + k) === "person" || kindAt(i + 1 + k) === "place") && st.dates.some((d) => d.start >= st.tokens[i + 3]?.start && d.end <= st.tokens[j].start)) {
      out.push([st.tokens[i].start, st.tokens[j].end, true]);
    }
  }
  return out;
}
