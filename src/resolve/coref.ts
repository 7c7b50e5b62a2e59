// Event coreference across articles: many reports, one meeting.
//
// Two reports are the same meeting when
//   - they share the people who define it (at least two participants in common),
//   - their places do not conflict (equal, one within the other, or one unknown), and
//   - their dates agree: equal known days; or one report undated, compatible with its weekday and
//     its interval (its month or year, else the days up to its publication: date-window.ts), and it
//     is the ONLY dated meeting it could be; or both undated with intervals that meet. An undated
//     report that could be two different dated meetings stays on its own: we never guess.
// Date propagation: an article without a publication date that says "Thursday" or "today" leaves a
// date variable (article#weekday:4). When a report carrying that variable joins a dated meeting,
// the variable is bound to that day, and every other report of that article with the same variable
// gets the day too (the Lavrov talks "on Thursday" in the same article as the dated Kremlin meeting).
// This repeats until nothing changes. The result depends only on the SET of reports, never on the
// order they were loaded in: everything is sorted by id and clustered by connected components.
import type { AgreementReport, AgreementRow, DateValue, DerivedEvents, EventReport, IsoDate, MeetingRow } from "../model.js";
import { getLexicon } from "../lexicon/index.js";
import { hashId } from "./entities.js";
import { agreementId, placeId as toPlaceId, storePlaceSlug } from "../ids.js";
import { agreementInterval, intervalOf, overlap, within } from "./date-window.js";

const MAX_ROUNDS = 6;

export function deriveEvents(eventReports: EventReport[], agreementReports: AgreementReport[]): DerivedEvents {
  const reports = [...eventReports].sort((a, b) => (a.id < b.id ? -1 : 1));
  let bindings = new Map<string, IsoDate>();
  let clusters: EventReport[][] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    clusters = clusterReports(reports, bindings);
    const next = bindVariables(clusters, bindings);
    if (sameBindings(next, bindings)) break;
    bindings = next;
  }
  const meetings = clusters.map((c) => meetingOf(c, bindings));
  const meetingOfReport = new Map<string, MeetingRow>();
  for (const m of meetings) for (const r of m.reportIds) meetingOfReport.set(r, m);
  const agreements = clusterAgreements(agreementReports, meetingOfReport, new Map(reports.map((r) => [r.id, r])), bindings);
  meetings.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { meetings, agreements };
}

// ------------------------------------------------------------------ dates

function dayOf(r: { date: DateValue; dateVar?: string }, bindings: Map<string, IsoDate>): IsoDate | null {
  if (r.date.date && r.date.precision === "day") return r.date.date;
  if (r.dateVar && bindings.has(r.dateVar)) return bindings.get(r.dateVar)!;
  return null;
}

function isoWeekday(d: IsoDate): number {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Could an undated report be about a meeting on `day`? (Its weekday, and its interval: date-window.ts.) */
function undatedFits(r: EventReport, day: IsoDate): boolean {
  if (r.date.weekday && isoWeekday(day) !== r.date.weekday) return false;
  return within(day, intervalOf(r.date, r.publishedAt));
}

// ------------------------------------------------------------------ places

function chain(placeId: string | undefined): string[] {
  const lex = getLexicon();
  const out: string[] = [];
  let cur = placeId === undefined ? undefined : storePlaceSlug(placeId);
  for (let i = 0; cur && i < 6; i++) {
    out.push(toPlaceId(cur));
    cur = lex.places.get(cur)?.within ?? undefined;
  }
  if (!out.length && placeId) out.push(placeId);
  return out;
}

function placesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  return chain(a).includes(b) || chain(b).includes(a);
}

// ------------------------------------------------------------------ meetings

function shareTwo(a: string[], b: string[]): boolean {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n >= 2;
}

/**
 * Two reports of one article are one meeting only when the article's own coreference (extract pass 6) made them one
 * report: it kept apart two meetings of one day that share people ("A met B and C; D later signed with B and C in
 * A's absence"), and joining them here would give pairs no one met (A and D). Across articles, the rules above.
 */
function sameEvent(a: EventReport, b: EventReport): boolean {
  return a.articleId !== b.articleId && a.kind === b.kind && shareTwo(a.participantIds, b.participantIds) && placesAgree(a.placeId, b.placeId);
}

/** Every unordered pair of distinct ids, as "a|b" with a < b. */
function pairKeys(ids: string[]): string[] {
  const ps = [...new Set(ids)].sort();
  const out: string[] = [];
  for (let a = 0; a < ps.length; a++) for (let b = a + 1; b < ps.length; b++) out.push(`${ps[a]}|${ps[b]}`);
  return out;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const g = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      if (!g.has(r)) g.set(r, []);
      g.get(r)!.push(i);
    });
    return [...g.values()];
  }
}

function clusterReports(reports: EventReport[], bindings: Map<string, IsoDate>): EventReport[][] {
  const n = reports.length;
  const uf = new UnionFind(n);
  const day = reports.map((r) => dayOf(r, bindings));
  // candidate pairs: two reports can only be one event when they share two participants, so
  // candidates come from an index by PAIR of participants (a popular person alone would make every
  // report a candidate of every other one, and this quadratic on large graphs)
  const byPair = new Map<string, number[]>();
  const pairsOf = (r: EventReport) => pairKeys(r.participantIds);
  reports.forEach((r, i) => {
    for (const k of pairsOf(r)) {
      const list = byPair.get(k);
      if (list) list.push(i);
      else byPair.set(k, [i]);
    }
  });
  const cache = new Map<number, number[]>();
  const neighbours = (i: number): number[] => {
    let out = cache.get(i);
    if (!out) {
      const s = new Set<number>();
      for (const k of pairsOf(reports[i])) for (const j of byPair.get(k)!) if (j !== i) s.add(j);
      cache.set(i, (out = [...s].sort((a, b) => a - b)));
    }
    return out;
  };
  // 1. dated reports of the same day
  for (let i = 0; i < n; i++) {
    if (!day[i]) continue;
    for (const j of neighbours(i)) if (j > i && day[j] === day[i] && sameEvent(reports[i], reports[j])) uf.union(i, j);
  }
  const datedRoots = (i: number) => new Set(neighbours(i).filter((j) => day[j] && sameEvent(reports[i], reports[j]) && undatedFits(reports[i], day[j]!)).map((j) => uf.find(j)));
  const datedRootDays = new Map<number, IsoDate>();
  for (let i = 0; i < n; i++) if (day[i]) datedRootDays.set(uf.find(i), day[i]!);
  // 2. an undated report joins the one dated meeting it fits; reports that fit none group together
  const undated: number[] = [];
  const join: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (day[i]) continue;
    const roots = datedRoots(i);
    const days = new Set([...roots].map((r) => datedRootDays.get(r)));
    if (roots.size >= 1 && days.size === 1) join.push([i, [...roots][0]]);
    else if (roots.size === 0) undated.push(i);
  }
  for (const [i, r] of join) uf.union(i, r);
  const isUndated = new Set(undated);
  const interval = (i: number) => intervalOf(reports[i].date, reports[i].publishedAt);
  for (const i of undated) for (const j of neighbours(i)) if (j > i && isUndated.has(j) && sameEvent(reports[i], reports[j]) && varsAgree(reports[i], reports[j]) && overlap(interval(i), interval(j))) uf.union(i, j);
  return uf.groups().map((g) => g.map((i) => reports[i]));
}

/** Two undated reports: their weekdays, when both say one, must be the same. */
function varsAgree(a: EventReport, b: EventReport): boolean {
  return !(a.date.weekday && b.date.weekday && a.date.weekday !== b.date.weekday);
}

function bindVariables(clusters: EventReport[][], old: Map<string, IsoDate>): Map<string, IsoDate> {
  const found = new Map<string, Set<IsoDate>>();
  for (const c of clusters) {
    const days = new Set(c.map((r) => dayOf(r, old)).filter((d): d is IsoDate => !!d));
    if (days.size !== 1) continue;
    const day = [...days][0];
    for (const r of c) {
      if (!r.dateVar || (r.date.date && r.date.precision === "day")) continue;
      if (!undatedFits(r, day)) continue;
      if (!found.has(r.dateVar)) found.set(r.dateVar, new Set());
      found.get(r.dateVar)!.add(day);
    }
  }
  const out = new Map<string, IsoDate>();
  for (const [v, days] of found) if (days.size === 1) out.set(v, [...days][0]);
  return out;
}

function sameBindings(a: Map<string, IsoDate>, b: Map<string, IsoDate>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function meetingOf(c: EventReport[], bindings: Map<string, IsoDate>): MeetingRow {
  const first = c[0]; // clusters keep reports in id order
  const explicit = c.find((r) => r.date.date && r.date.precision === "day");
  const bound = c.find((r) => r.dateVar && bindings.has(r.dateVar));
  const date = explicit?.date.date ?? (bound ? bindings.get(bound.dateVar!)! : null);
  const dateBasis = explicit
    ? `${explicit.date.basis} in ${explicit.articleId}${explicit.date.text ? ` ("${explicit.date.text}")` : ""}`
    : bound
      ? `propagated to ${bound.articleId} (${bound.dateVar!.split("#")[1]}) from a coreferent report`
      : "unknown";
  const participants = [...new Set(c.flatMap((r) => r.participantIds))].sort();
  let placeId: string | undefined;
  for (const r of c) if (r.placeId && (!placeId || chain(r.placeId).length > chain(placeId).length) && placesAgree(r.placeId, placeId)) placeId = r.placeId;
  const conf = Math.min(0.99, Math.max(...c.map((r) => r.source.confidence)) + 0.05 * (new Set(c.map((r) => r.articleId)).size - 1));
  return {
    id: `${first.kind === "meeting" ? "meeting" : first.kind}:${hashId(first.id)}`,
    kind: first.kind,
    date,
    datePrecision: date ? "day" : null,
    dateBasis,
    confidence: Math.round(conf * 100) / 100,
    participantIds: participants,
    placeId,
    sources: c.map((r) => r.source),
    reportIds: c.map((r) => r.id),
  };
}

// ------------------------------------------------------------------ agreements

function clusterAgreements(reports: AgreementReport[], meetingOfReport: Map<string, MeetingRow>, reportsById: Map<string, EventReport>, bindings: Map<string, IsoDate>): AgreementRow[] {
  const rs = [...reports].sort((a, b) => (a.id < b.id ? -1 : 1));
  const meetingOf = (r: AgreementReport) => (r.meetingReportId ? meetingOfReport.get(r.meetingReportId) : undefined);
  const intervals = new Map(rs.map((r) => [r.id, agreementInterval(r, r.meetingReportId ? reportsById.get(r.meetingReportId) : undefined)]));
  const dayOfAgreement = (r: AgreementReport): IsoDate | null => dayOf(r, bindings) ?? meetingOf(r)?.date ?? null;
  const actors = (r: AgreementReport) => [...new Set([...r.partyIds, ...r.signatoryIds])];
  const topic = (r: AgreementReport) => r.topics[0] ?? "";
  const uf = new UnionFind(rs.length);
  // candidates: reports of the same topic that share a pair of actors (as for meetings)
  const byPair = new Map<string, number[]>();
  const keysOf = (r: AgreementReport) => pairKeys(actors(r)).map((k) => `${topic(r)}|${k}`);
  rs.forEach((r, i) => {
    for (const k of keysOf(r)) {
      const list = byPair.get(k);
      if (list) list.push(i);
      else byPair.set(k, [i]);
    }
  });
  for (let i = 0; i < rs.length; i++) {
    const cands = new Set<number>();
    for (const k of keysOf(rs[i])) for (const j of byPair.get(k)!) if (j > i) cands.add(j);
    for (const j of [...cands].sort((a, b) => a - b)) {
      const a = rs[i];
      const b = rs[j];
      if (topic(a) !== topic(b) || !shareTwo(actors(a), actors(b))) continue;
      const da = dayOfAgreement(a);
      const db = dayOfAgreement(b);
      if (da && db && da !== db) continue;
      // an undated report is about a day of its interval (date-window.ts)
      const ia = intervals.get(a.id);
      const ib = intervals.get(b.id);
      if (da && !db ? !within(da, ib) : db && !da ? !within(db, ia) : !da && !db && !overlap(ia, ib)) continue;
      // the same parties agreeing the same thing on the same day is one agreement, even when the
      // reports tie it to different meetings of that visit; two undated reports need one article
      if (!da && !db && a.articleId !== b.articleId && meetingOf(a)?.id !== meetingOf(b)?.id) continue;
      // two reports of one sentence are two documents: the extractor already made one of what a sentence tells twice
      if (a.articleId === b.articleId && a.source.start === b.source.start) continue;
      uf.union(i, j);
    }
  }
  return uf.groups().map((g) => {
    const c = g.map((i) => rs[i]);
    const first = c[0];
    const meeting = c.map(meetingOf).find(Boolean);
    const date = c.map(dayOfAgreement).find(Boolean) ?? null;
    const summary = [...c].sort((a, b) => b.summary.length - a.summary.length || (a.id < b.id ? -1 : 1))[0].summary;
    return {
      id: agreementId(hashId(first.id)),
      summary,
      date,
      status: c.some((r) => r.status === "signed") ? "signed" : first.status,
      partyIds: [...new Set(c.flatMap((r) => r.partyIds))].sort(),
      signatoryIds: [...new Set(c.flatMap((r) => r.signatoryIds))].sort(),
      meetingId: meeting?.id,
      sources: c.map((r) => r.source),
      reportIds: c.map((r) => r.id),
    };
  });
}
