// Incremental derivation: after a write adds or removes reports, re-derive only the meetings and
// agreements those reports can take part in, and say which derived rows changed.
//
// coref.ts decides everything from links between reports that depend on the reports alone:
//   - two event reports can be one meeting only when they are of one kind and share a PAIR of
//     participants; two reports dated (by an explicit day) to different days never are: they only
//     meet through an undated report of that pair, which can join the one dated meeting it fits;
//     an undated report is about a day of its interval (its month or year, else the days up to its
//     publication: date-window.ts), so it links only to reports whose days meet that interval;
//   - date variables ("Thursday" in an undated article) bind across the reports of one article
//     that carry the same variable;
//   - an agreement report depends on the meeting of the report it was reached at, on the binding
//     of its date variable, and on agreement reports of the same topic sharing a pair of actors;
//     again two whose day is known and differs never join, and an undated one joins only within
//     its interval (date-window.ts agreementInterval).
// Every report is indexed under COREFERENCE KEYS naming those links, and asks for the keys it links
// to (m: agreements reached at a meeting report, filed under its id, which that report asks for, while
// an agreement asks for its meeting report itself by id; v: variable; per pair of participants and
// kind, d:/ud:/uu:/u0: by day, by month of the dated and undated reports, and for reports of unbounded
// interval, see pairKeys; agreements the same with td:/ad:/au:/a0: per topic and pair of actors).
// Asking is symmetric (whenever coref.ts may join two reports, each asks for a key the other is
// filed under), so the reports reachable from the changed ones form a union of whole components of
// that link graph, and coref.ts derives each component from that component alone (its loop over
// rounds runs per component in effect, see coref.ts). So deriving
// the closure gives exactly the rows a full derivation gives for those reports, and rows outside it
// are unchanged. The old rows of the same components are derived from the old reports (the closure
// minus what was added, plus what was removed), and only the differences are written.
//
// Entity keys (e:) find the reports that name an entity that was just created or deleted: a
// derived row links only to entity nodes that exist, so such rows are rewritten too.
import type { AgreementReport, AgreementRow, DerivedEvents, EventReport, MeetingRow } from "../model.js";
import { deriveEvents } from "./coref.js";
import { agreementInterval, intervalOf, monthsOf, type Interval } from "./date-window.js";

export interface ReportSet {
  events: EventReport[];
  agreements: AgreementReport[];
}

export interface ReportChanges {
  added: ReportSet;
  removed: ReportSet;
  /** Entity ids whose nodes this write created or deleted. */
  entities: string[];
}

/**
 * Stored reports indexed under any of these keys (within the writing transaction); a key `r:<id>` is
 * the event report of that id itself (an agreement asks for its meeting report by id: event reports
 * are not filed under a key of their own).
 */
export type ReportLookup = (keys: string[]) => Promise<ReportSet>;

/** The key that names one event report by its id (not a stored key: ReportLookup). */
export const byId = (id: string) => `r:${id}`;

/** What to write: old rows to delete, new rows to insert (a changed row is in both). */
export interface DerivedDiff {
  deleteMeetings: MeetingRow[];
  deleteAgreements: AgreementRow[];
  meetings: MeetingRow[];
  agreements: AgreementRow[];
  /** Reports re-derived (the size of the closure). */
  reports: number;
}

function pairs(ids: string[]): string[] {
  const ps = [...new Set(ids)].sort();
  const out: string[] = [];
  for (let a = 0; a < ps.length; a++) for (let b = a + 1; b < ps.length; b++) out.push(`${ps[a]}|${ps[b]}`);
  return out;
}

/**
 * Per pair: the keys a report is filed under and those it asks for, by the days it can be about
 * (date-window.ts). With an explicit day (a one-day interval): filed under its same-day key, the
 * pair's `dated` key and that of its month; asks for its same-day key, the `undated` key of its month
 * and the pair's `unbounded` key. With a bounded interval: filed under the pair's `undated` key and
 * those of its months; asks for the `dated` and `undated` keys of its months and the `unbounded`
 * one. Unbounded: filed under `unbounded`, asks for every dated and undated report of the pair.
 * Two reports coref.ts may join always share a key one files and the other asks for, both ways.
 */
function pairKeys(ids: string[], scope: string, iv: Interval | undefined, p: { day: string; dated: string; undated: string; unbounded: string }): { under: string[]; links: string[] } {
  const under: string[] = [];
  const links: string[] = [];
  const months = iv ? monthsOf(iv) : [];
  for (const pair of pairs(ids)) {
    const key = (prefix: string, month?: string) => `${prefix}:${scope}|${pair}${month ? `|${month}` : ""}`;
    if (iv && iv.lo === iv.hi) {
      const same = `${p.day}:${scope}|${iv.lo}|${pair}`;
      under.push(same, key(p.dated), key(p.dated, months[0]));
      links.push(same, key(p.undated, months[0]), key(p.unbounded));
    } else if (iv) {
      under.push(key(p.undated), ...months.map((m) => key(p.undated, m)));
      links.push(...months.flatMap((m) => [key(p.dated, m), key(p.undated, m)]), key(p.unbounded));
    } else {
      under.push(key(p.unbounded));
      links.push(key(p.dated), key(p.undated), key(p.unbounded));
    }
  }
  return { under, links };
}

const EVENT = { day: "d", dated: "ud", undated: "uu", unbounded: "u0" };
const AGREEMENT = { day: "td", dated: "ad", undated: "au", unbounded: "a0" };

function eventPairs(r: EventReport) {
  return pairKeys(r.participantIds, r.kind, intervalOf(r.date, r.publishedAt), EVENT);
}

function agreementPairs(g: AgreementReport, meeting: EventReport | undefined) {
  return pairKeys([...g.partyIds, ...g.signatoryIds], g.topics[0] ?? "", agreementInterval(g, meeting), AGREEMENT);
}

/** Keys an event report asks for (the reports it is derived with are filed under them). */
function eventLinks(r: EventReport): string[] {
  const out = eventPairs(r).links;
  if (r.dateVar) out.push(`v:${r.dateVar}`);
  out.push(`m:${r.id}`);
  return out;
}

/** Keys an agreement report asks for, given its meeting report (when stored). */
function agreementLinks(g: AgreementReport, meeting: EventReport | undefined): string[] {
  const out = agreementPairs(g, meeting).links;
  if (g.dateVar) out.push(`v:${g.dateVar}`);
  if (g.meetingReportId) out.push(`m:${g.meetingReportId}`, byId(g.meetingReportId));
  return out;
}

/** Every key an event report is filed under. */
export function eventKeys(r: EventReport): string[] {
  const out = eventPairs(r).under;
  if (r.dateVar) out.push(`v:${r.dateVar}`);
  for (const id of [...r.participantIds, ...(r.placeId ? [r.placeId] : [])]) out.push(`e:${id}`);
  return [...new Set(out)];
}

/** Every key an agreement report is filed under, given its meeting report (when stored). */
export function agreementKeys(g: AgreementReport, meeting: EventReport | undefined): string[] {
  const out = agreementPairs(g, meeting).under;
  if (g.dateVar) out.push(`v:${g.dateVar}`);
  if (g.meetingReportId) out.push(`m:${g.meetingReportId}`);
  for (const id of [...g.partyIds, ...g.signatoryIds]) out.push(`e:${id}`);
  return [...new Set(out)];
}

/** Every (key, report id) of these reports; an agreement's meeting report is looked for among them (one article's reports travel together). */
export function keysOf(reports: ReportSet): Array<{ key: string; id: string }> {
  const byId = new Map(reports.events.map((r) => [r.id, r]));
  return [
    ...reports.events.flatMap((r) => eventKeys(r).map((key) => ({ key, id: r.id }))),
    ...reports.agreements.flatMap((g) => agreementKeys(g, g.meetingReportId ? byId.get(g.meetingReportId) : undefined).map((key) => ({ key, id: g.id }))),
  ];
}

/** Every key these reports ask for (an agreement's meeting report looked for among them, as in keysOf). */
export function linksOf(reports: ReportSet): string[] {
  const byId = new Map(reports.events.map((r) => [r.id, r]));
  return [...new Set([...reports.events.flatMap(eventLinks), ...reports.agreements.flatMap((g) => agreementLinks(g, g.meetingReportId ? byId.get(g.meetingReportId) : undefined))])];
}

/** The reports linked, directly or not, to the changed reports and entities (as stored now). */
export async function closure(changes: ReportChanges, lookup: ReportLookup): Promise<ReportSet> {
  const events = new Map<string, EventReport>();
  const agreements = new Map<string, AgreementReport>();
  // event reports seen (an agreement's keys depend on its meeting report's day)
  const seen = new Map<string, EventReport>([...changes.added.events, ...changes.removed.events].map((r) => [r.id, r]));
  const asked = new Set<string>();
  const looked = new Set<string>();
  let frontier: string[] = [];
  let waiting: AgreementReport[] = [];
  const want = (keys: string[]) => {
    for (const k of keys) if (!asked.has(k)) (asked.add(k), frontier.push(k));
  };
  // an agreement asks for its links once its meeting report is seen, or known not to be stored
  const link = (g: AgreementReport) => {
    const m = g.meetingReportId;
    if (m && !seen.has(m) && !looked.has(byId(m))) return void (waiting.push(g), want([byId(m)]));
    want(agreementLinks(g, m ? seen.get(m) : undefined));
  };
  const addEvent = (r: EventReport) => {
    if (events.has(r.id)) return;
    events.set(r.id, r);
    want(eventLinks(r));
  };
  const addAgreement = (g: AgreementReport) => {
    if (agreements.has(g.id)) return;
    agreements.set(g.id, g);
    link(g);
  };
  changes.added.events.forEach(addEvent);
  changes.added.agreements.forEach(addAgreement);
  for (const r of changes.removed.events) want(eventLinks(r));
  for (const g of changes.removed.agreements) link(g);
  want(changes.entities.map((id) => `e:${id}`));
  const removed = new Set([...changes.removed.events, ...changes.removed.agreements].map((r) => r.id));
  while (frontier.length || waiting.length) {
    const keys = frontier;
    frontier = [];
    const found = keys.length ? await lookup(keys) : { events: [], agreements: [] };
    for (const k of keys) looked.add(k);
    for (const r of found.events) if (!seen.has(r.id)) seen.set(r.id, r);
    for (const r of found.events) if (!removed.has(r.id)) addEvent(r);
    for (const g of found.agreements) if (!removed.has(g.id)) addAgreement(g);
    const again = waiting;
    waiting = [];
    again.forEach(link);
  }
  return { events: [...events.values()], agreements: [...agreements.values()] };
}

/** The derived rows to delete and insert after `changes`, given the stored reports (after the change). */
export async function deriveChanges(changes: ReportChanges, lookup: ReportLookup): Promise<DerivedDiff> {
  const now = await closure(changes, lookup);
  const addedIds = new Set([...changes.added.events, ...changes.added.agreements].map((r) => r.id));
  const before: ReportSet = {
    events: [...now.events.filter((r) => !addedIds.has(r.id)), ...changes.removed.events],
    agreements: [...now.agreements.filter((g) => !addedIds.has(g.id)), ...changes.removed.agreements],
  };
  const next = deriveEvents(now.events, now.agreements);
  const prev = deriveEvents(before.events, before.agreements);
  return { ...diffDerived(prev, next, new Set(changes.entities)), reports: now.events.length + now.agreements.length };
}

/**
 * Rows of `prev` to delete and of `next` to insert: those that differ, those that name an entity
 * whose node appeared or vanished, and agreements reached at a meeting that is rewritten (deleting
 * a meeting node deletes the link to it).
 */
export function diffDerived(prev: DerivedEvents, next: DerivedEvents, entities: Set<string>): Omit<DerivedDiff, "reports"> {
  const names = (ids: Array<string | undefined>) => ids.some((id) => !!id && entities.has(id));
  const oldMeetings = new Map(prev.meetings.map((m) => [m.id, m]));
  const newMeetings = new Map(next.meetings.map((m) => [m.id, m]));
  const meetingChanged = (id: string) => {
    const a = oldMeetings.get(id);
    const b = newMeetings.get(id);
    return !a || !b || JSON.stringify(a) !== JSON.stringify(b) || names([...a.participantIds, a.placeId]);
  };
  const rewritten = new Set([...oldMeetings.keys(), ...newMeetings.keys()].filter(meetingChanged));
  const oldAgreements = new Map(prev.agreements.map((g) => [g.id, g]));
  const newAgreements = new Map(next.agreements.map((g) => [g.id, g]));
  const agreementChanged = (id: string) => {
    const a = oldAgreements.get(id);
    const b = newAgreements.get(id);
    return !a || !b || JSON.stringify(a) !== JSON.stringify(b) || names([...a.partyIds, ...a.signatoryIds]) || (!!a.meetingId && rewritten.has(a.meetingId));
  };
  const agreementsRewritten = new Set([...oldAgreements.keys(), ...newAgreements.keys()].filter(agreementChanged));
  return {
    deleteMeetings: prev.meetings.filter((m) => rewritten.has(m.id)),
    meetings: next.meetings.filter((m) => rewritten.has(m.id)),
    deleteAgreements: prev.agreements.filter((g) => agreementsRewritten.has(g.id)),
    agreements: next.agreements.filter((g) => agreementsRewritten.has(g.id)),
  };
}
