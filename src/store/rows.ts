// Row conversion and small list helpers of the Cypher store (values as the drivers return them).
import type { AgreementRow, EntityKind, MeetingRow, OrganizationRow, PersonRow, PlaceRow, ResolvedArticle } from "../model.js";
import type { Row } from "./cypher-types.js";

export const str = (x: unknown): string => (x === null || x === undefined ? "" : String(x));
export const opt = (x: unknown): string | undefined => (x === null || x === undefined || x === "" ? undefined : String(x));
export const num = (x: unknown): number => (typeof x === "bigint" ? Number(x) : Number(x ?? 0));

/** Date range parameters: always valid dates (Kuzu evaluates both sides of an OR), plus "no range". */
export function dateRange(from?: string, to?: string): { from: string; to: string; anyDate: boolean } {
  return { from: from || "0001-01-01", to: to || "9999-12-31", anyDate: !from && !to };
}

export function entitiesOf(a: ResolvedArticle, kind: EntityKind): Array<PersonRow | PlaceRow | OrganizationRow> {
  return kind === "person" ? a.people : kind === "place" ? a.places : a.organizations;
}

export function dedupe<T extends { id: string }>(rows: T[]): T[] {
  return dedupeBy(rows, (r) => r.id);
}

export function dedupeBy<T>(rows: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function byId<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T): Array<T | null> {
  const m = new Map(rows.map((r) => [str(r.id), map(r)]));
  return ids.map((id) => m.get(id) ?? null);
}

export function groupBy<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T, key: (t: T) => string, idField = "id"): T[][] {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const out = ids.map(() => [] as T[]);
  const seen = ids.map(() => new Set<string>());
  for (const r of rows) {
    const i = at.get(str(r[idField]));
    if (i === undefined) continue;
    const t = map(r);
    const k = key(t);
    if (seen[i].has(k)) continue;
    seen[i].add(k);
    out[i].push(t);
  }
  // in the order of their keys, whatever order the rows came in (a scan and a lookup by key differ)
  return out.map((list) => list.map((t) => [key(t), t] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, t]) => t));
}

/** Ids ordered by date (undated last), then id. */
export function sortByDate(rows: Row[], order: "DATE_ASC" | "DATE_DESC"): string[] {
  return rows
    .map((r) => ({ id: str(r.id), date: opt(r.date) }))
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (!a.date) return 1;
        if (!b.date) return -1;
        return order === "DATE_ASC" ? (a.date < b.date ? -1 : 1) : a.date < b.date ? 1 : -1;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((x) => x.id);
}


/** A meeting as getMeetings (and the nested reads) return its columns. */
export function meetingRow(r: Row): MeetingRow {
  return {
    id: str(r.id),
    kind: str(r.kind) as MeetingRow["kind"],
    date: opt(r.date) ?? null,
    datePrecision: (opt(r.datePrecision) ?? null) as MeetingRow["datePrecision"],
    dateBasis: str(r.dateBasis),
    confidence: num(r.confidence),
    participantIds: r.participantIds ? (JSON.parse(str(r.participantIds)) as string[]).sort() : [],
    placeId: opt(r.placeId),
    sources: [],
    reportIds: r.reportIds ? (JSON.parse(str(r.reportIds)) as string[]) : [],
  };
}

/** An agreement as getAgreements (and the timeline) return its columns. */
export function agreementRow(r: Row): AgreementRow {
  return {
    id: str(r.id),
    summary: str(r.summary),
    date: opt(r.date) ?? null,
    status: str(r.status) as AgreementRow["status"],
    partyIds: ((r.partyIds as string[] | null) ?? []).filter(Boolean).sort(),
    signatoryIds: ((r.signatoryIds as string[] | null) ?? []).filter(Boolean).sort(),
    meetingId: opt(r.meetingId),
    sources: [],
    reportIds: r.reportIds ? (JSON.parse(str(r.reportIds)) as string[]) : [],
  };
}

/** The place of a meeting row that carries one (placeId, placeName, placeKind, placeWithin). */
export function placeOfMeeting(r: Row): PlaceRow | undefined {
  const id = opt(r.placeId);
  if (!id || r.placeName === null || r.placeName === undefined) return undefined;
  return { id, name: str(r.placeName), kind: str(r.placeKind), within: opt(r.placeWithin), aliases: [], keys: [] };
}
