// The seed evaluation on Neo4j equals the one on Kuzu, line by line: `kg eval --check --verbose` (seeds →
// store → API → ../shared/eval/score.mjs, the same thresholds) as a real process on each store. Run by
// npm run test:neo4j (NEO4J_URI set to the test Neo4j, emptied first).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openTestStore } from "./store.js";

const ROOT = join(import.meta.dirname, "../..");

function kgEval(env: NodeJS.ProcessEnv): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/kg.mjs"), "eval", "--check", "--verbose"], { cwd: ROOT, encoding: "utf8", timeout: 240_000, env });
  // the endpoint (a free port each run) is named in the first line and in the verbose report
  // and the load summary has its timings: they are taken out, its counts are compared
  const lines = r.stdout.split("\n").filter((l) => !/^corpus \S+ at http:|"endpoint": "http:/.test(l));
  return { status: r.status, lines: lines.map((l) => l.replace(/ in \d+(\.\d+)? s \(of which \d+(\.\d+)? s re-deriving meetings\)/, "")), stderr: r.stderr };
}

describe.runIf(!!process.env.NEO4J_URI)("kg eval on Neo4j", () => {
  it("scores the seeds exactly as on Kuzu, and passes the same thresholds", async () => {
    await (await openTestStore("", "neo4j")).close();
    const neo = kgEval(process.env);
    const { NEO4J_URI: _, ...withoutNeo4j } = process.env;
    const kuzu = kgEval(withoutNeo4j);
    expect(kuzu.status, kuzu.stderr).toBe(0);
    expect(neo.stderr).toMatch(/serving neo4j store/);
    expect(kuzu.stderr).toMatch(/serving kuzu store/);
    expect(neo.lines.filter((l) => /^(ok|FAIL) /.test(l)).length).toBeGreaterThan(5);
    expect(neo.lines).toEqual(kuzu.lines);
    expect(neo.status, neo.stderr).toBe(0);
  }, 600_000);
});
