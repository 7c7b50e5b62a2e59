// npm run bench: bench/run.ts at each corpus size (default 1k, 10k and 100k), each in its own process
// so that memory figures are per size, then the growth table: how the cost of a load and of each
// query changes with the size of the graph. Everything lands in bench/results/<date>.json.
//
//   BENCH_SIZES=1000,10000,100000   corpus sizes, in order
//   BENCH_REPORT_ONLY=1             no runs: the growth table from the results file as it is
//   BENCH_STORES=0                  no Kuzu/Neo4j side by side at the end (bench/stores.ts)
//   (the BENCH_* settings of bench/run.ts apply to every size; every size writes into the results file
//   named by the day the whole bench started, even past midnight)
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number).filter((n) => n > 0);
const T0 = Date.now();
const file = process.env.BENCH_RESULTS ?? join(import.meta.dirname, "results", `${new Date().toISOString().slice(0, 10)}.json`);
for (const n of process.env.BENCH_REPORT_ONLY ? [] : sizes) {
  console.log(`\n=== bench at ${n} articles ===`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "run.ts")], { stdio: "inherit", env: { ...process.env, BENCH_N: String(n), BENCH_RESULTS: file } });
  if (r.status !== 0) {
    console.error(`bench at ${n} articles failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

interface Run {
  date: string;
  load: { articlesPerS: number; seconds: number; peakRssMB: number; rederiveSeconds: number };
  queries: { autocannon: Record<string, { p50: number; p99: number; reqPerS: number; total: number }> };
}
const answered = <T extends { total: number }>(x: T | undefined) => (x && x.total > 0 ? x : undefined);
const doc = JSON.parse(readFileSync(file, "utf8")) as { runs: Record<string, Run>; growth?: unknown };
const runs = sizes.map((n) => [n, doc.runs[String(n)]] as const).filter(([, r]) => r);
const queries = ["whoMet", "between", "connection", "search"];
const growth = {
  sizes: runs.map(([n]) => n),
  loadArticlesPerS: runs.map(([, r]) => r.load.articlesPerS),
  loadSeconds: runs.map(([, r]) => r.load.seconds),
  rederiveSeconds: runs.map(([, r]) => r.load.rederiveSeconds),
  peakRssMB: runs.map(([, r]) => r.load.peakRssMB),
  // undefined when no request was answered within the run's window
  ...Object.fromEntries(queries.map((q) => [`${q}P50msAt1`, runs.map(([, r]) => answered(r.queries.autocannon[`${q}@1`])?.p50)])),
  ...Object.fromEntries(queries.map((q) => [`${q}P99msAt32`, runs.map(([, r]) => answered(r.queries.autocannon[`${q}@32`])?.p99)])),
};
doc.growth = growth;
writeFileSync(file, JSON.stringify(doc, null, 1) + "\n");

const header = ["measure", ...growth.sizes.map((n) => `N=${n}`)];
const rows: string[][] = [header];
for (const [k, v] of Object.entries(growth)) if (k !== "sizes") rows.push([k, ...(v as Array<number | undefined>).map((x) => (x === undefined ? "—" : String(x)))]);
const w = header.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log("\ngrowth (per load: should be linear, so articles/s flat; per query: should be flat)");
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join("  "));
// Kuzu and Neo4j side by side at 10k (bench/stores.ts; starts the test Neo4j, needs java and mvn)
if (process.env.BENCH_STORES !== "0" && !process.env.BENCH_REPORT_ONLY) {
  console.log("\n=== stores side by side (BENCH_STORES=0 skips) ===");
  const r = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "stores.ts")], { stdio: "inherit" });
  if (r.status !== 0) console.error(`bench: the stores side by side failed (exit ${r.status ?? r.signal})`);
}
console.log(`\nbench: ${Math.round((Date.now() - T0) / 1000)} s in total; ${file}`);
