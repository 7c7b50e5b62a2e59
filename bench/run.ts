// npm run bench: extraction, loading and query figures on a synthetic corpus, each reported against a
// floor measured in the same run (the machine is small and noisy). Writes bench/results/<date>.json.
//
//   BENCH_N=1000 (default) articles; BENCH_SECONDS=3 per autocannon run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { articleFromText } from "../src/ingest/index.js";
import type { Article, Lang } from "../src/model.js";
import { loadArticles, processArticle } from "../src/pipeline.js";
import { openStore } from "../src/store/index.js";
import { startHttp } from "../src/api/server.js";
import { deriveEvents } from "../src/resolve/coref.js";
import { generate } from "./corpus.js";

const N = Number(process.env.BENCH_N ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  n: N,
};
const table: string[][] = [];
const row = (...cells: Array<string | number>) => table.push(cells.map(String));

function toArticle(a: { uri: string; text: string; language: Lang; publishedAt: string }): Article {
  return articleFromText(a.text, { uri: a.uri, language: a.language, publishedAt: a.publishedAt }, { headers: false }) as Article;
}

// ------------------------------------------------------------------ extraction
const { articles: synthetic, truth } = generate(N, 7);
const articles = synthetic.map(toArticle);
const extraction: Record<string, unknown> = {};
for (const lang of ["fa", "ar", "en"] as const) {
  const set = articles.filter((a) => a.language === lang);
  const bytes = set.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let t = performance.now();
  let words = 0;
  for (const a of set) words += (a.text.match(/[\p{L}\p{N}]+/gu) ?? []).length; // the floor: one regex scan
  const floorMs = performance.now() - t;
  t = performance.now();
  for (const a of set) processArticle(a);
  const ms = performance.now() - t;
  const mbs = bytes / 2 ** 20 / (ms / 1000);
  extraction[lang] = { articles: set.length, mbPerS: +mbs.toFixed(2), articlesPerS: Math.round(set.length / (ms / 1000)), floorMbPerS: +(bytes / 2 ** 20 / (floorMs / 1000)).toFixed(1), ratioToFloor: +(floorMs / ms).toFixed(3), words };
  row("extract", lang, `${mbs.toFixed(2)} MB/s`, `${Math.round(set.length / (ms / 1000))} art/s`, `floor ${(bytes / 2 ** 20 / (floorMs / 1000)).toFixed(0)} MB/s`, `ratio ${(floorMs / ms).toFixed(3)}`);
}
// accuracy against the ground truth
const resolved = articles.map(processArticle);
const derived = deriveEvents(resolved.flatMap((r) => r.events), resolved.flatMap((r) => r.agreements));
const nameOf = new Map(resolved.flatMap((r) => r.people.map((p) => [p.id, p.name] as const)));
const key = (a: string, b: string) => [a, b].sort().join("|");
const systemPairs = new Set(derived.meetings.filter((m) => m.kind === "meeting").flatMap((m) => m.participantIds.flatMap((a, i) => m.participantIds.slice(i + 1).map((b) => key(nameOf.get(a) ?? a, nameOf.get(b) ?? b)))));
const truePairs = new Set(truth.flatMap((t) => t.met.map(([a, b]) => key(a, b))));
const found = [...truePairs].filter((p) => systemPairs.has(p)).length;
const right = [...systemPairs].filter((p) => truePairs.has(p)).length;
extraction.metPairs = { precision: +(right / Math.max(1, systemPairs.size)).toFixed(3), recall: +(found / Math.max(1, truePairs.size)).toFixed(3) };
row("extract", "accuracy", `met-pair P ${(right / Math.max(1, systemPairs.size)).toFixed(3)}`, `R ${(found / Math.max(1, truePairs.size)).toFixed(3)}`);
results.extraction = extraction;

// ------------------------------------------------------------------ loading
const dir = mkdtempSync(join(tmpdir(), "kg-bench-"));
const store = await openStore({ dataDir: dir, kind: "kuzu" });
let t0 = performance.now();
const summary = await loadArticles(store, articles, { batchSize: 200 });
const loadMs = performance.now() - t0;
const stats = await store.stats();
const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
results.load = { articles: summary.new, seconds: +(loadMs / 1000).toFixed(1), articlesPerS: Math.round(summary.new / (loadMs / 1000)), entitiesPerS: Math.round((stats.people + stats.places + stats.organizations) / (loadMs / 1000)), peakRssMB: rssMB, stats };
row("load", `${summary.new} articles`, `${Math.round(summary.new / (loadMs / 1000))} art/s`, `${(loadMs / 1000).toFixed(1)} s`, `peak RSS ${rssMB} MB`);
// batched writes vs one transaction per article, on the same 200 resolved articles
{
  const sample = generate(200, 99).articles.map(toArticle).map(processArticle);
  const a = await openStore({ dataDir: mkdtempSync(join(tmpdir(), "kg-bench-a-")), kind: "kuzu" });
  const b = await openStore({ dataDir: mkdtempSync(join(tmpdir(), "kg-bench-b-")), kind: "kuzu" });
  t0 = performance.now();
  await a.writeArticles(sample);
  const batchMs = performance.now() - t0;
  t0 = performance.now();
  for (const r of sample) await b.writeArticle(r);
  const perMs = performance.now() - t0;
  await a.close();
  await b.close();
  results.writePaths = { batchMs: Math.round(batchMs), perArticleMs: Math.round(perMs), speedup: +(perMs / batchMs).toFixed(1) };
  row("load", "batch vs per-article", `${Math.round(batchMs)} ms vs ${Math.round(perMs)} ms`, `×${(perMs / batchMs).toFixed(1)}`);
}

// ------------------------------------------------------------------ queries
const server = await startHttp({ store, port: 0, limits: { timeoutMs: 30_000 } });
const some = [...nameOf.values()].slice(0, 2);
const queries: Record<string, string> = {
  constant: "{ __typename }",
  whoMet: `{ person(name: ${JSON.stringify(some[0])}) { name metWith { person { name } meetings { date } } } }`,
  between: `{ meetings(participant: ${JSON.stringify(some[0])}, with: ${JSON.stringify(some[1])}, from: "2022-01-01", to: "2026-12-31") { totalCount } }`,
  connection: `{ connection(a: ${JSON.stringify(some[0])}, b: ${JSON.stringify(some[1])}, maxHops: 3) { people { name } } }`,
  search: `{ search(text: ${JSON.stringify(some[0].split(" ").pop())}, first: 5) { score } }`,
};
const queryResults: Record<string, unknown> = {};
for (const connections of [1, 32]) {
  for (const [name, query] of Object.entries(queries)) {
    const r = await autocannon({ url: server.url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), connections, duration: SECONDS });
    queryResults[`${name}@${connections}`] = { p50: r.latency.p50, p99: r.latency.p99, reqPerS: Math.round(r.requests.average), errors: r.errors + r.non2xx };
    row("query", `${name} c=${connections}`, `p50 ${r.latency.p50} ms`, `p99 ${r.latency.p99} ms`, `${Math.round(r.requests.average)} req/s`, `errors ${r.errors + r.non2xx}`);
  }
}
// the floor without GraphQL: the same who-met as a direct store call
{
  const id = (await store.findByKeys("person", [some[0].toLowerCase().replace(/\s+/g, "")]))[0] ?? [...nameOf.keys()][0];
  const t = performance.now();
  let calls = 0;
  while (performance.now() - t < SECONDS * 1000) {
    await store.metWith([id]);
    calls++;
  }
  queryResults.directStoreMetWith = { callsPerS: Math.round(calls / SECONDS) };
  row("query", "direct store.metWith", `${Math.round(calls / SECONDS)} calls/s`);
}
results.queries = queryResults;
await server.stop();
await store.close();
rmSync(dir, { recursive: true, force: true });

const out = join(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
const file = join(out, `${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(file, JSON.stringify(results, null, 1));
const widths = table[0].map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
console.log(`\nwritten to ${file}`);
