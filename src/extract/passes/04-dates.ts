// Pass 4: dates. Every date expression of every sentence (extract/dates, found in pass 1), bound to the
// publication date when there is one. Without a publication date a weekday or "today" stays
// unresolved, with an anchor that the resolver may bind when another article dates the same event.
// When the article itself says what day "today" is ("اليوم الخميس"), a bare "Thursday" elsewhere in
// it is the same day. "The same day" ("عصر همان روز", "مساء اليوم نفسه") is the day of the last date the
// article named before it; a live blog's "11:15 — …" is of the publication day; "the next day" ("یک روز بعد", "في اليوم التالي") is the day after it;
// "on Thursday, a day after A met B" dates A and B's meeting the day before. A date that names a revolution or a
// coup («ثورة الفاتح من سبتمبر», "the revolution of 14 July") is dropped first (_named-dates.ts), and so is a month's
// name inside a person's name («لويجي دي مايو»).
import type { DateValue } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { resolveDate } from "../dates/index.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { quotationOf } from "./_quotations.js";
import { namesAnEvent } from "./_named-dates.js";

export function findArticleDates(state: ExtractState): void {
  // a date that names a revolution or a coup («ثورة الفاتح من سبتمبر») dates nothing the sentence tells
  for (const st of state.sentences) st.dates = st.dates.filter((d) => !namesAnEvent(state, st, d) && !insideName(state, st, d));
  for (const st of state.sentences) {
    // pass 1 found them (so that month names are not read as names)
    for (const d of st.dates) {
      if (d.value.anchor === "today" && d.value.weekday && state.todayWeekday === undefined) state.todayWeekday = d.value.weekday;
    }
  }
  // the last day told: of the story's own clauses when there is one, not of a relative clause about something
  // else ("… after the letter that X sent on 14 March") nor of the clause after ", a day after"
  let lastDay: DateValue | undefined;
  let lastOwnDay: DateValue | undefined;
  // the last date of the story's own clauses whatever its precision ("in July"): "a week later" counts from it
  let lastOwnTold: DateValue | undefined;
  const filed = datelineDay(state);
  for (const st of state.sentences) {
    for (const d of st.dates) d.value = filedToday(state, bindDate(state, d.value), filed);
    ofThatYear(state, st, lastOwnDay ?? lastDay);
    for (const d of st.dates) if (d.value.anchor?.startsWith("since:")) d.value = countedFrom(st, d, lastOwnTold ?? lastOwnDay ?? lastDay);
    liveUpdate(state, st);
    // "the same day", "the next day": of the last day named before it, in this sentence ("On December 27 X …, and
    // the next day he met Y") or, when the sentence names none, before it
    for (const same of st.cues.filter((c) => c.kind === "sameDay" || c.kind === "dayAfter")) {
      // "دو روز بعد" (two days later) is no "روز بعد" (the next day): a count before it names its own distance
      const before = st.tokens[same.start - 1];
      // a counted offset read it already ("یک روز بعد", "a day later")
      if (st.dates.some((d) => d.start <= st.tokens[same.start].start && d.end > st.tokens[same.start].start)) continue;
      if (same.kind === "dayAfter" && before && (/\d/.test(before.key) || calendarLexicon().get(phraseKey(before.text)).some((e) => e.type === "count"))) continue;
      const base = dayNamedBefore(st, st.tokens[same.start].start)?.value ?? (st.dates.some(isDay) ? undefined : lastOwnDay ?? lastDay);
      if (base?.date) addCueDate(state, st, same, same.kind === "dayAfter" ? shiftDay(base.date, 1) : base.date);
    }
    clauseOfDayBefore(state, st);
    clauseOfCountedDays(state, st);
    for (const d of st.dates) {
      if (d.value.date && d.value.precision && d.value.precision !== "day" && !d.value.anchor?.startsWith("since:") && !ofOtherClause(state, st, d)) lastOwnTold = d.value;
      if (!isDay(d)) continue;
      lastDay = d.value;
      if (!ofOtherClause(state, st, d)) lastOwnDay = lastOwnTold = d.value;
    }
  }
}

/**
 * A date of a clause about something else than the story's events: after a relative word in its own clause (no
 * comma between: "the letter which X sent on 14 March", «الرسالة التي وجهها X في 14 مارس»; not Persian که, which
 * also opens what is said), or of the clause after ", a day after" (cues prevDayClause, nextDayClause), or inside a
 * quotation (_quotations).
 */
function ofOtherClause(state: ExtractState, st: SentenceState, d: { start: number }): boolean {
  if (st.cues.some((c) => (c.kind === "prevDayClause" || c.kind === "nextDayClause") && st.tokens[c.start].start <= d.start && d.start < st.tokens[c.end - 1].end)) return true;
  // a day of what a speaker is quoted as saying («… گفت: «امروز لغو روادید را امضا کردیم»»: the speaker's today)
  const at = st.tokens.findIndex((t) => t.start >= d.start);
  if (at >= 0 && quotationOf(st, at)) return true;
  const rel = state.lex.words.sets[`relative.${state.lang}`];
  if (!rel?.size || state.lang === "fa") return false;
  for (let i = st.tokens.findIndex((t) => t.start >= d.start) - 1; i > 0; i--) {
    const t = st.tokens[i];
    if (/^[,،;؛:]$/.test(t.text)) return false;
    if (rel.has(t.key)) return true;
  }
  return false;
}

/**
 * "three days later", "a week earlier", «سه روز بعد», «بعد ثلاثة أيام» (anchor since:day±N, since:month±N): counted
 * from the last day the sentence names before it, else the last date the text told before the sentence; a month
 * from that date's month. Counted from a month or a year ("signed a deal in July. A week later, …"), it is known to
 * that precision only: the month (or year) of the days counted from its middle. Unbound when the text told no date
 * before it.
 */
function countedFrom(st: SentenceState, d: { start: number; value: DateValue }, lastTold: DateValue | undefined): DateValue {
  const m = /^since:(day|month)([+-]\d+)$/.exec(d.value.anchor ?? "");
  const from = dayNamedBefore(st, d.start)?.value ?? lastTold;
  const base = from?.date;
  if (!m || !base) return d.value;
  const n = Number(m[2]);
  if (m[1] === "day" && from.precision === "year") return { ...d.value, date: `${shiftDay(`${base.slice(0, 4)}-07-01`, n).slice(0, 4)}-01-01`, precision: "year", basis: "context" };
  if (m[1] === "day" && from.precision === "month") return { ...d.value, date: `${shiftDay(`${base.slice(0, 7)}-15`, n).slice(0, 7)}-01`, precision: "month", basis: "context" };
  if (m[1] === "day") return { ...d.value, date: shiftDay(base, n), precision: "day", basis: "context" };
  const [y, mo] = base.split("-").map(Number);
  const idx = y * 12 + mo - 1 + n;
  const month = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, "0")}-01`;
  return { ...d.value, date: month, precision: "month", basis: "context" };
}

const isDay = (d: { value: DateValue }) => !!d.value.date && d.value.precision === "day";

/** The last date of a day the sentence names itself (not one this pass added) before `charPos`. */
function dayNamedBefore(st: SentenceState, charPos: number) {
  return [...st.dates].reverse().find((d) => isDay(d) && d.end <= charPos && d.value.basis !== "context");
}

/** Dates the cue's words (tokens start … end) as `date`, from the context. */
function addCueDate(state: ExtractState, st: SentenceState, cue: { start: number; end: number }, date: string): void {
  const start = st.tokens[cue.start].start;
  const end = st.tokens[cue.end - 1].end;
  st.dates.push({ start, end, value: { date, precision: "day", basis: "context", text: state.doc.article.text.slice(start, end) } });
  st.dates.sort((a, b) => a.start - b.start);
}

/**
 * "X met Y on Thursday, a day after A held talks with B" («روز پنجشنبه، یک روز پس از …», «يوم الخميس، غداة …»):
 * what follows "a day after" is of the day before the date just named, and after "a day before" of the day
 * after it. Only after a comma that a date of a day comes before in the sentence: a fronted "A day after the
 * talks, …" dates the main clause from an event this pass does not know.
 */
function clauseOfDayBefore(state: ExtractState, st: SentenceState): void {
  for (const cue of st.cues.filter((c) => c.kind === "prevDayClause" || c.kind === "nextDayClause")) {
    const comma = st.tokens[cue.start - 1];
    const next = st.tokens[cue.end];
    if (!comma || !/^[,،]$/.test(comma.text) || !next || !/\p{L}/u.test(next.text)) continue;
    const base = dayNamedBefore(st, comma.start)?.value.date;
    if (base) addCueDate(state, st, cue, shiftDay(base, cue.kind === "prevDayClause" ? -1 : 1));
  }
}

/**
 * "X met Y on Monday, two days after the two leaders met in Cairo", "…, a week before …" (English): what follows the
 * count is of the day that many days (a week: seven) before, or after, the date just named; the counts and units of
 * calendar.json offsets. Past a comma and a day dated before it, as for "a day after" (clauseOfDayBefore, which keeps
 * its own cue).
 */
function clauseOfCountedDays(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const cal = calendarLexicon();
  const word = <T extends string>(i: number, type: T) => cal.offsetWord(phraseKey(st.tokens[i]?.text ?? "")).find((w) => w.type === type && w.lang === "en");
  for (let k = 0; k + 4 < st.tokens.length; k++) {
    if (!/^[,،]$/.test(st.tokens[k].text)) continue;
    const digits = /^\d{1,2}$/.test(st.tokens[k + 1].text) ? Number(st.tokens[k + 1].text) : undefined;
    const count = digits ?? (word(k + 1, "number") as { n: number } | undefined)?.n;
    const unit = (word(k + 2, "unit") as { unit: string } | undefined)?.unit;
    const dir = st.tokens[k + 3].key === "after" ? -1 : st.tokens[k + 3].key === "before" ? 1 : 0;
    if (!count || !dir || (unit !== "day" && unit !== "week") || (unit === "day" && count === 1)) continue;
    if (st.cues.some((c) => (c.kind === "prevDayClause" || c.kind === "nextDayClause") && c.start === k + 1)) continue;
    const base = dayNamedBefore(st, st.tokens[k].start)?.value.date;
    if (!base) continue;
    // (a cue as "a day after" has, so that the clause is another time's, not the last day the story told)
    const cue = { start: k + 1, end: k + 4, kind: dir < 0 ? "prevDayClause" : "nextDayClause" };
    st.cues.push(cue);
    addCueDate(state, st, cue, shiftDay(base, dir * count * (unit === "week" ? 7 : 1)));
  }
}

/**
 * A live blog's update ("11:15 — X is holding talks with Y"): a paragraph that opens with a clock time and a
 * dash is of the publication day, when it names no day itself.
 */
function liveUpdate(state: ExtractState, st: SentenceState): void {
  const t = st.tokens;
  if (!state.publishedAt || t.length < 5 || st.dates.some((d) => d.value.precision === "day")) return;
  if (!/^\d{1,2}$/.test(t[0].key) || t[1].text !== ":" || !/^\d{2}$/.test(t[2].key) || !/^[-–—]+$/.test(t[3].text)) return;
  const start = t[0].start;
  const end = t[2].end;
  st.dates.push({ start, end, value: { date: state.publishedAt, precision: "day", basis: "publication", text: state.doc.article.text.slice(start, end) } });
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function bindDate(state: ExtractState, v: DateValue): DateValue {
  if (state.publishedAt) return resolveDate(v, state.publishedAt);
  if (v.anchor === `weekday:${state.todayWeekday}`) return { ...v, anchor: "today" };
  return v;
}


/**
 * "on September 21 of that year", «في 21 أيلول من العام نفسه»: a day written without its year and followed by
 * cues.json words.thatYear is of the year the sentence named before it ("in 2015 … on September 21 of that year"),
 * else of the last day the text told; not of the publication's year.
 */
function ofThatYear(state: ExtractState, st: SentenceState, last: DateValue | undefined): void {
  const phrases = state.lex.words.sets[`thatYear.${state.lang}`];
  if (!phrases?.size) return;
  const longest = Math.max(...[...phrases].map((p) => p.split(" ").length));
  for (const d of st.dates) {
    if (!d.value.date || d.value.precision !== "day" || d.value.basis === "explicit") continue;
    const i = st.tokens.findIndex((t) => t.start >= d.end);
    if (i < 0) continue;
    let n = longest;
    while (n > 0 && !phrases.has(st.tokens.slice(i, i + n).map((t) => t.key).join(" "))) n--;
    if (!n) continue;
    const year = [...st.dates].reverse().find((x) => x.end <= d.start && x.value.date && x.value.basis === "explicit")?.value.date?.slice(0, 4) ?? last?.date?.slice(0, 4);
    if (year) d.value = { ...d.value, date: year + d.value.date.slice(4), basis: "context" };
  }
}

/** How many days before the publication a dated dateline may be ("DUSHANBE, March 9 —" in the paper of March 10). */
const FILED_REACH = 2;

/**
 * The day a dateline gives ("THIMPHU, June 15:", "DUSHANBE, March 9 —", and the weekday of a British-style dateline,
 * "NAIROBI, Tuesday –", the last such day before the paper's): the date right after the dateline's city,
 * when it falls a day or two before the publication date (a paper prints the report filed the day before).
 */
function datelineDay(state: ExtractState): string | undefined {
  if (state.dateline === undefined || !state.publishedAt) return undefined;
  const city = state.mentions[state.dateline];
  const st = state.sentences.find((s) => s.s.index === city.sentenceIndex);
  const sp = st?.spans.get(state.dateline);
  if (!st || !sp || st.tokens[sp.end]?.text !== ",") return undefined;
  const d = st.dates.find((x) => x.start === st.tokens[sp.end + 1]?.start && (x.value.basis === "explicit" || /^(day|weekday):/.test(x.value.anchor ?? "")));
  const day = d ? bindDate(state, d.value) : undefined;
  if (!day?.date || day.precision !== "day" || day.date >= state.publishedAt || shiftDay(day.date, FILED_REACH) < state.publishedAt) return undefined;
  return day.date;
}

/**
 * "today", "this morning" in a report under a dated dateline: the dateline's day, not the paper's; and the days
 * counted from it ("yesterday", "last night", "tomorrow", "two days ago": calendar.json anchors today±N) are counted
 * from the dateline's day too ("GENEVA, Nov. 19 — … Yesterday X called on Y", in the paper of Nov. 20: Nov. 18).
 */
function filedToday(state: ExtractState, v: DateValue, filed: string | undefined): DateValue {
  const m = /^today(?:([+-])(\d+))?$/.exec(v.anchor ?? "");
  if (!filed || !m || !state.publishedAt) return v;
  const n = m[1] ? (m[1] === "-" ? -1 : 1) * Number(m[2]) : 0;
  if (v.date !== shiftDay(state.publishedAt, n)) return v;
  return { ...v, date: shiftDay(filed, n), basis: n ? v.basis : "context" };
}

/**
 * A month's name inside a person's name of two words or more («لويجي دي مايو»: مايو is also May; "Theresa May") is
 * the name's word, no date.
 */
function insideName(state: ExtractState, st: SentenceState, d: { start: number; end: number }): boolean {
  return st.mentions.some((m) => {
    const sp = st.spans.get(m);
    if (state.mentions[m].kind !== "person" || !sp || sp.end - sp.start < 2) return false;
    return st.tokens[sp.start].start <= d.start && d.end <= st.tokens[sp.end - 1].end;
  });
}
