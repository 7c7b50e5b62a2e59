// The parts of a clause that are each one event: split at a comma between two event words, and the phrase
// "on the eve of" governs apart from the clause's own event, and an event after "since" is an earlier one; a clause cut
// before a speech verb in a next conjunct; the people after a meeting's own "between".
// A helper of 05-events, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { listOpening } from "./_list-commas.js";

type Triggers = SentenceState["triggers"];

/**
 * A clause with several event words split at the last comma between two of them, so that each part is
 * its own event: "X met Y in Moscow, and proposed a summit with Z, but Y declined to meet Z" is a meeting,
 * a proposal and a refusal, not one meeting of three people. A part that names no one stays with the
 * part before it ("X met Y, on Thursday, in Abu Dhabi, their first meeting").
 */
const contact = (t: Triggers[number]) => t.kind === "meeting" || t.kind === "call";

/** The closed-class words a clause is cut at (cues.json): the conjunction "and" / «و», the Persian auxiliaries, the
 *  relative adverb "where" / «حيث». */
export type ClauseWords = { and?: Set<string>; auxiliaries?: Set<string>; where?: Set<string> };

export function segments(st: SentenceState, clause: TokenSpan, triggers: Triggers, hasActor: (sp: TokenSpan) => boolean, lang: string, namesOthers: (sp: TokenSpan, than: TokenSpan) => boolean = (sp) => hasActor(sp), personAt: (i: number) => boolean = () => false, words: ClauseWords = {}): Array<{ span: TokenSpan; triggers: Triggers; since?: boolean }> {
  const sorted = [...triggers].sort((a, b) => a.start - b.start);
  const out: Array<{ span: TokenSpan; triggers: Triggers; since?: boolean }> = [];
  let since = false;
  let start = clause.start;
  let group: Triggers = [];
  for (let k = 0; k < sorted.length; k++) {
    group.push(sorted[k]);
    const next = sorted[k + 1];
    if (!next) break;
    let cut = -1;
    // (back to the group's last contact, past a trip told after it: "met X on Monday, capping a visit during which he
    // also held talks with Y")
    const contacts = group.filter(contact);
    const from = contacts.length ? Math.min(sorted[k].end, Math.max(...contacts.map((t) => t.end))) : sorted[k].end;
    for (let i = next.start - 1; i >= from; i--) if (/^[,،]$/.test(st.tokens[i].text)) {
      cut = i;
      break;
    }
    // "welcomed A, who chaired the meeting, and B": a relative clause about the object names no one of its own, and
    // the object list runs on after it; its event word says who A is, no event of its own
    if (cut >= 0 && lang === "en" && describesObject(st, cut, next, personAt)) {
      sorted.splice(k + 1, 1);
      group.pop();
      k--;
      continue;
    }
    // (not inside a list of names the comma joins, "…، A رئیس X، B نخست‌وزیر Y و C … نیز حضور داشتند": the list is one
    // part, cut before its first name)
    if (cut >= 0 && words.and) cut = listOpening(st, cut, from, next.start, personAt, words.and);
    // with no comma, a conjunction that opens a verb phrase, not a name or a title ("met Y on Monday and is due to
    // meet Z", «دیدار کرد و قرار است … با Z دیدار کند»), after a contact (a trip gives the contact after it its
    // place: «به دوشنبه رفت و با Z دیدار کرد»)
    if (cut < 0 && contact(sorted[k])) cut = verbConjunction(st, sorted[k].end, next.start, lang === "en", words);
    // "the first meeting between the two leaders since their talks in Jeddah two years ago": the event after "since"
    // is an earlier one, with its own place and day (`since`: 05-events keeps it only when it has a day of its own)
    // (also "since" before a clause of its own: "the first U.S. official to visit Cairo since Lloyd Austin met Sisi there")
    const sinceAt = [1, 2].map((d) => next.start - d).find((i) => i >= sorted[k].end && isSince(st, i)) ?? sinceClause(st, sorted[k].end, next.start);
    if (sinceAt !== undefined && cut < sorted[k].end) {
      out.push({ span: { start, end: sinceAt }, triggers: group, since });
      start = sinceAt;
      group = [];
      since = true;
      continue;
    }
    // "X, the term president of the OIC summit, welcomed A and B": an event word inside an appositive set off by commas
    // after a name, the verb right after it, says who X is: no event of its own, and the clause runs on
    const open = cut >= 0 && next.start === cut + 1 ? appositiveOpen(st, start, group[0].start, cut, hasActor, namesOthers) : undefined;
    if (open !== undefined) {
      group = group.filter((t) => t.start < open);
      continue;
    }
    // "attended the summit, where he held talks with Y" («حضر القمة، حيث التقى Y»): an attendance, then a contact at the
    // gathering after "where" (cues.json where): two events, the second of the attendant (05-events carries the subject)
    if (cut >= 0 && group.every((t) => t.kind === "join") && contact(next) && !!words.where?.has(st.tokens[cut + 1]?.key ?? "")) {
      out.push({ span: { start, end: cut }, triggers: group, since });
      start = cut + 1;
      group = [];
      since = false;
      continue;
    }
    // a trip gives its meeting a place and a date ("arrived in Moscow, where he met Y"): never cut after one
    if (!group.some(contact) || !(contact(next) || next.kind === "join")) continue;
    // "on the sidelines of …" after a contact verb says where that contact was held («التقى X، الأربعاء، Y على هامش
    // أعمال الجمعية العامة»): no event of its own, and the clause runs on
    if (sidelinesPhrase(st, next)) continue;
    // (the part after the comma is another event with no one named in it when it opens with a word of another time:
    // "met Y on Thursday, a day after the two spoke by phone" is a meeting and an earlier call, not one call)
    if (cut < 0 || !hasActor({ start, end: cut }) || !(hasActor({ start: cut + 1, end: clause.end }) || timedClause(st, cut + 1))) continue;
    out.push({ span: { start, end: cut }, triggers: group, since });
    start = cut + 1;
    group = [];
    since = false;
  }
  out.push({ span: { start, end: clause.end }, triggers: group, since });
  return out;
}

/** The most words between the relative clause's closing ", and" and the next name ("and European Commission President X"). */
const LIST_RUNS_ON = 6;
/** The most words of a name before the relative clause's comma. */
const NAME_WORDS = 5;

/**
 * ", who …," right after a person's name, holding the event word `t` and no other name, closed by a comma and "and"
 * with a name soon after it: a relative clause about one object of a list that runs on ("welcomed A, who chaired the
 * meeting, and B"). English only.
 */
function describesObject(st: SentenceState, cut: number, t: TokenSpan, personAt: (i: number) => boolean): boolean {
  if (!/^(who|whom)$/.test(st.tokens[cut + 1]?.key ?? "") || t.start <= cut + 1) return false;
  // (a name ends right before the comma: one that starts a few words before, no punctuation between)
  let named = false;
  for (let i = cut - 1; i >= 0 && i >= cut - NAME_WORDS && !st.tokens[i].punct && !named; i--) named = personAt(i) && st.owner[cut - 1] === st.owner[i];
  if (!named) return false;
  let close = t.end;
  while (close < st.tokens.length && !/^[,،]$/.test(st.tokens[close].text)) close++;
  if (close >= st.tokens.length || st.tokens[close + 1]?.key !== "and") return false;
  for (let i = cut + 2; i < close; i++) if (personAt(i)) return false;
  for (let i = close + 2; i < st.tokens.length && i <= close + 1 + LIST_RUNS_ON; i++) if (personAt(i)) return true;
  return false;
}

/**
 * A clause of another time opens at `at`: a word of time (cues.json timedClause: after, before, پس از، بعد; or the phrases of
 * prevDayClause and nextDayClause, "a day after") there or
 * past at most four words that are no one's name ("a day after", "just hours before", «بعد يوم من»).
 */
const TIMED = new Set(["timedClause", "prevDayClause", "nextDayClause"]);

function timedClause(st: SentenceState, at: number): boolean {
  const cue = st.cues.find((c) => TIMED.has(c.kind) && c.start >= at && c.start <= at + 4);
  return !!cue && st.tokens.slice(at, cue.start).every((w, k) => !w.punct && (st.owner[at + k] ?? -1) < 0);
}

/**
 * The comma that opens an appositive closed at `close` ("X, the chair of the summit, …"): the last comma in
 * [from, before) with someone named before it and no one else (the title of X may stand for X) between it and
 * `close`; undefined if none.
 */
function appositiveOpen(st: SentenceState, from: number, before: number, close: number, hasActor: (sp: TokenSpan) => boolean, namesOthers: (sp: TokenSpan, than: TokenSpan) => boolean): number | undefined {
  for (let i = before - 1; i > from; i--) {
    if (!/^[,،]$/.test(st.tokens[i].text)) continue;
    const before = { start: from, end: i };
    return (st.owner[i - 1] ?? -1) >= 0 && hasActor(before) && !namesOthers({ start: i + 1, end: close }, before) ? i : undefined;
  }
  return undefined;
}

/**
 * "since" opening a clause of its own between two event words, its subject named before the second ("… since Secretary
 * Lloyd Austin met Sisi in January"): at most eight words back from it, with no comma between; else undefined.
 */
function sinceClause(st: SentenceState, from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from && to - i <= 8; i--) {
    if (/^[,،;؛]$/.test(st.tokens[i].text)) return undefined;
    if (isSince(st, i) && ((st.owner[i + 1] ?? -1) >= 0 || st.titles.some((t) => t.start === i + 1))) return i;
  }
  return undefined;
}

/**
 * The last "and" / «و» in [from, to) that opens a verb phrase, else -1: not one right before a mention or a title
 * («… با A و B»), nor in English one with a mention before the next event word ("held talks with A and Lithuanian
 * President B on the sidelines of …": the object of the first verb runs on). Persian puts the object before its verb.
 */
function verbConjunction(st: SentenceState, from: number, to: number, english: boolean, { and, auxiliaries }: ClauseWords): number {
  if (!and) return -1;
  // (Persian and Arabic: right after the event's verb, «دیدار کرد و …», past a Persian auxiliary, «گفت‌وگو کرده بود و
  // …» (cues.json verbAuxiliary); an event noun before it, «برای شرکت در نشست … رفت و با Z دیدار کرد», is the object
  // of another verb)
  while (!english && from < to && auxiliaries?.has(st.tokens[from]?.key ?? "")) from++;
  if (!english) return and.has(st.tokens[from]?.key ?? "") && (st.owner[from + 1] ?? -1) < 0 ? from : -1;
  for (let i = to - 1; i >= from; i--) {
    if (!and.has(st.tokens[i].key)) continue;
    const opensName = (st.owner[i + 1] ?? -1) >= 0 || st.titles.some((t) => t.start <= i + 1 && i + 1 < t.end) || st.demonyms.some((d) => d.start === i + 1);
    const runsOn = st.tokens[i].key === "and" && st.owner.slice(i + 1, to).some((o) => (o ?? -1) >= 0);
    return opensName || runsOn ? -1 : i;
  }
  return -1;
}

/** "since" before an event word: the event it names is an earlier one; before a date, a starting point (_event-facts). */
export const SINCE = new Set(["since", "منذ", "مذ"]);

/** Tokens back from a name within which a "since" opens the span the name stands in. */
const SINCE_SPAN = 6;

/**
 * Does token `at` stand in a span of "since" with no punctuation or event word between ("the highest-level meeting
 * since President X took office", «منذ تولي X منصبه»)? Who is named there is a starting point, not a side.
 */
export function inSinceSpan(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const at = sp.start;
  const event = (k: number) => st.triggers.some((t) => t.start <= k && k < t.end);
  // (the span ends at the place or day it names, or at a "with" that opens another phrase: "the first meeting since
  // Lima with President X")
  const ends = (k: number) => (st.owner[k] >= 0 && state.mentions[st.owner[k]].kind !== "person") || st.cues.some((c) => c.kind === "with" && c.start <= k && k < c.end) || st.dates.some((d) => d.start <= st.tokens[k].start && st.tokens[k].start < d.end);
  for (let k = at - 1; k >= Math.max(0, at - SINCE_SPAN); k--) {
    if (st.tokens[k].punct || event(k) || ends(k)) return false;
    if (!isSince(st, k)) continue;
    // (a span with an event word of its own, "since X met Y in Busan", is an earlier event's part: its people stay)
    for (let j = sp.end; j < st.tokens.length && (!st.tokens[j].punct || st.owner[j] >= 0); j++) if (event(j)) return false;
    return true;
  }
  return false;
}

/** Is token k "since": one of SINCE, or the Persian «از زمان» (from the time of) ending at k? */
export function isSince(st: SentenceState, k: number): boolean {
  const key = st.tokens[k]?.key ?? "";
  return SINCE.has(key) || (key === "زمان" && st.tokens[k - 1]?.key === "از");
}

/**
 * "On the eve of the summit, X met Y" (در آستانه اجلاس، عشية القمة): the event noun "on the eve of" governs says
 * when, the clause's own event word says what. Its phrase, up to a comma, is an event of its own, not held yet
 * ("در آستانه دیدار A با B، وزیران … گفت‌وگو کردند"); with no comma, the clause has only its own event word.
 */
export function eveParts(st: SentenceState, clause: TokenSpan, all: Triggers): Array<{ span: TokenSpan; triggers: Triggers }> {
  const own = all.filter((t) => !eveOf(st, t));
  if (own.length === all.length) return [{ span: clause, triggers: all }];
  const governed = all.filter((t) => eveOf(st, t));
  const last = Math.max(...governed.map((t) => t.end));
  // with no event word of its own, what the clause says after the eve phrase's comma ("On the eve of the summit, A and
  // B signed a memorandum") is no part of the event not held yet: the phrase alone is
  const first = own.length ? Math.min(...own.map((t) => t.start)) : clause.end;
  let comma = -1;
  for (let i = last; i < first; i++) if (/^[,،]$/.test(st.tokens[i].text)) {
    comma = i;
    break;
  }
  if (comma < 0) return [{ span: clause, triggers: own.length ? own : all }];
  if (!own.length) return [{ span: { start: clause.start, end: comma }, triggers: governed }];
  return [
    { span: { start: clause.start, end: comma }, triggers: governed },
    { span: { start: comma + 1, end: clause.end }, triggers: own },
  ];
}

/** An event word that "on the eve of" governs ("در آستانه هشتمین اجلاس", "عشية القمة"): at most two words after it. */
export function eveOf(st: SentenceState, t: TokenSpan): boolean {
  return st.modality.some((m) => m.kind === "eve" && m.end <= t.start && t.start - m.end <= 2);
}

/** Tokens between "without" and the event word it negates ("without signing any agreement"). */
const WITHOUT_REACH = 3;
/** Words that end what "without" governs: "met Y without aides and signed a deal". */
const COORDINATION = new Set(["and", "or", "but", "then", "و", "ثم", "أو", "او", "یا", "اما", "ولی", "ولكن", "لكن", ",", "،", ";", "؛"]);

/**
 * Does a "without" cue (events.json modality `without`) negate event word t? Only one right after it, in the
 * same phrase: "ended without a deal", «دون التوقيع على أي اتفاق», "left without meeting X"; never one before it
 * ("met Y without aides", "signed it without a ceremony"), nor one past a conjunction ("without aides and signed a
 * deal"). Used by 05-events and 07-agreements.
 */
export function withoutNegates(st: SentenceState, m: TokenSpan, t: TokenSpan): boolean {
  if (m.end > t.start || t.start - m.end > WITHOUT_REACH) return false;
  for (let k = m.end; k < t.start; k++) if (COORDINATION.has(st.tokens[k].key)) return false;
  return true;
}

/**
 * Where a relative clause about a signing's document opens after its trigger ("signed treaties tonight that would
 * turn the canal over to Panama", "an accord which will take effect", «… التي ستدخل»): what it says, a modal or a
 * place, is the document's, not the signing's. English "that" counts only after a document noun (not "said that").
 */
export function relativeAfter(state: ExtractState, st: SentenceState, trigger: number, clause: TokenSpan): number | undefined {
  const relative = state.lex.words.sets.relative;
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  let noun = false;
  for (let i = trigger + 1; i < clause.end; i++) {
    const key = st.tokens[i].key;
    if (nouns?.has(key)) noun = true;
    if (noun && (relative?.has(key) || (state.lang === "en" && key === "that"))) return i;
  }
  return undefined;
}

/**
 * Does an English relative clause about a person ("…, who is due to fly to Kyiv on Friday") open between tokens `from`
 * and `to`? What follows it is that person's, not the event's before it: "X met Y, who is expected to travel on"
 * was held.
 */
export function personRelativeBetween(state: ExtractState, st: SentenceState, from: number, to: number): boolean {
  return state.lang === "en" && st.tokens.slice(from, to).some((w) => PERSON_RELATIVE.has(w.key));
}
const PERSON_RELATIVE = new Set(["who", "whom", "whose"]);

/** «وكان», «فكان» and their dual, feminine and plural forms (normalised keys). */
const WA_KANA = new RegExp(`^[وف]${normalizeKey("كان")}(${normalizeKey("ت")}|${normalizeKey("ا")}|${normalizeKey("تا")}|${normalizeKey("وا")})?$`);

/**
 * Is there, between tokens `from` and `to`, a comma before Arabic «وكان» / «فكان» (وكانا، وكانت، وكانوا)? That opens a
 * coordinated clause of its own, mostly the pluperfect of a background event: «رفض A وB الاتفاق، وكان الرجلان قد
 * التقيا في فاليتا» — the refusal does not reach the meeting.
 */
export function backgroundClauseBetween(st: SentenceState, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (/^[،,]$/.test(st.tokens[i].text) && WA_KANA.test(st.tokens[i + 1].key)) return true;
  return false;
}

/** Words that may stand between an event word and its "between": "a direct meeting between", «لقاء مباشر بين». */
const BETWEEN_GAP = 2;

/**
 * "a meeting between A and B", «لقاء بين A وB», «آخر لقاء مباشر بين الزعيمين» (past an adjective or two): the people
 * after "between" are the event's, not who speaks of it; "between the two leaders" names no one itself, and the
 * people it stands for (`addBothSides`) are the event's only.
 */
export function peopleBetween(state: ExtractState, st: SentenceState, triggers: SentenceState["triggers"], participants: number[]): number[] {
  const between = (k: number) => state.lex.words.sets.between.has(st.tokens[k]?.key ?? "");
  const plain = (k: number) => !!st.tokens[k] && !st.tokens[k].punct && st.owner[k] < 0 && !st.triggers.some((t) => t.start <= k && k < t.end);
  let at: number | undefined;
  for (const t of triggers) {
    for (let k = t.end; k <= t.end + BETWEEN_GAP && at === undefined; k++) {
      if (between(k)) at = k + 1;
      else if (!plain(k)) break;
    }
  }
  if (at === undefined) return participants;
  if (participants.some((p) => st.spans.get(p)!.start >= at!)) return participants.filter((p) => st.spans.get(p)!.start >= at!);
  return st.cues.some((c) => c.kind === "bothSides" && c.start === at) ? [] : participants;
}

/** Words between a long span's unit and the talks it measures ("18 months of secret talks"). */
const PROCESS_GAP = 3;

/**
 * "after 18 months of secret talks", «بعد أشهر من المفاوضات», «پس از ۱۸ ماه مذاکره محرمانه»: talks named as lasting
 * months or years (cues.json longSpan, then "of" / «من», or in Persian the noun right after the unit) are a process
 * between the sides, not one meeting of the people the clause names. A Persian event word with its light verb after
 * it is a clause's own verb ("پس از ده سال دیدار کردند": they met, after ten years) and stays.
 */
export function longProcess(state: ExtractState, st: SentenceState, t: TokenSpan): boolean {
  const units = state.lex.words.sets[`longSpan.${state.lang}`];
  if (!units) return false;
  if (state.lang === "fa") {
    const light = state.lex.words.sets["afterCancel.fa"];
    return units.has(st.tokens[t.start - 1]?.key ?? "") && t.end - t.start === 1 && !light.has(st.tokens[t.end]?.key ?? "");
  }
  const link = state.lang === "en" ? "of" : normalizeKey("من");
  for (let k = t.start - 1; k >= 1 && k >= t.start - PROCESS_GAP; k--) {
    if (st.tokens[k].punct) return false;
    if (st.tokens[k].key === link) return units.has(st.tokens[k - 1].key);
    }
  return false;
}

/** Tokens after an event word in which "until" may say when the negated event did happen. */
const UNTIL_REACH = 6;

/**
 * "did not hold formal talks until Sunday morning": English "until" after a negated event word, in its clause, says
 * when the event did take place; the negation does not deny it.
 */
export function untilAfter(st: SentenceState, t: TokenSpan, clause: TokenSpan): boolean {
  for (let k = t.end; k < Math.min(clause.end, t.end + UNTIL_REACH); k++) {
    if (/^[,;.]$/.test(st.tokens[k].text)) return false;
    if (st.tokens[k].key === "until" || st.tokens[k].key === "till") return true;
  }
  return false;
}

/**
 * The person received in a Persian audience, «X به حضور Y رسید» (X was received by Y): Y, right after «به حضور»
 * past up to three words of styles («به حضور اعلیحضرت همایون شاهنشاه …»), is the other side of X's verb-final event,
 * as a person behind «با» is. Persian protocol usage.
 */
export function audienceObject(st: SentenceState, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    const w = st.tokens[k];
    if (w.punct) return false;
    if (w.key === normalizeKey("حضور") && st.tokens[k - 1].key === normalizeKey("به")) return true;
  }
  return false;
}

/** The nouns of "on the sidelines / margins of" (normalised): a trigger holding one is a circumstance of a contact. */
export const SIDELINES_NOUNS = new Set(["sidelines", "margins", "margin", "هامش", "حاشیه"].map((w) => normalizeKey(w)));

/** A contact trigger that is the phrase "on the sidelines of" («على هامش», «در حاشیه»), not a verb of its own. */
function sidelinesPhrase(st: SentenceState, t: Triggers[number]): boolean {
  return st.tokens.slice(t.start, t.end).some((w) => SIDELINES_NOUNS.has(w.key));
}
