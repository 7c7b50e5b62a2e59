// kg eval: a corpus, scored through the public API. Loads it into a fresh temporary store, serves it on a
// free port, runs ../shared/eval/score.mjs against it, prints its table, stops.
//   --corpus seeds (default): seeds/ against ../shared/eval/seeds.gold.json, thresholds tests/eval.thresholds.json
//   --corpus dev: ../shared/eval/dev/*.txt against dev.gold.json, thresholds tests/eval.dev.thresholds.json
// With --check it fails (exit 1) when a score is below its thresholds; --verbose lists every miss.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError } from "./errors.js";
import { serve } from "./serve.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface Thresholds {
  [path: string]: { min?: number; max?: number; why: string };
}

const CORPORA = {
  seeds: { gold: "../shared/eval/seeds.gold.json", thresholds: "tests/eval.thresholds.json" },
  dev: { gold: "../shared/eval/dev.gold.json", thresholds: "tests/eval.dev.thresholds.json" },
} as const;
export type Corpus = keyof typeof CORPORA;
export const isCorpus = (c: string): c is Corpus => Object.hasOwn(CORPORA, c);

/** The dev set's folder (articles, per-article gold and notes), beside the project. */
export function devDir(): string {
  return resolve(ROOT, "../shared/eval/dev");
}

/** The articles of a corpus, as paths the loader reads. The dev set's folder also holds gold and notes,
 *  so its .txt files are copied into the run's own folder (they are never copied into the project). */
function corpusPaths(corpus: Corpus, dir: string): string[] {
  if (corpus === "seeds") return [join(ROOT, "seeds")];
  const src = devDir();
  const dst = join(dir, "articles");
  mkdirSync(dst);
  for (const f of readdirSync(src)) if (f.endsWith(".txt")) copyFileSync(join(src, f), join(dst, f));
  return [dst];
}

export async function runEval(opts: { check: boolean; keep: boolean; corpus?: Corpus; verbose?: boolean }): Promise<number> {
  const corpus = opts.corpus ?? "seeds";
  const scorer = process.env.KG_SCORER ?? resolve(ROOT, "../shared/eval/score.mjs");
  const gold = process.env.KG_GOLD ?? resolve(ROOT, CORPORA[corpus].gold);
  const missing = [scorer, gold, ...(corpus === "dev" ? [resolve(ROOT, "../shared/eval/dev")] : [])].find((p) => !existsSync(p));
  if (missing) throw new CliError(`kg eval needs the shared eval folder beside the project (${missing} is missing)`, "put the shared eval folder at ../shared/eval, or set KG_SCORER and KG_GOLD; npm test does not need it");
  const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
  const server = await serve({ dataDir: join(dir, "store"), port: 0, host: "127.0.0.1", load: corpusPaths(corpus, dir) });
  const jsonOut = join(dir, "score.json");
  try {
    const code = await new Promise<number>((done) => {
      const child = spawn(process.execPath, [scorer, "--endpoint", `${server.url}`, "--gold", gold, "--json", jsonOut, ...(opts.verbose ? ["--verbose"] : [])], { stdio: ["ignore", "inherit", "inherit"] });
      child.on("exit", (c) => done(c ?? 1));
    });
    if (code !== 0) return code;
    if (!opts.check) return 0;
    const report = JSON.parse(readFileSync(jsonOut, "utf8")) as Record<string, unknown>;
    const thresholds = JSON.parse(readFileSync(join(ROOT, CORPORA[corpus].thresholds), "utf8")) as Thresholds;
    let failed = 0;
    for (const [path, t] of Object.entries(thresholds)) {
      const v = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report);
      const ok = typeof v === "number" && (t.min === undefined || v >= t.min - 1e-9) && (t.max === undefined || v <= t.max + 1e-9);
      if (!ok) failed++;
      console.log(`${ok ? "ok  " : "FAIL"} ${path} = ${typeof v === "number" ? +v.toFixed(3) : v} (${t.min !== undefined ? `≥ ${t.min}` : `≤ ${t.max}`}: ${t.why})`);
    }
    console.log(`${Object.keys(thresholds).length - failed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  } finally {
    await server.stop();
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    else console.error(`kg eval: store kept at ${dir}`);
  }
}
