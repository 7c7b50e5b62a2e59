// Benchmark for text/matcher.ts: build time for N synthetic phrases and match time per article.
// Run: npx tsx bench/text-matcher.ts [phrases=20000]. Prints numbers only; nothing is asserted.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PhraseMatcher } from "../src/text/matcher.js";
import { tokenize } from "../src/text/tokenize.js";

const n = Number(process.argv[2] ?? 20000);
const seedsDir = new URL("../seeds/", import.meta.url).pathname;
const texts = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8"));
const words = texts.join(" ").split(/\s+/).filter((w) => w.length > 1);

let t0 = performance.now();
const m = new PhraseMatcher<number>();
for (let i = 0; i < n; i++) {
  const a = words[(i * 7) % words.length];
  const b = words[(i * 13 + 5) % words.length];
  const c = words[(i * 31 + 1) % words.length];
  m.add(i % 3 ? `${a} ${b}` : `${a} ${b} ${c}`, i);
}
m.build();
const buildMs = performance.now() - t0;

const docs = texts.map((t) => tokenize(t));
const rounds = 20;
t0 = performance.now();
let matches = 0;
for (let r = 0; r < rounds; r++) for (const toks of docs) matches += m.findAll(toks, { proclitics: true }).length;
const matchMs = (performance.now() - t0) / (rounds * docs.length);

console.log(JSON.stringify({ phrases: n, distinct: m.size, buildMs: Math.round(buildMs), matchMsPerArticle: +matchMs.toFixed(2), matchesPerRound: matches / rounds }));
