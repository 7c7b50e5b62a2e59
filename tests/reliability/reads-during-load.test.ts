// Reads never wait for a load, and concurrent reads beside a load do not crash the store:
//   - ordering: with a write transaction held open, API reads (who-met, meetings between two people,
//     a timeline, search) are answered, and only then is the transaction let go;
//   - stress: 32 clients reading (the bench's concurrency) while 1,000 articles load, every answer
//     a 200 without errors, and the process alive at the end (Kuzu 0.11.3 is reported to segfault
//     with queries on several connections at once; this is where it would show).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../bench/corpus.js";
import { startHttp } from "../../src/api/server.js";
import { articleFromText, isIngestFailure, readSources } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { loadArticles } from "../../src/pipeline.js";
import type { Executor } from "../../src/store/cypher-store.js";
import { openStore } from "../../src/store/index.js";

const ROOT = join(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "kg-reads-"));
  dirs.push(d);
  return d;
};

const READS = [
  `{ person(name: "الشيباني") { metWith { person { name } meetings { date place { name } } } } }`,
  `{ meetings(participant: "Lavrov", with: "Araghchi", first: 10) { totalCount edges { node { date } } } }`,
  `{ person(name: "Lavrov") { meetings(first: 20) { edges { node { date participants { name } } } } } }`,
  `{ search(text: "Lavrov", first: 5) { __typename } }`,
  `{ people(first: 5) { totalCount edges { node { name } } } }`,
];

async function post(url: string, query: string): Promise<{ status: number; errors?: unknown }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown };
  return { status: res.status, errors: body.errors };
}

describe("reads beside a load", () => {
  it("a read issued while a write transaction is open is answered before that transaction commits", async () => {
    const store = await openStore({ dataDir: tempDir(), kind: "kuzu" });
    await loadArticles(store, readSources([join(ROOT, "seeds")]));
    const server = await startHttp({ store, port: 0, responseCache: 0 });
    try {
      // the store's own writer, held open (as a long load's transaction would be)
      const x = (store as unknown as { x: Executor }).x;
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let opened!: () => void;
      const open = new Promise<void>((r) => (opened = r));
      const tx = x.transaction(async (run) => {
        await run("MATCH (p:Person) RETURN count(*) AS n");
        opened();
        await held;
        order.push("commit");
      });
      await open;
      for (const q of READS) {
        const r = await post(server.url, q);
        expect(r.status, q).toBe(200);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        order.push("read");
      }
      release();
      await tx;
      expect(order).toEqual([...READS.map(() => "read"), "commit"]);
    } finally {
      await server.stop();
      await store.close();
    }
  }, 120_000);

  it("32 concurrent readers while 1,000 articles load: every answer a 200 without errors", async () => {
    const store = await openStore({ dataDir: tempDir(), kind: "kuzu" });
    await loadArticles(store, readSources([join(ROOT, "seeds")]));
    // no request timeout: this checks that the store answers correctly and survives, not how fast
    // (latency under load is measured by the bench)
    const server = await startHttp({ store, port: 0, responseCache: 0, limits: { timeoutMs: 600_000 } });
    try {
      const articles: Article[] = generate(1000, 31).articles.map((a) => {
        const r = articleFromText(a.text, { uri: a.uri, language: a.language, publishedAt: a.publishedAt, source: a.source }, { headers: false });
        if (isIngestFailure(r)) throw new Error(r.reason);
        return r;
      });
      let loading = true;
      const load = loadArticles(store, articles, { batchSize: 100 }).finally(() => (loading = false));
      let answered = 0;
      const failures: string[] = [];
      const client = async (c: number) => {
        for (let i = 0; loading && i < 10_000; i++) {
          const q = READS[(c + i) % READS.length];
          const r = await post(server.url, q);
          if (r.status !== 200 || r.errors) failures.push(`${r.status} ${JSON.stringify(r.errors)} for ${q}`);
          answered++;
        }
      };
      await Promise.all([load, ...Array.from({ length: 32 }, (_, c) => client(c))]);
      console.log(`reads beside a load: ${answered} answers from 32 clients while 1,000 articles loaded`);
      expect(failures.slice(0, 5)).toEqual([]);
      expect(answered).toBeGreaterThan(32);
      const summary = await load;
      expect(summary.failures.slice(0, 3)).toEqual([]);
      expect(summary.new).toBe(1000);
    } finally {
      await server.stop();
      await store.close();
    }
  }, 600_000);
});
