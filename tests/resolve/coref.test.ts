// Event coreference: reports → meetings. Hand-built reports (not from any article) check each rule;
// the seeds check order independence over every permutation of the five articles.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgreementReport, DateValue, EventReport } from "../../src/model.js";
import { deriveEvents } from "../../src/resolve/coref.js";
import { articleFromText } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

const undated: DateValue = { date: null, precision: null, basis: "unknown" };
const day = (d: string): DateValue => ({ date: d, precision: "day", basis: "explicit" });
const weekday = (w: number): DateValue => ({ date: null, precision: null, basis: "weekday", weekday: w, anchor: `weekday:${w}` });

function report(id: string, articleId: string, people: string[], date: DateValue, extra: Partial<EventReport> = {}): EventReport {
  return {
    id,
    articleId,
    kind: "meeting",
    participantIds: people,
    date,
    dateVar: !date.date && date.anchor ? `${articleId}#${date.anchor}` : undefined,
    trigger: "met",
    source: { articleId, excerpt: `${id} excerpt`, start: 0, end: 10, confidence: 0.8 },
    ...extra,
  };
}

describe("resolve/coref: meetings", () => {
  it("merges reports of the same pair on the same day and keeps every source", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y", "p:z"], day("2024-05-02"))], []);
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0].sources).toHaveLength(2);
    expect(d.meetings[0].participantIds).toEqual(["p:x", "p:y", "p:z"]);
  });

  it("two reports of one article that share two people stay two meetings: the article's own coreference kept them apart", () => {
    const same = deriveEvents([report("r1", "a1", ["p:x", "p:y", "p:z"], day("2024-05-02")), report("r2", "a1", ["p:w", "p:y", "p:z"], day("2024-05-02"))], []);
    expect(same.meetings.map((m) => m.participantIds)).toEqual(expect.arrayContaining([["p:x", "p:y", "p:z"], ["p:w", "p:y", "p:z"]]));
    expect(same.meetings).toHaveLength(2);
    const two = deriveEvents([report("r1", "a1", ["p:x", "p:y", "p:z"], day("2024-05-02")), report("r2", "a2", ["p:w", "p:y", "p:z"], day("2024-05-02"))], []);
    expect(two.meetings).toHaveLength(1);
  });

  it("keeps two visits of the same pair months apart as two meetings", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y"], day("2024-11-20"))], []);
    expect(d.meetings.map((m) => m.date).sort()).toEqual(["2024-05-02", "2024-11-20"]);
  });

  it("an undated report joins the one dated meeting it fits, and never one of two", () => {
    const one = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y"], undated)], []);
    expect(one.meetings).toHaveLength(1);
    expect(one.meetings[0].date).toBe("2024-05-02");
    const two = deriveEvents(
      [report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y"], day("2024-11-20")), report("r3", "a3", ["p:x", "p:y"], undated)],
      [],
    );
    expect(two.meetings).toHaveLength(3);
    expect(two.meetings.find((m) => m.reportIds.includes("r3"))?.date).toBeNull();
  });

  it("an undated report cannot be a meeting after its own publication date, nor on another weekday", () => {
    const d = deriveEvents(
      [report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y"], undated, { publishedAt: "2024-04-01" }), report("r3", "a3", ["p:x", "p:y"], weekday(1))],
      [],
    );
    // 2024-05-02 is a Thursday: r3 (a Monday) and r2 (published before) stay apart
    expect(d.meetings.find((m) => m.reportIds.includes("r1"))?.reportIds).toEqual(["r1"]);
  });

  it("propagates a date through an article's weekday to its other reports", () => {
    // article a1 says "Thursday" for two meetings; article a2 dates one of them
    const d = deriveEvents(
      [report("r1", "a1", ["p:x", "p:y"], weekday(4)), report("r2", "a1", ["p:x", "p:z"], weekday(4)), report("r3", "a2", ["p:x", "p:y"], day("2025-07-31"))],
      [],
    );
    expect(d.meetings.find((m) => m.reportIds.includes("r2"))?.date).toBe("2025-07-31");
    expect(d.meetings.find((m) => m.reportIds.includes("r2"))?.dateBasis).toMatch(/propagated/);
  });

  it("without the dating article, the weekday stays unresolved", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], weekday(4)), report("r2", "a1", ["p:x", "p:z"], weekday(4))], []);
    expect(d.meetings.every((m) => m.date === null)).toBe(true);
  });

  it("does not merge reports whose places conflict", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-05-02"), { placeId: "place:moscow" }), report("r2", "a2", ["p:x", "p:y"], day("2024-05-02"), { placeId: "place:damascus" })], []);
    expect(d.meetings).toHaveLength(2);
  });

  it("phone calls are never merged into meetings", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-05-02")), report("r2", "a2", ["p:x", "p:y"], day("2024-05-02"), { kind: "call" })], []);
    expect(d.meetings.map((m) => m.kind).sort()).toEqual(["call", "meeting"]);
  });
});

describe("resolve/coref: agreements", () => {
  const agreement = (id: string, articleId: string, topics: string[], date: DateValue, meetingReportId?: string): AgreementReport => ({
    id, articleId, summary: id, topics, status: "agreed", partyIds: ["place:a", "place:b"], signatoryIds: [], date, meetingReportId,
    source: { articleId, excerpt: id, start: 0, end: 1, confidence: 0.7 },
  });
  it("merges the same agreement reported twice and keeps different topics apart", () => {
    const d = deriveEvents([], [agreement("g1", "a1", ["trade"], day("2024-01-01")), agreement("g2", "a2", ["trade"], day("2024-01-01")), agreement("g3", "a1", ["energy"], day("2024-01-01"))]);
    expect(d.agreements).toHaveLength(2);
  });
  it("takes its date from the meeting it was reached at", () => {
    const d = deriveEvents([report("r1", "a1", ["p:x", "p:y"], day("2024-03-03"))], [agreement("g1", "a1", ["trade"], undated, "r1")]);
    expect(d.agreements[0].date).toBe("2024-03-03");
    expect(d.agreements[0].meetingId).toBe(d.meetings[0].id);
  });
});

describe("resolve/coref: order independence on the seeds", () => {
  const dir = join(import.meta.dirname, "../../seeds");
  const resolved = readdirSync(dir).sort().map((f) => processArticle(articleFromText(readFileSync(join(dir, f), "utf8"), { uri: join(dir, f) }) as Article));
  const permutations = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  const fingerprint = (order: typeof resolved) => {
    const d = deriveEvents(order.flatMap((r) => r.events), order.flatMap((r) => r.agreements));
    return JSON.stringify({ m: d.meetings.map((m) => [m.id, m.date, m.participantIds, m.placeId]), a: d.agreements.map((a) => [a.id, a.date]).sort() });
  };
  it("gives the same meetings, ids and dates for all 120 orders of the five seeds", () => {
    const expected = fingerprint(resolved);
    for (const p of permutations(resolved)) expect(fingerprint(p)).toBe(expected);
  });
  it("dates the Thursday meetings only when the dating article is present", () => {
    const without = resolved.filter((r) => !r.article.uri.includes("001_"));
    const d = deriveEvents(without.flatMap((r) => r.events), without.flatMap((r) => r.agreements));
    expect(d.meetings.filter((m) => m.kind === "meeting").every((m) => m.date === null)).toBe(true);
  });
});
