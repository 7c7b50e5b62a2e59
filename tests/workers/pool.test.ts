// Extraction in worker threads gives the graph a load on the main thread gives: the seeds (and a
// 150 synthetic articles) loaded with 0, 1 and 2 workers into fresh embedded stores, every
// node, name form, role claim, meeting (with sources) and agreement compared. No timing here: the
// speed-up is measured by `npm run bench`.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { openStore } from "../../src/store/index.js";
import type { GraphStore } from "../../src/store/types.js";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles, processArticle } from "../../src/pipeline.js";
import { defaultWorkers, ExtractPool } from "../../src/workers/pool.js";
import type { Article } from "../../src/model.js";
import { generate } from "../../bench/corpus.js";
import { articleFromText, isIngestFailure } from "../../src/ingest/index.js";

const SEEDS = join(import.meta.dirname, "../../seeds");
const KINDS = ["meeting", "call", "planned", "cancelled", "denied"] as const;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function fresh(): Promise<GraphStore> {
  const dir = mkdtempSync(join(tmpdir(), "kg-workers-"));
  dirs.push(dir);
  return openStore({ dataDir: dir, kind: "kuzu" });
}

/** The whole graph as the API reads it. */
async function graphOf(store: GraphStore) {
  const people = (await store.listPeople({ first: 100_000 })).rows;
  const places = (await store.listPlaces({ first: 100_000 })).rows;
  const orgs = (await store.listOrganizations({ first: 100_000 })).rows;
  const meetings = (await store.listMeetings({ first: 100_000, kinds: [...KINDS] })).rows;
  const ids = [...people, ...places, ...orgs].map((e) => e.id);
  return {
    stats: await store.stats(),
    articles: (await store.listArticles({ first: 100_000 })).rows,
    people,
    places,
    orgs,
    aliases: (await store.aliasesOf(ids)).map((list) => list.map((a) => `${a.language}|${a.text}`).sort()),
    roles: await store.rolesOf(people.map((p) => p.id)),
    meetings,
    sources: await store.sourcesOf(meetings.map((m) => m.id)),
    agreements: (await store.listAgreements({ first: 100_000 })).rows,
    reports: await store.listReports(),
  };
}

function synthetic(n: number): Article[] {
  return generate(n, 11).articles.map((a) => {
    const r = articleFromText(a.text, { uri: a.uri, language: a.language, publishedAt: a.publishedAt, source: a.source }, { headers: false });
    if (isIngestFailure(r)) throw new Error(r.reason);
    return r;
  });
}

describe("extraction in worker threads", () => {
  it("resolves an article in a worker as on the main thread, and reports a failure as a rejection", async () => {
    const pool = new ExtractPool(2);
    try {
      const [article] = synthetic(1);
      expect(await pool.extract(article)).toEqual(processArticle(article));
      const broken = { ...article, text: undefined } as unknown as Article;
      await expect(pool.extract(broken)).rejects.toThrow();
      // the pool still answers after a failed article
      expect((await pool.extract(article)).article.id).toBe(article.id);
    } finally {
      await pool.close();
    }
    await expect(pool.extract(synthetic(1)[0])).rejects.toThrow(/closed/);
  });

  it("loads the seeds and 150 synthetic articles into the same graph with 0, 1 and 2 workers", async () => {
    const corpus = async function* () {
      yield* readSources([SEEDS]);
      yield* synthetic(150);
    };
    const graphs = [];
    for (const workers of [0, 1, 2]) {
      const store = await fresh();
      try {
        const summary = await loadArticles(store, corpus(), { workers, batchSize: 50 });
        expect(summary.workers).toBe(workers);
        expect(summary.failed).toBe(0);
        expect(summary.new).toBe(155);
        graphs.push(await graphOf(store));
      } finally {
        await store.close();
      }
    }
    expect(graphs[0].people.length).toBeGreaterThan(10);
    expect(graphs[0].meetings.length).toBeGreaterThan(10);
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
  }, 240_000);

  it("takes its size from KG_WORKERS, else one per core but one, at least one", () => {
    expect(defaultWorkers({ KG_WORKERS: "3" })).toBe(3);
    expect(defaultWorkers({ KG_WORKERS: "0" })).toBe(0);
    expect(defaultWorkers({})).toBeGreaterThanOrEqual(1);
    expect(() => defaultWorkers({ KG_WORKERS: "two" })).toThrow(/KG_WORKERS/);
    expect(threadId).toBeGreaterThanOrEqual(0);
  });
});
