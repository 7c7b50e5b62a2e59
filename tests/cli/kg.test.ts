// The command line as users and scripts run it: real processes, a real store in a temp dir.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { kg, ROOT } from "./helpers.js";

describe("kg load", () => {
  it("loads good files, reports bad ones with path and reason, exits 2, and is idempotent", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-cli-"));
    const bad = join(dir, "binary.txt");
    writeFileSync(bad, Buffer.from([0x00, 0xff, 0x00, 0x01, 0x02]));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "date 2025-01-01\n\n");
    const data = join(dir, "data");
    const first = kg(["load", "--data", data, "seeds", bad, empty]);
    expect(first.status).toBe(2);
    expect(first.stdout).toMatch(/articles read 5, new 5, unchanged 0, failed 2/);
    expect(first.stdout).toContain(`failed: ${bad}`);
    expect(first.stdout).toContain(`failed: ${empty}`);
    expect(first.stdout).toMatch(/added people \+12, places \+\d+, organisations \+\d+, meetings \+6, agreements \+2 /);
    expect(first.stdout).toMatch(/the graph now holds 12 people, 6 meetings, 2 agreements/);
    const again = kg(["load", "--data", data, "seeds"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/articles read 5, new 0, unchanged 5, failed 0/);
    // the summary counts what this load added, not the store's totals
    expect(again.stdout).toMatch(/added people \+0, places \+0, organisations \+0, meetings \+0, agreements \+0 /);
    expect(again.stdout).toMatch(/the graph now holds 12 people, 6 meetings, 2 agreements/);
  }, 180_000);

  it("reads JSONL from standard input, and reports a bad line without losing the others", () => {
    const data = join(mkdtempSync(join(tmpdir(), "kg-cli-")), "data");
    const lines = [
      JSON.stringify({ text: "Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Baghdad on Sunday.", publishedAt: "2025-03-02", uri: "https://example.org/a" }),
      "{not json",
      JSON.stringify({ text: "وزير الخارجية المصري بدر عبد العاطي استقبل نظيره الأردني أيمن الصفدي في القاهرة اليوم." }),
    ].join("\n");
    const r = kg(["load", "--data", data, "-"], { input: lines });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/articles read 2, new 2, unchanged 0, failed 1/);
    expect(r.stdout).toMatch(/failed: stdin:2: /);
  }, 120_000);

  it("says how to use it when called wrong", () => {
    const r = kg(["load"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs at least one PATH/);
    expect(kg(["frobnicate"]).stderr).toMatch(/unknown command/);
  });
});

describe("kg extract", () => {
  it("prints one article's facts as JSON, with evidence offsets into the original text", () => {
    const r = kg(["extract", "seeds/002_682c1a0ccf68bd13.txt", "--json"]);
    expect(r.status).toBe(0);
    const facts = JSON.parse(r.stdout) as { article: { text: string }; events: Array<{ kind: string; evidence: { start: number; end: number; sentence: string } }> };
    const meeting = facts.events.find((e) => e.kind === "meeting")!;
    expect(facts.article.text.slice(meeting.evidence.start, meeting.evidence.end)).toBe(meeting.evidence.sentence);
  });

  it("exits quietly when its reader closes the pipe early (kg extract FILE | head -1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-cli-"));
    const file = join(dir, "long.txt");
    // far more output than a pipe buffers (64 KB), so kg is still writing when the reader has gone
    writeFileSync(file, "The trade minister Ana Ruiz met the mayor Omar Haddad in Lisbon on 2 May 2024; both called the talks open.\n".repeat(300));
    const child = spawn(process.execPath, [join(ROOT, "bin/kg.mjs"), "extract", "--json", file], { cwd: ROOT, env: { ...process.env, KG_DEBUG: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let got = 0;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // the reader takes the first chunk, then closes its end (as head does after one line)
    child.stdout.once("data", (d: Buffer) => {
      got = d.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(got).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
