// Shared pieces of the reliability harness: temp dirs that are always removed, a synthetic corpus
// written as JSONL, a real server over a real Kuzu store, and a read of the raw Kuzu tables (for
// checks the GraphStore interface does not expose, such as mentions per article).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { generate } from "../../bench/corpus.js";
import type { GraphStore, StoreStats } from "../../src/store/types.js";

export const ROOT = join(import.meta.dirname, "../..");

const dirs: string[] = [];
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `kg-rel-${prefix}-`));
  dirs.push(d);
  return d;
}
export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** n synthetic articles (bench/corpus.ts) as a JSONL file; returns its path. */
export function writeCorpus(dir: string, n: number, seed: number, name = "corpus.jsonl"): string {
  const path = join(dir, name);
  writeFileSync(path, generate(n, seed).articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return path;
}

/** Every meeting/contact id in the store (all kinds), sorted, by paging through listMeetings. */
export async function allMeetingIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = await store.listMeetings({ first: 100, after, kinds: ["meeting", "call", "planned", "cancelled", "denied"] });
    ids.push(...page.rows.map((m) => m.id));
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return ids.sort();
}

export function sameStats(a: StoreStats, b: StoreStats): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface KuzuRows {
  getAll(): Promise<Array<Record<string, unknown>>>;
  close(): void;
}

/**
 * Articles with their mention and report counts, read straight from the Kuzu files (the loader that
 * wrote them must be gone: Kuzu allows one writer process).
 */
export async function articleCompleteness(dbPath: string): Promise<Array<{ id: string; mentions: number; reports: number }>> {
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  try {
    const q = async (cypher: string) => {
      const r = (await conn.query(cypher)) as unknown as KuzuRows;
      const rows = await r.getAll();
      r.close();
      return rows;
    };
    const mentions = new Map((await q("MATCH (a:Article) OPTIONAL MATCH (m:Mention)-[:IN_ARTICLE]->(a) RETURN a.id AS id, count(m) AS n")).map((r) => [String(r.id), Number(r.n)]));
    const reports = new Map((await q("MATCH (a:Article) OPTIONAL MATCH (e:EventReport)-[:REPORTED_IN]->(a) RETURN a.id AS id, count(e) AS n")).map((r) => [String(r.id), Number(r.n)]));
    return [...mentions].map(([id, n]) => ({ id, mentions: n, reports: reports.get(id) ?? 0 }));
  } finally {
    await conn.close();
    await db.close();
  }
}
