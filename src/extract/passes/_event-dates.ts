// The date of an event that its own clause does not give, from its context: "X also met Y" and "X later met Y"
// after a dated contact, a lead sentence that dates a meeting of people it does not name, a contact before or after a
// ceremony (the day of the signing told before it), a day fronted at the start
// of the paragraph, and the coming (not the last) weekday of what is planned. A helper of 05-events, not a pass.
import type { DateValue, EventFact, EventKind } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { actorsIn, countryOfPerson, personKey } from "./_mentions.js";
import { sinceDate } from "./_occasion-words.js";
import { pointingBack } from "./_told-event.js";
import { clauseInPluperfect, eventInPluperfect } from "./_pluperfect.js";
import { ceremonyDay, ofOtherClause, summitDay } from "./_gathering-days.js";
import { bareDayPart } from "./_day-parts.js";
import { tripPointedAt } from "./_that-trip.js";


/**
 * `fromTrip`: the event's own date is only that of a relative clause's trip ("Mr X, who arrived on Saturday on a
 * three-day visit, also held talks with Y"): "also" and "later" then take the day of the contact told before instead.
 */
export function dateInContext(state: ExtractState, st: SentenceState, clause: TokenSpan, kind: EventKind, own: EventFact["date"], fromTrip = false): EventFact["date"] {
  // "A and B had last met in …", "had previously met": a meeting of the story's background, of no day it tells
  if (!own.date && backgroundPluperfect(state, st, clause)) return own;
  let date = own;
  // "X also met Y" (كما اجتمع، همچنین): an undated contact on the occasion of the one reported just before it
  // (past undated reports in between: "وتناول الطرفان خلال اللقاء …", the two sides discussed during the meeting)
  // (for "later", not a contact told in the pluperfect, the story's background, unless this one is told so too: "B had
  // met Y on Saturday. Y later met C" is of the story's day; "also" after one stays with it, or is of no day told)
  // (a part of the day with no day beside it, «و بعدازظهر با Y …», "in the evening", is later that day: _day-parts)
  const first = Math.min(...st.triggers.filter((t) => t.start >= clause.start && t.end <= clause.end).map((t) => t.start));
  const dayPart = bareDayPart(st, clause, first);
  const later = dayPart || st.cues.some((c) => c.kind === "later" && c.start >= clause.start && c.end <= clause.end);
  const prev = lastDatedContact(state, !later || clauseInPluperfect(state, st, clause));
  // "X later held talks with Y", "X then held talks with Y" (سپس، في وقت لاحق) is the next step of that day, unless a unit of time says how much
  // later ("three days later")
  // (and a signing by "the two sides" of the contact just told: "The two sides signed a migration arrangement, inked by
  // A and B")
  const signing = st.triggers.some((t) => t.kind === "agreement" && t.start >= clause.start && t.end <= clause.end);
  // (not after a word that looks back: "since then", "back then"; cues.json looksBack)
  // (nor after a unit of time: "three days later"; cues.json timeUnit)
  const looksBack = state.lex.words.sets["looksBack.en"];
  const units = state.lex.words.sets.timeUnit;
  const also = dayPart || st.cues.some((c) => (c.kind === "also" || (c.kind === "bothSides" && signing && st.s.index - (prev?.evidence.sentenceIndex ?? -9) === 1) || (c.kind === "later" && !units?.has(st.tokens[c.start - 1]?.key ?? "") && !looksBack?.has(st.tokens[c.start - 1]?.key ?? "") && !unitAfter(state, st, c.end))) && c.start >= clause.start && c.end <= clause.end);
  if (also && (!date.date || fromTrip) && (kind === "meeting" || kind === "call") && prev?.date.date && prev.date.precision === "day" && st.s.index - prev.evidence.sentenceIndex <= (sharesPerson(state, st, clause, prev) ? ALSO_REACH_SAME : 2)) {
    date = { ...prev.date, basis: "context" };
  }
  // "before this meeting, A had talked with B" («پیش از این دیدار», «قبل اللقاء»): a contact of the sentence of a noun
  // pointing back at the meeting told (_told-event) is of that meeting's day
  if (!date.date && (kind === "meeting" || kind === "call") && pointingBack.get(st)?.length) {
    const told = [...state.events].reverse().find((e) => e.kind === "meeting" && e.evidence.sentenceIndex < st.s.index);
    if (told?.date.date && told.date.precision === "day") date = { ...told.date, basis: "context" };
  }
  // "on that trip" («در آن سفر»): the day of the trip of the clause's people told last (_that-trip)
  if (!date.date && (kind === "meeting" || kind === "call")) date = tripPointedAt(state, st, clause) ?? date;
  if (!date.date && kind === "meeting") date = unnamedLeadDate(state, st, clause) ?? date;
  // (a date that starts a span, «منذ تولي X منصبه الشهر الماضي», dates nothing: the sentence dates nothing then)
  const undated = st.dates.every((d) => sinceDate(st, d.start));
  if (!date.date && (kind === "meeting" || kind === "call") && undated) date = ceremonyDay(state, st, clause) ?? summitDay(state, st, clause) ?? date;
  if (!date.date && (kind === "meeting" || kind === "call") && st.dates.length === 0) date = paragraphFrame(state, st) ?? date;
  // a plain weekday of what is planned is the coming one ("to meet in Astana on Wednesday"), not the last one,
  // unless the plan is told in the past ("was due to meet on Monday", «قرار بود», «كان من المقرر»)
  const d = date;
  const pastAux = state.lex.words.sets.pastAuxiliary;
  const past = st.tokens.slice(clause.start, clause.end).some((t) => pastAux?.has(t.key));
  if (kind === "planned" && !past && d.date && state.publishedAt && d.basis === "weekday" && /^weekday:\d$/.test(d.anchor ?? "") && d.date < state.publishedAt) {
    date = { ...d, date: addDays(d.date, 7) };
  }
  return date;
}

/** English "had" with an adverb that puts the event before the story ("had last met", "had previously held talks"; cues.json beforeTheStory). */
function backgroundPluperfect(state: ExtractState, st: SentenceState, clause: TokenSpan): boolean {
  const before = state.lex.words.sets.beforeTheStory;
  for (let k = clause.start; k < clause.end - 1; k++) if (st.tokens[k].key === "had" && before.has(st.tokens[k + 1].key)) return true;
  return false;
}

/** Sentences back "X also met Y" reaches for X's own dated contact ("وزیر خارجه قطر همچنین … با Y دیدار کرد"). */
const ALSO_REACH_SAME = 4;

/** Does the clause name (or refer to) someone of that contact? */
function sharesPerson(state: ExtractState, st: SentenceState, clause: TokenSpan, prev: EventFact): boolean {
  const keys = new Set(prev.participants.map((m) => personKey(state, m)));
  return st.mentions.some((m) => state.mentions[m].kind === "person" && st.spans.get(m)!.start >= clause.start && st.spans.get(m)!.start < clause.end && keys.has(personKey(state, m)));
}

/** «إثر ذلك بيومين», «بعد ذلك بثلاثة أيام»: a unit of time behind ب right after the Arabic adverbial, or after a number behind ب. */
function unitAfter(state: ExtractState, st: SentenceState, at: number): boolean {
  const units = state.lex.words.sets["timeUnit.ar"];
  if (!units) return false;
  const key = (k: number) => st.tokens[k]?.key ?? "";
  const bare = (k: number) => (key(k).startsWith("ب") ? key(k).slice(1) : key(k));
  return key(at).startsWith("ب") && (units.has(bare(at)) || units.has(key(at + 1)));
}

/**
 * "The leaders of A, B and C met here Thursday. President X hosted Y, Z and W at the palace.": a sentence
 * right before that reports a dated meeting of people it does not name (no event came of it) dates the
 * meeting that names them. So does a dated signing or agreement by states ("A and B signed a trade pact on Tuesday",
 * "A and B reached an agreement Monday") the signing or the talks of their envoys told next ("X and Y signed the
 * agreement at …", "X and Y announced the deal after an hour of talks", "X and Y held talks before signing …"; not talks that name no agreement: "A memorandum was signed on Tuesday.
 * X met Y." stays undated).
 */
function unnamedLeadDate(state: ExtractState, st: SentenceState, clause: TokenSpan): EventFact["date"] | undefined {
  const prev = leadBefore(state, st);
  // an agreement's lead dates only what goes on telling of the agreement: a signing, or the deal named again
  const docs = state.lex.words.sets[`documentNoun.${state.lang}`];
  const retells = st.triggers.some((t) => t.kind === "agreement") || st.tokens.some((t) => docs?.has(t.key));
  if (!prev || prev.s.heading || !prev.triggers.some((t) => t.kind === "meeting" || (t.kind === "agreement" && (retells || statesMeet(state, st, clause, prev))))) return undefined;
  if (state.events.some((e) => e.evidence.sentenceIndex === prev.s.index)) return undefined;
  // the last day it names: the event's own, after a dateline's ("ASTANA, March 15 (Xinhua) -- … met here Thursday")
  const day = [...prev.dates].reverse().find((d) => d.value.date && d.value.precision === "day" && d.value.basis !== "publication" && !ofOtherClause(prev, d));
  return day ? { ...day.value, basis: "context" } : undefined;
}

/**
 * "Colombia and Venezuela agreed on Tuesday to restore ties. Colombian President X met Venezuela's Y …": the people
 * of the clause whose state is known are of two states or more, and the lead names every one of them.
 */
function statesMeet(state: ExtractState, st: SentenceState, clause: TokenSpan, lead: SentenceState): boolean {
  const states = new Set(actorsIn(state, st, clause).map((m) => countryOfPerson(state, m)).filter((c) => c !== undefined));
  if (states.size < 2) return false;
  const named = new Set(lead.mentions.filter((m) => state.mentions[m].kind === "place").map((m) => state.mentions[m].lexiconId));
  return [...states].every((c) => named.has(c));
}

/** Sentences back the lead may stand, past sentences that tell no event and name no day ("Under the deal, …"). */
const LEAD_REACH = 3;

/** The sentence that leads `st`: the one right before, or the last before it past ones that tell nothing dated. */
function leadBefore(state: ExtractState, st: SentenceState): SentenceState | undefined {
  const at = state.sentences.indexOf(st);
  for (let k = at - 1; k >= Math.max(0, at - LEAD_REACH); k--) {
    const s = state.sentences[k];
    if (s.s.heading) return undefined;
    const told = s.dates.some((d) => d.value.precision === "day" && d.value.basis !== "publication") || state.events.some((e) => e.evidence.sentenceIndex === s.s.index);
    if (told || k === 0) return s;
  }
  return undefined;
}

/**
 * "On 18 February, the guest was welcomed at the palace. He then called on the President.": a day fronted at the
 * start of a paragraph and set off by a comma ("On 18 February,", «وفي يوم الاثنين،», «روز دوشنبه،») frames the
 * paragraph. A later sentence of it that reports an undated contact, with no date of its own and none named in
 * between, is of that day.
 */
function paragraphFrame(state: ExtractState, st: SentenceState): EventFact["date"] | undefined {
  const at = state.sentences.indexOf(st);
  for (let k = at - 1; k >= 0; k--) {
    const s = state.sentences[k];
    if (s.s.paragraph !== st.s.paragraph || s.s.heading) return undefined;
    if (!s.dates.length) continue;
    const opens = state.sentences[k - 1]?.s.paragraph !== s.s.paragraph;
    const d = s.dates[0];
    const before = s.tokens.filter((t) => t.end <= d.start && !t.punct).length;
    const after = s.tokens.find((t) => t.start >= d.end);
    const fronted = opens && before <= 1 && after?.punct && FRAME_COMMA.test(after.text);
    return fronted && d.value.date && d.value.precision === "day" && d.value.basis !== "publication" ? { ...d.value, basis: "context" } : undefined;
  }
  return undefined;
}

/** The comma that sets off a fronted date, in Latin and Arabic script. */
const FRAME_COMMA = /^[,،]$/;

function addDays(iso: string, n: number): string {
  const x = new Date(`${iso}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}

/**
 * The last event, or, when it is undated, the dated contact it retells ("وتناول الطرفان خلال اللقاء …": the same
 * people, told again): every event after that one is among its people.
 */
function lastDatedContact(state: ExtractState, background: boolean): EventFact | undefined {
  // (a trip told in between is no contact: "X، وزیر خارجه را در این سفر همراهی می‌کرد")
  const contacts = state.events.filter((e) => e.kind !== "visit" && (background || !eventInPluperfect(state, e)));
  const last = contacts[contacts.length - 1];
  if (!last || last.date.date) return last;
  const key = (m: number) => personKey(state, m);
  for (let k = contacts.length - 2; k >= 0; k--) {
    const e = contacts[k];
    if (!e.date.date) continue;
    const people = new Set(e.participants.map(key));
    return contacts.slice(k + 1).every((x) => x.participants.every((p) => people.has(key(p)))) ? e : last;
  }
  return last;
}

/**
 * A contact dated after the day the article was published, by a day counted forward from it, has not been held when
 * it was written: "Clinton leaves tomorrow for Damascus for talks with Assad", «ثم يغادر غدا إلى دمشق لإجراء محادثات
 * مع …», «قرار است … سال آینده … سفر کند» is a plan, whatever the verb's tense (the Arabic imperfect tells the present
 * and the future alike).
 */
export function laterThanPaper(state: ExtractState): void {
  // (only a date the article came with: a date read from a short first line may be the first event's own day)
  const paper = state.publishedGiven ? state.publishedAt : undefined;
  if (!paper) return;
  // (a day counted forward from the paper's, calendar.json relative: "tomorrow", "next week", «سال آینده»; or a weekday
  // told as the coming one, "next Thursday", «الخميس المقبل», «پنجشنبه آینده»: anchor weekday:N+; not a day of the
  // month, which a wrong binding may put after the paper's day, nor a bare weekday)
  const forward = (e: EventFact) => /^[a-z]+\+\d+$/.test(e.date.anchor ?? "") || /^weekday:\d\+$/.test(e.date.anchor ?? "");
  for (const e of state.events) if ((e.kind === "meeting" || e.kind === "call") && e.date.date && e.date.date > paper && forward(e)) e.kind = "planned";
}

/**
 * A year or a month that a day of the same pool falls in says less than that day: "Francis visited Cuba last
 * September, when he met X on September 20", "skipped the July summit … with Y on July 7" are dated by the day.
 */
export function refined(pool: SentenceState["dates"]): SentenceState["dates"] {
  const prefix = (v: DateValue) => (v.precision === "year" ? v.date?.slice(0, 4) : v.precision === "month" ? v.date?.slice(0, 7) : undefined);
  return pool.filter((d) => {
    const p = prefix(d.value);
    return !p || !pool.some((x) => x !== d && x.value.precision === "day" && !!x.value.date?.startsWith(p));
  });
}
