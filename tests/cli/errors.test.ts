// Every CLI error is one line on stderr (the cause, then the fix) with exit code 2; the stack trace only
// with KG_DEBUG=1. Real processes: a store held by another process, a missing path, a wrong flag, an
// unreachable Neo4j, a busy port. And --help answers with usage, exit 0.
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { background, kg, lines, ROOT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kg-err-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line, "kg: …: …", and no stack frame. */
function expectOneLine(r: { status: number | null; stderr: string }, re: RegExp): void {
  expect(r.status).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(/^kg: .+: .+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(re);
}

describe("kg errors", () => {
  it("a store held by another process, with no control socket answering: one line; the stack only with KG_DEBUG=1", async () => {
    const data = join(dir, "held");
    const holder = join(dir, "hold.mts");
    writeFileSync(holder, `import { openStore } from ${JSON.stringify(join(ROOT, "src/store/index.ts"))};\nawait openStore({ dataDir: process.argv[2], kind: "kuzu" });\nconsole.log("holding");\nsetInterval(() => {}, 1000);\n`);
    const hold = background(["--import", "tsx", holder, data]);
    try {
      await hold.waitFor(/holding/);
      const r = kg(["load", "--data", data, "seeds"]);
      expectOneLine(r, /the store in .* is locked by another process, and no kg serve answers on .*kg\.sock: stop that process/);
      expect(r.stdout).toBe("");
      const debug = kg(["load", "--data", data, "seeds"], { env: { KG_DEBUG: "1" } });
      expect(debug.status).toBe(2);
      expect(debug.stderr).toMatch(/\n\s+at /);
      const serve = kg(["serve", "--data", data, "--port", "0"]);
      expectOneLine(serve, /graph\.kuzu is locked by another process: stop it, or point --data/);
    } finally {
      await hold.stop();
    }
  }, 120_000);

  it("a missing path: one line naming it, for load, serve --load and extract", () => {
    const nope = join(dir, "no-such-dir");
    expectOneLine(kg(["load", "--data", join(dir, "d1"), nope]), new RegExp(`no such file or directory: ${nope}: check the path`));
    expectOneLine(kg(["serve", "--data", join(dir, "d1"), "--port", "0", "--load", nope]), /no such file or directory/);
    expectOneLine(kg(["extract", join(nope, "a.txt")]), /a\.txt: .*: give a readable/);
    expect(existsSync(join(dir, "d1"))).toBe(false); // nothing was opened
  });

  it("a wrong flag, a bad port, an unknown command, a missing argument: one line with where to look", () => {
    expectOneLine(kg(["load", "--bogus", "seeds"]), /Unknown option '--bogus': see kg load --help/);
    expectOneLine(kg(["serve", "--json"]), /Unknown option '--json': see kg serve --help/);
    expectOneLine(kg(["serve", "--port", "http"]), /--port must be a port number/);
    expectOneLine(kg(["frobnicate"]), /unknown command "frobnicate": use one of load, serve, rederive, extract, eval, check/);
    expectOneLine(kg(["load"]), /kg load needs at least one PATH/);
    expectOneLine(kg(["load", "--workers", "two", "seeds"]), /--workers must be a whole number of threads, got "two": pass e\.g\. --workers 1/);
    expectOneLine(kg(["load", "seeds"], { env: { KG_WORKERS: "-1" } }), /KG_WORKERS must be a whole number of threads, got "-1"/);
    expectOneLine(kg(["load", "seeds"], { env: { KG_BATCH: "0" } }), /KG_BATCH must be a whole number of articles per write \(1 or more\), got "0": set it to e\.g\. 5000/);
    expectOneLine(kg(["eval", "--corpus", "nope"]), /unknown corpus "nope": use --corpus seeds/);
    // the shared scorer is not part of the project: without it, kg eval says so (CI runs it; npm test does not)
    expectOneLine(kg(["eval", "--check"], { env: { KG_SCORER: join(dir, "no-scorer.mjs") } }), /kg eval needs the shared eval folder beside the project \(.*no-scorer\.mjs is missing\): put the shared eval folder at \.\.\/shared\/eval/);
  });

  it("an unreachable Neo4j: one line saying which URI and how to fix it", () => {
    const r = kg(["load", "seeds"], { env: { NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "x" } });
    expectOneLine(r, /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*unset NEO4J_URI/);
  }, 120_000);

  it("a busy port fails before anything is loaded, in one line", async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const data = join(dir, "busy");
      const r = kg(["serve", "--data", data, "--port", String(port), "--load", "seeds"]);
      expectOneLine(r, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use: stop what listens there .*choose another --port`));
      expect(r.stdout).toBe(""); // no load summary: it failed first
      expect(existsSync(data)).toBe(false);
    } finally {
      blocker.close();
    }
  });
});

describe("kg --help", () => {
  it("prints usage and exits 0, for kg and for each command", () => {
    for (const args of [["--help"], ["-h"], ["help"], ["load", "--help"], ["serve", "--help"], ["extract", "-h"], ["eval", "--help"], ["help", "load"]]) {
      const r = kg(args);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).toMatch(/^usage: kg /);
      expect(r.stderr).toBe("");
    }
    expect(kg(["serve", "--help"]).stdout).toMatch(/--port N/);
    expect(kg(["load", "--help"]).stdout).toMatch(/control socket/);
  });
});
