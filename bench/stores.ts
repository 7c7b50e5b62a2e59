// npm run bench:stores: Kuzu and Neo4j side by side, in the same run, on the same synthetic corpus
// (bench/corpus.ts): a load of N articles (default 10k), who-met over HTTP at 1 and 32 connections, and
// ingest-one (one new article into the loaded store: extraction, write, re-derivation). Neo4j is the
// project's test Neo4j (tests/neo4j/server, neo4j-harness 5.26), started and stopped here; needs java
// and mvn. Also run at the end of `npm run bench` (BENCH_STORES=0 skips it there).
//
//   BENCH_STORES_N=10000   articles
//   BENCH_SECONDS=5        seconds per autocannon run
//   BENCH_INGEST=5         single-article ingests timed per store (the median is reported)
//   NEO4J_TEST_HEAP=2g     the test Neo4j's heap here
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleFromText, isIngestFailure } from "../src/ingest/index.js";
import type { Article } from "../src/model.js";
import { loadArticles } from "../src/pipeline.js";
import { openStore } from "../src/store/index.js";
import { Neo4jStore } from "../src/store/neo4j/store.js";
import type { GraphStore } from "../src/store/types.js";
import { startHttp } from "../src/api/server.js";
import { startNeo4j, stopNeo4j } from "../tests/neo4j/launch.js";
import { generate } from "./corpus.js";
import { cannon } from "./cannon.js";

const N = Number(process.env.BENCH_STORES_N ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const INGESTS = Number(process.env.BENCH_INGEST ?? 5);
const T0 = performance.now();
const log = (m: string) => console.error(`[${((performance.now() - T0) / 1000).toFixed(0)} s] ${m}`);
const r1 = (x: number) => Math.round(x * 10) / 10;

const toArticle = (a: { text: string; uri: string; language?: string; publishedAt?: string; source?: string }): Article => {
  const r = articleFromText(a.text, { uri: a.uri, language: a.language as Article["language"], publishedAt: a.publishedAt, source: a.source }, { headers: false });
  if (isIngestFailure(r)) throw new Error(`corpus article rejected: ${r.uri}: ${r.reason}`);
  return r;
};
const corpus = generate(N + INGESTS, 7).articles.map(toArticle);
const articles = corpus.slice(0, N);
const extra = corpus.slice(N);

interface Figures {
  loadSeconds: number;
  articlesPerS: number;
  rederiveSeconds: number;
  whoMet: Record<string, { p50: number; p99: number; reqPerS: number; total: number; errors: number }>;
  ingestOneMs: number;
  ingestOneMsEach: number[];
}

async function measure(kind: "kuzu" | "neo4j", store: GraphStore): Promise<Figures> {
  log(`${kind}: loading ${N} articles`);
  let t = performance.now();
  const s = await loadArticles(store, articles);
  const loadMs = performance.now() - t;
  log(`${kind}: loaded in ${r1(loadMs / 1000)} s (re-derivation ${r1(s.deriveMs / 1000)} s)`);
  const server = await startHttp({ store, port: 0 });
  const whoMet: Figures["whoMet"] = {};
  try {
    const top = await store.listPeople({ first: 1, orderBy: "MEETING_COUNT" });
    const q = JSON.stringify({ query: `{ person(name: ${JSON.stringify(top.rows[0].name)}) { name metWith { person { name } meetings { date place { name } } } } }` });
    for (const connections of [1, 32]) {
      const r = await cannon({ url: server.url, bodies: [q], connections, duration: SECONDS });
      whoMet[`@${connections}`] = { p50: r.p50, p99: r.p99, reqPerS: Math.round(r.reqPerS), total: r.total, errors: r.errors + r.non2xx + r.graphqlErrors };
      log(`${kind}: who-met @${connections}: p50 ${r.p50} ms, p99 ${r.p99} ms, ${Math.round(r.reqPerS)} req/s`);
    }
  } finally {
    await server.stop();
  }
  const each: number[] = [];
  for (const a of extra) {
    t = performance.now();
    await loadArticles(store, [a]);
    each.push(Math.round(performance.now() - t));
  }
  const sorted = [...each].sort((x, y) => x - y);
  log(`${kind}: ingest-one ${each.join(", ")} ms`);
  return { loadSeconds: r1(loadMs / 1000), articlesPerS: Math.round(s.new / (loadMs / 1000)), rederiveSeconds: r1(s.deriveMs / 1000), whoMet, ingestOneMs: sorted[Math.floor(sorted.length / 2)], ingestOneMsEach: each };
}

const results: Record<string, Figures> = {};
const dir = mkdtempSync(join(tmpdir(), "kg-bench-stores-"));
try {
  const kuzu = await openStore({ dataDir: dir, kind: "kuzu" });
  try {
    results.kuzu = await measure("kuzu", kuzu);
  } finally {
    await kuzu.close();
  }
  // re-deriving 10k articles' meetings is one transaction: more than a 1 GB heap allows one (README, Neo4j)
  process.env.NEO4J_TEST_HEAP ??= "2g";
  log(`neo4j: starting the test Neo4j (heap ${process.env.NEO4J_TEST_HEAP})`);
  const neo = await startNeo4j();
  log(`neo4j: ready at ${neo.uri} after ${r1(neo.seconds)} s`);
  try {
    const store = new Neo4jStore(neo.uri, "neo4j", "bench");
    await store.init();
    await store.clear();
    try {
      results.neo4j = await measure("neo4j", store);
    } finally {
      await store.close();
    }
  } finally {
    await stopNeo4j(neo.child);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows: Array<[string, (f: Figures) => string]> = [
  [`load ${N} articles`, (f) => `${f.loadSeconds} s (${f.articlesPerS} art/s)`],
  ["  of which re-derivation", (f) => `${f.rederiveSeconds} s`],
  ["who-met, 1 connection", (f) => `p50 ${f.whoMet["@1"].p50} ms, p99 ${f.whoMet["@1"].p99} ms, ${f.whoMet["@1"].reqPerS} req/s`],
  ["who-met, 32 connections", (f) => `p50 ${f.whoMet["@32"].p50} ms, p99 ${f.whoMet["@32"].p99} ms, ${f.whoMet["@32"].reqPerS} req/s`],
  [`ingest-one (median of ${INGESTS})`, (f) => `${f.ingestOneMs} ms`],
];
const table = [["measure", "kuzu (embedded)", "neo4j 5.26 (test server, same machine)"], ...rows.map(([m, f]) => [m, f(results.kuzu), f(results.neo4j)])];
const w = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`\nstores side by side, N=${N}, ${SECONDS} s per autocannon run`);
for (const r of table) console.log(r.map((c, i) => c.padEnd(w[i])).join("  ").trimEnd());
console.log(JSON.stringify({ n: N, date: new Date().toISOString(), ...results }));
