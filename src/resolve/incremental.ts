// Incremental derivation: after a write adds or removes reports, re-derive only the meetings and
// agreements those reports can take part in, and say which derived rows changed.
//
// coref.ts decides everything from links between reports that depend on the reports alone:
//   - two event reports can be one meeting only when they share a PAIR of participants;
//   - date variables ("Thursday" in an undated article) bind across the reports of one article
//     that carry the same variable;
//   - an agreement report depends on the meeting of the report it was reached at, on the binding
//     of its date variable, and on agreement reports of the same topic sharing a pair of actors.
// Every report is indexed under COREFERENCE KEYS naming those links (p: pair, v: variable,
// m: meeting report, t: topic+pair). The reports reachable from the changed ones over shared keys
// form a union of whole components of that link graph, and coref.ts derives each component from that
// component alone (its loop over rounds runs per component in effect, see coref.ts). So deriving
// the closure gives exactly the rows a full derivation gives for those reports, and rows outside it
// are unchanged. The old rows of the same components are derived from the old reports (the closure
// minus what was added, plus what was removed), and only the differences are written.
//
// Entity keys (e:) find the reports that name an entity that was just created or deleted: a
// derived row links only to entity nodes that exist, so such rows are rewritten too.
import type { AgreementReport, AgreementRow, DerivedEvents, EventReport, MeetingRow } from "../model.js";
import { deriveEvents } from "./coref.js";

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

/** Stored reports indexed under any of these keys (within the writing transaction). */
export type ReportLookup = (keys: string[]) => Promise<ReportSet>;

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

/** Keys that link an event report to the reports it is derived with. */
function eventLinks(r: EventReport): string[] {
  const out = pairs(r.participantIds).map((p) => `p:${p}`);
  if (r.dateVar) out.push(`v:${r.dateVar}`);
  out.push(`m:${r.id}`);
  return out;
}

/** Keys that link an agreement report to the reports it is derived with. */
function agreementLinks(g: AgreementReport): string[] {
  const topic = g.topics[0] ?? "";
  const out = pairs([...g.partyIds, ...g.signatoryIds]).map((p) => `t:${topic}|${p}`);
  if (g.dateVar) out.push(`v:${g.dateVar}`);
  if (g.meetingReportId) out.push(`m:${g.meetingReportId}`);
  return out;
}

/** Every key an event report is stored under. */
export function eventKeys(r: EventReport): string[] {
  const entities = [...r.participantIds, ...(r.placeId ? [r.placeId] : [])].map((id) => `e:${id}`);
  return [...new Set([...eventLinks(r), ...entities])];
}

/** Every key an agreement report is stored under. */
export function agreementKeys(g: AgreementReport): string[] {
  const entities = [...g.partyIds, ...g.signatoryIds].map((id) => `e:${id}`);
  return [...new Set([...agreementLinks(g), ...entities])];
}

/** The reports linked, directly or not, to the changed reports and entities (as stored now). */
export async function closure(changes: ReportChanges, lookup: ReportLookup): Promise<ReportSet> {
  const events = new Map<string, EventReport>();
  const agreements = new Map<string, AgreementReport>();
  const asked = new Set<string>();
  let frontier: string[] = [];
  const want = (keys: string[]) => {
    for (const k of keys) if (!asked.has(k)) (asked.add(k), frontier.push(k));
  };
  const addEvent = (r: EventReport) => {
    if (events.has(r.id)) return;
    events.set(r.id, r);
    want(eventLinks(r));
  };
  const addAgreement = (g: AgreementReport) => {
    if (agreements.has(g.id)) return;
    agreements.set(g.id, g);
    want(agreementLinks(g));
  };
  changes.added.events.forEach(addEvent);
  changes.added.agreements.forEach(addAgreement);
  for (const r of changes.removed.events) want(eventLinks(r));
  for (const g of changes.removed.agreements) want(agreementLinks(g));
  want(changes.entities.map((id) => `e:${id}`));
  const removed = new Set([...changes.removed.events, ...changes.removed.agreements].map((r) => r.id));
  while (frontier.length) {
    const keys = frontier;
    frontier = [];
    const found = await lookup(keys);
    for (const r of found.events) if (!removed.has(r.id)) addEvent(r);
    for (const g of found.agreements) if (!removed.has(g.id)) addAgreement(g);
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
