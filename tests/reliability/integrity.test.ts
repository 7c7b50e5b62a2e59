// Issue 15, item 6: one flipped byte in graph.kuzu was served silently. Each article now carries a
// checksum of everything written for it (Article.checksum), `kg check` verifies the whole store
// against those checksums and the names written, and `kg serve` checks a sample at start-up.
// The bytes are flipped in the closed database file, as a disk or a copy would flip them.
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { removeTempDirs, tempDir } from "./helpers.js";

const ROOT = join(import.meta.dirname, "../..");
const KG = join(ROOT, "src/cli/kg.ts");
let clean = "";

/** Runs kg; with `until`, calls `then` once stderr matches it, then stops the process. */
function kg(args: string[], until?: RegExp, then?: (stderr: string) => Promise<void>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", KG, ...args], { cwd: ROOT, env: { ...process.env, KG_TOKEN: "" } });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    p.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
      if (until?.test(stderr)) {
        until = undefined;
        void (then ? then(stderr) : Promise.resolve()).finally(() => p.kill("SIGTERM"));
      }
    });
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A copy of the clean store with `edit` applied to its file; returns the data dir. */
function corrupted(edit: (bytes: Buffer) => void): string {
  const dir = tempDir("corrupt");
  const bytes = readFileSync(join(clean, "graph.kuzu"));
  edit(bytes);
  writeFileSync(join(dir, "graph.kuzu"), bytes);
  return dir;
}

beforeAll(async () => {
  clean = tempDir("clean");
  const store = await openStore({ dataDir: clean, kind: "kuzu" });
  await loadArticles(store, readSources([join(ROOT, "seeds")]));
  await store.close();
});
afterAll(() => removeTempDirs());

describe("kg check", () => {
  it("passes on a store as written, in full and quick forms", async () => {
    const dir = tempDir("copy");
    copyFileSync(join(clean, "graph.kuzu"), join(dir, "graph.kuzu"));
    const full = await kg(["check", "--data", dir]);
    expect(full.stdout).toMatch(/kg check: ok — 5 articles and \d+ names checked/);
    expect(full.code).toBe(0);
    const quick = await kg(["check", "--data", dir, "--quick"]);
    expect(quick.stdout).toMatch(/kg check: ok — 5 articles .* \(quick sample\)/);
    expect(quick.code).toBe(0);
  });

  it("finds one flipped byte in a person's name ('Sergey' → 'Serfey')", async () => {
    const dir = corrupted((b) => {
      const at = b.indexOf("Sergey Lavrov");
      expect(at).toBeGreaterThan(0);
      b[at + 3] ^= 0x01;
    });
    const r = await kg(["check", "--data", dir]);
    expect(r.stdout).toMatch(/person:sergey-lavrov: the name "Serfey Lavrov" differs from the lexicon's "Sergey Lavrov"/);
    expect(r.code).toBe(2);
  });

  it("finds one flipped byte in an article's text, and in what an article wrote", async () => {
    // a Persian letter's second UTF-8 byte with its low bit flipped: still valid text, another letter
    const seed = readFileSync(join(ROOT, "seeds/000_7f8bfc129643d9e9.txt"), "utf8");
    const phrase = Buffer.from(seed.split("\n").find((l) => l.length > 60)!.slice(0, 40));
    // the first copy of the phrase in the file is in what the article wrote (a claim's or report's sentence)
    const first = corrupted((b) => {
      const at = b.indexOf(phrase);
      expect(at).toBeGreaterThan(0);
      b[at + 3] ^= 0x01;
    });
    const f = await kg(["check", "--data", first]);
    expect(f.stdout).toMatch(/article:[0-9a-f]{16} \(.*000_7f8bfc129643d9e9\.txt\): its facts, metadata or text differ from what was written/);
    expect(f.code).toBe(2);
    // every copy, the article's text among them
    const all = corrupted((b) => {
      for (let at = b.indexOf(phrase); at >= 0; at = b.indexOf(phrase, at + 1)) b[at + 3] ^= 0x01;
    });
    const r = await kg(["check", "--data", all]);
    expect(r.stdout).toMatch(/article:[0-9a-f]{16} \(.*000_7f8bfc129643d9e9\.txt\): the text does not match its sha256/);
    expect(r.code).toBe(2);
  });

  it("kg serve checks a sample at start-up and says so, on stderr and in /healthz", async () => {
    const dir = corrupted((b) => {
      b[b.indexOf("Sergey Lavrov") + 3] ^= 0x01;
    });
    let health: Record<string, string> = {};
    const r = await kg(["serve", "--data", dir, "--port", "0"], /serving .* at (\S+)\/graphql/, async (stderr) => {
      const base = /serving .* at (\S+)\/graphql/.exec(stderr)![1];
      health = (await (await fetch(`${base}/healthz`)).json()) as Record<string, string>;
    });
    expect(health.integrity).toMatch(/1 problem\(s\) in a sample: run kg check/);
    expect(r.stderr).toMatch(/integrity check at start-up found 1 problem/);
    expect(r.stderr).toMatch(/person:sergey-lavrov/);
  });
});
