// Regenerates the figures of README.md's "Performance" section from a bench results file: the text
// between <!-- bench:start --> and <!-- bench:end --> is replaced by a table built from the file.
//
//   npx tsx bench/readme.ts [bench/results/<date>.json]     (default: the newest results file)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Cannon { p50: number; p99: number; reqPerS: number; total: number; timeouts: number; errors: number }
interface Run {
  date: string;
  machine: { cpus: number; model?: string; totalmemGB: number; node: string };
  totalSeconds: number;
  extraction?: { workers?: { articles: number; mainThreadMs: number; oneWorkerMs: number; twoWorkersMs: number; speedup: number; coresBusy?: Record<string, number> } };
  load: { articlesPerS: number; seconds: number; peakRssMB: number; loadPeakRssMB?: number; workers?: number; rederiveSeconds: number; ingest?: { one: { p50: number; p90: number; n: number }; batch: { n: number; seconds: number; deriveSeconds: number } } };
  queries: { readMix?: { subjects: number; runs: Record<string, Cannon> }; personByName?: { p50: number; p99: number }; autocannon: Record<string, Cannon> };
}

const dir = join(import.meta.dirname, "results");
const file = process.argv[2] ?? join(dir, readdirSync(dir).filter((f) => f.endsWith(".json")).sort().pop()!);
const doc = JSON.parse(readFileSync(file, "utf8")) as { runs: Record<string, Run> };
const sizes = Object.keys(doc.runs).map(Number).sort((a, b) => a - b);
const runs = sizes.map((n) => doc.runs[String(n)]);
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const cell = (f: (r: Run) => string | undefined) => runs.map((r) => f(r) ?? "not run");
const ratio = (r: Run, name: string, floor: string) => {
  const m = r.queries.readMix?.runs;
  return m ? `${Math.round(m[name].reqPerS)} req/s (${(m[name].reqPerS / m[floor].reqPerS).toFixed(2)} of it), p50 ${m[name].p50} / p99 ${m[name].p99} ms${m[name].timeouts ? `, ${m[name].timeouts} timed out` : ""}` : undefined;
};

const rows: string[][] = [
  ["extraction + resolution in worker threads, 1 → 2 workers", ...cell((r) => r.extraction?.workers && `×${r.extraction.workers.speedup} (${r.extraction.workers.oneWorkerMs} → ${r.extraction.workers.twoWorkersMs} ms for ${r.extraction.workers.articles} articles${r.extraction.workers.coresBusy ? `; cores busy ${r.extraction.workers.coresBusy[1]} → ${r.extraction.workers.coresBusy[2]}` : ""})`), "≥ ×1.7"],
  ["loading from empty (`loadArticles`, batches of `KG_BATCH`, default 2,000, streamed from a JSONL file)", ...cell((r) => `${r.load.articlesPerS} art/s (${r.load.seconds} s${r.load.workers !== undefined ? `, ${r.load.workers} worker${r.load.workers === 1 ? "" : "s"}` : ""})`), "100k in ≤ 3 min"],
  ["… of which deriving meetings, incrementally, inside each batch's commit", ...cell((r) => `${r.load.rederiveSeconds} s`), ""],
  ["peak RSS during the load (sampled) / of the bench process so far", ...cell((r) => `${r.load.loadPeakRssMB ?? "—"} / ${r.load.peakRssMB} MB`), "≤ 1.5 GB at 100k"],
  ["one `ingestArticle` into the loaded store, p50 / p90", ...cell((r) => r.load.ingest && `${r.load.ingest.one.p50} / ${r.load.ingest.one.p90} ms`), "p50 ≤ 1 s at 100k"],
  ["1,000 new articles into the loaded store (of which deriving)", ...cell((r) => r.load.ingest && `${r.load.ingest.batch.seconds} s (${r.load.ingest.batch.deriveSeconds} s)`), "≤ 15 s at 100k"],
  ["`person(name:) { name }`, 1 connection, p50 / p99", ...cell((r) => r.queries.personByName && `${r.queries.personByName.p50} / ${r.queries.personByName.p99} ms`), "p50 ≤ 2 ms"],
  ["read mix: distinct subjects (Zipf)", ...cell((r) => r.queries.readMix && String(r.queries.readMix.subjects)), "≥ 1,000"],
  ["`{ __typename }`, 32 connections, cache off / on", ...cell((r) => r.queries.readMix && `${Math.round(r.queries.readMix.runs["constant-cache-off@32"].reqPerS)} / ${Math.round(r.queries.readMix.runs["constant-cache-on@32"].reqPerS)} req/s`), ""],
  ["read mix, 32 connections, cache on", ...cell((r) => ratio(r, "mix-cache-on@32", "constant-cache-on@32")), "≥ 0.5 of `__typename`, p99 ≤ 25 ms"],
  ["… the same run again (the caches filled by the three runs before)", ...cell((r) => (r.queries.readMix?.runs["mix-cache-on-again@32"] ? ratio(r, "mix-cache-on-again@32", "constant-cache-on@32") : undefined)), ""],
  ["read mix, 32 connections, cache off", ...cell((r) => ratio(r, "mix-cache-off@32", "constant-cache-off@32")), "≥ 0.15 of it, p99 ≤ 100 ms"],
  ["read mix, 1 connection, cache on / off, p50", ...cell((r) => r.queries.readMix && `${r.queries.readMix.runs["mix-cache-on@1"].p50} / ${r.queries.readMix.runs["mix-cache-off@1"].p50} ms`), ""],
  ["who-met alone, cache off, p50 at 1 / p99 at 32", ...cell((r) => `${r.queries.autocannon["whoMet@1"].p50} / ${r.queries.autocannon["whoMet@32"].p99} ms`), ""],
];
// each run's machine, said once while it stays the same (the machine under a session can change from day to day)
const machineOf = (r: Run) => `${r.machine.cpus} × ${r.machine.model ?? "cpu"}, ${r.machine.totalmemGB} GB, Node ${r.machine.node}`;
const runNotes = runs.map((r, i) => `${i === 0 || machineOf(r) !== machineOf(runs[i - 1]) ? `${machineOf(r)}: ` : ""}${r.date.slice(0, 16).replace("T", " ")} UTC, ${r.totalSeconds} s`);
const table = [
  `Generated by \`npx tsx bench/readme.ts\` from \`${file.replace(/^.*\/bench\//, "bench/")}\` (${sizes.map(k).join(", ")} articles; ${runNotes.join("; ")}).`,
  "",
  `| what | ${sizes.map(k).join(" | ")} | target |`,
  `| --- | ${sizes.map(() => "---").join(" | ")} | --- |`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");

const readmePath = join(import.meta.dirname, "..", "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = "<!-- bench:start -->";
const end = "<!-- bench:end -->";
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
writeFileSync(readmePath, `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`);
console.log(`README.md: Performance figures from ${file}`);
