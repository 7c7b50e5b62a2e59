// Derived meetings and agreements, written inside the transaction that changed the reports (so a kill
// never leaves meetings stale): the coreference keys of new reports, the incremental derivation
// (resolve/incremental.ts) over the reports those keys reach, and the rows that changed. Also the
// full pass (rederive) and the store's meta row: its generation and the derivation version.
import type { AgreementReport, DerivedEvents, EventReport, SourceRow } from "../model.js";
import { deriveChanges, type DerivedDiff, type ReportChanges, type ReportSet } from "../resolve/incremental.js";
import type { CorefKeys } from "./coref-keys.js";
import { deriveEvents } from "../resolve/coref.js";
import { LABEL, type Params, type Queries, type Row } from "./cypher-types.js";

export type Run = (q: string, p?: Params) => Promise<Row[]>;

/**
 * The version of the derivation (coreference rules and keys). A store whose meta row says another
 * version is re-derived in full when opened, so a change of rules or an older store never serves
 * meetings derived by other rules.
 */
export const DERIVATION_VERSION = "coref-keys-6"; // 2: MET edges carry their meeting's columns; 3: coreference keys by kind and day; 4: two agreement reports of one sentence stay two; 5: undated reports within their date interval, keys by month; 6: the embedded store holds its keys in memory (coref-keys.ts)

/** The id of the one meta row. */
const META = "graph";
const str = (x: unknown): string => (x === null || x === undefined ? "" : String(x));
const num = (x: unknown): number => (typeof x === "bigint" ? Number(x) : Number(x ?? 0));
const CHUNK = 20_000;
const labelOfId = (id: string) => (id.startsWith("person:") ? "Person" : id.startsWith("place:") ? "Place" : id.startsWith("org:") ? "Organization" : undefined);

/**
 * A bulk insert in chunks (the database converts a parameter list into its own values all at once,
 * so one statement with a whole load's relationships would hold them all in memory twice); a few
 * rows go through the adapter's small-insert query when it has one.
 */
export async function insertRows(run: Run, Q: Queries, q: string, rows: unknown[]): Promise<void> {
  if (!rows.length) return;
  const small = Q.small?.get(q);
  if (small && rows.length <= (q.includes("(from=") ? SMALL_RELS : SMALL_NODES)) return void (await run(small, { rows }));
  for (let i = 0; i < rows.length; i += CHUNK) await run(q, { rows: rows.slice(i, i + CHUNK) });
}
const SMALL_NODES = 1000;
const SMALL_RELS = 64;

/** Reports from rows of (id, json). */
export function reportsOf(rows: Row[]): ReportSet {
  const out: ReportSet = { events: [], agreements: [] };
  for (const r of rows) {
    const id = str(r.id);
    if (id.startsWith("agreement-report:")) out.agreements.push(JSON.parse(str(r.json)) as AgreementReport);
    else out.events.push(JSON.parse(str(r.json)) as EventReport);
  }
  return out;
}

/**
 * Derives what `changes` touch from the reports stored now, and writes the rows that changed. Keys in
 * `fresh` (not stored before this write: only added reports are filed under them) are not looked up.
 */
export async function deriveIncrementally(run: Run, Q: Queries, keys: CorefKeys, changes: ReportChanges, fresh = new Set<string>()): Promise<DerivedDiff> {
  // (the added reports are in hand, and the closure starts from them)
  const inHand = new Set([...changes.added.events, ...changes.added.agreements].map((r) => r.id));
  const lookup = async (all: string[]) => {
    const ids = all.filter((k) => k.startsWith("r:")).map((k) => k.slice(2));
    const rows: Row[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await run(Q.eventReportsByIds, { ids: ids.slice(i, i + CHUNK) })));
    const found = await keys.find(run, all.filter((k) => !fresh.has(k) && !k.startsWith("r:")), inHand);
    const byId = reportsOf(rows);
    return { events: [...byId.events, ...found.events], agreements: [...byId.agreements, ...found.agreements] };
  };
  const diff = await deriveChanges(changes, lookup);
  const lookupIds = async (q: string, ids: string[]) => (ids.length ? run(q, { ids }) : []);
  await lookupIds(Q.deleteMeetings, diff.deleteMeetings.map((m) => m.id));
  const met = diff.deleteMeetings.filter((m) => m.kind === "meeting").flatMap((m) => m.participantIds.map((a) => ({ a, m: m.id })));
  if (met.length) await run(Q.deleteMet, { rows: met });
  await lookupIds(Q.deleteAgreements, diff.deleteAgreements.map((g) => g.id));
  await insertDerived(run, Q, { meetings: diff.meetings, agreements: diff.agreements });
  return diff;
}

/** Every derived row again, from every stored report; the keys are rebuilt too. */
export async function rederiveAll(run: Run, Q: Queries, keys: CorefKeys): Promise<DerivedEvents> {
  const events = (await run(Q.eventReports)).map((r) => JSON.parse(str(r.json)) as EventReport);
  const agreements = (await run(Q.agreementReports)).map((r) => JSON.parse(str(r.json)) as AgreementReport);
  const derived = deriveEvents(events, agreements);
  await keys.refile(run, events, agreements);
  await replaceAll(run, Q, derived);
  await run(Q.setDerived, { id: META, derived: DERIVATION_VERSION });
  return derived;
}

/** Replaces every derived row with these. */
export async function replaceAll(run: Run, Q: Queries, d: DerivedEvents): Promise<void> {
  await run(Q.clearMeetings);
  await run(Q.clearAgreements);
  await run(Q.clearMet);
  await insertDerived(run, Q, d);
}

/**
 * Inserts meetings and agreements with their links. A report may name an entity no stored mention
 * refers to; a bulk insert of a link to a missing node fails the whole batch, so links go only to
 * nodes that exist.
 */
async function insertDerived(run: Run, Q: Queries, d: DerivedEvents): Promise<void> {
  if (!d.meetings.length && !d.agreements.length) return;
  const referenced = new Set([...d.meetings.flatMap((m) => [...m.participantIds, m.placeId ?? ""]), ...d.agreements.flatMap((g) => [...g.partyIds, ...g.signatoryIds])]);
  const ids = new Set<string>();
  for (const l of Object.values(LABEL)) {
    const wanted = [...referenced].filter((id) => labelOfId(id) === l);
    if (wanted.length) for (const r of await run(Q.existingIds(l), { ids: wanted })) ids.add(str(r.id));
  }
  const has = (id: string | undefined) => !!id && ids.has(id);
  const source = (s: SourceRow, a: string) => ({ a, b: s.articleId, excerpt: s.excerpt, start: s.start, endAt: s.end, confidence: s.confidence });
  await insertRows(run, Q, Q.insertMeetings, d.meetings.map((m) => ({ id: m.id, kind: m.kind, date: m.date || null, datePrecision: str(m.datePrecision), dateBasis: m.dateBasis, confidence: m.confidence, placeId: str(m.placeId), reportIds: JSON.stringify(m.reportIds), participantIds: JSON.stringify(m.participantIds.filter(has)) })));
  await insertRows(run, Q, Q.attended, d.meetings.flatMap((m) => m.participantIds.filter(has).map((p) => ({ a: p, b: m.id }))));
  await insertRows(run, Q, Q.heldIn, d.meetings.filter((m) => has(m.placeId)).map((m) => ({ a: m.id, b: m.placeId })));
  await insertRows(run, Q, Q.met, d.meetings.filter((m) => m.kind === "meeting").flatMap((m) => {
    const people = m.participantIds.filter(has);
    const columns = { meetingId: m.id, date: m.date || null, placeId: str(m.placeId), datePrecision: str(m.datePrecision), dateBasis: m.dateBasis, confidence: m.confidence, reportIds: JSON.stringify(m.reportIds), participantIds: JSON.stringify(people) };
    return people.flatMap((a) => people.filter((b) => b !== a).map((b) => ({ a, b, ...columns })));
  }));
  await insertRows(run, Q, Q.meetingReportedBy, d.meetings.flatMap((m) => m.sources.map((s) => source(s, m.id))));
  await insertRows(run, Q, Q.insertAgreements, d.agreements.map((g) => ({ id: g.id, summary: g.summary, date: g.date || null, status: g.status, meetingId: str(g.meetingId), reportIds: JSON.stringify(g.reportIds) })));
  for (const l of Object.values(LABEL)) await insertRows(run, Q, Q.between(l), d.agreements.flatMap((g) => g.partyIds.filter((p) => labelOfId(p) === l && has(p)).map((p) => ({ a: g.id, b: p }))));
  await insertRows(run, Q, Q.signed, d.agreements.flatMap((g) => g.signatoryIds.filter(has).map((p) => ({ a: p, b: g.id }))));
  await insertRows(run, Q, Q.reachedAt, d.agreements.filter((g) => g.meetingId).map((g) => ({ a: g.id, b: g.meetingId })));
  await insertRows(run, Q, Q.agreementReportedBy, d.agreements.flatMap((g) => g.sources.map((s) => source(s, g.id))));
}

/** The meta row: created when missing; its generation and derivation version. */
export async function readMeta(run: Run, Q: Queries): Promise<{ generation: number; derived: string }> {
  const rows = await run(Q.meta, { id: META });
  if (!rows.length) return { generation: 0, derived: "" };
  return { generation: num(rows[0].generation), derived: str(rows[0].derived) };
}

/** Bumps the generation (inside the writing transaction); creates the meta row when missing. */
export async function bumpGeneration(run: Run, Q: Queries): Promise<number> {
  const rows = await run(Q.bumpGeneration, { id: META });
  if (rows.length) return num(rows[0].generation);
  await run(Q.insertMeta, { rows: [{ id: META, generation: 1, derived: "" }] });
  return 1;
}
