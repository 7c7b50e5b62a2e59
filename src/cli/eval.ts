// kg eval: the seeds, scored through the public API. Loads seeds/ into a fresh temporary store,
// serves it on a free port, runs ../shared/eval/score.mjs against it, prints its table, stops.
// With --check it fails (exit 1) when a score is below tests/eval.thresholds.json.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface Thresholds {
  [path: string]: { min?: number; max?: number; why: string };
}

export async function runEval(opts: { check: boolean; keep: boolean }): Promise<number> {
  const scorer = process.env.KG_SCORER ?? resolve(ROOT, "../shared/eval/score.mjs");
  const gold = process.env.KG_GOLD ?? resolve(ROOT, "../shared/eval/seeds.gold.json");
  if (!existsSync(scorer)) {
    console.error(`kg eval: scorer not found at ${scorer} (set KG_SCORER)`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
  const server = await serve({ dataDir: dir, port: 0, host: "127.0.0.1", load: [join(ROOT, "seeds")] });
  const jsonOut = join(dir, "score.json");
  try {
    const code = await new Promise<number>((done) => {
      const child = spawn(process.execPath, [scorer, "--endpoint", `${server.url}`, "--gold", gold, "--json", jsonOut], { stdio: ["ignore", "inherit", "inherit"] });
      child.on("exit", (c) => done(c ?? 1));
    });
    if (code !== 0) return code;
    if (!opts.check) return 0;
    const report = JSON.parse(readFileSync(jsonOut, "utf8")) as Record<string, unknown>;
    const thresholds = JSON.parse(readFileSync(join(ROOT, "tests/eval.thresholds.json"), "utf8")) as Thresholds;
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
