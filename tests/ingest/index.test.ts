import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isIngestFailure, readSources, type ReadOptions } from "../../src/ingest/index.js";
import type { Article, IngestFailure } from "../../src/model.js";

let dir: string;

async function collect(paths: string[], opts?: ReadOptions): Promise<Array<Article | IngestFailure>> {
  const out: Array<Article | IngestFailure> = [];
  for await (const x of readSources(paths, opts)) out.push(x);
  return out;
}

function summary(items: Array<Article | IngestFailure>): string[] {
  return items.map((x) => (isIngestFailure(x) ? `FAIL ${x.uri.replace(dir, "")} ${x.reason}` : `OK ${x.uri.replace(dir, "")}`));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-ingest-"));
  mkdirSync(join(dir, "b", "deep"), { recursive: true });
  mkdirSync(join(dir, ".hidden"));
  writeFileSync(join(dir, "a.txt"), "date 2025-05-04 Ar\nsource: Petra\n\nالتقى الملك وزير الخارجية في عمان.\n");
  writeFileSync(join(dir, "b", "c.md"), "# Ministers meet\n\nThe ministers met in Cairo.");
  writeFileSync(join(dir, "b", "deep", "d.text"), "\uFEFFوزیران دیدار کردند.\r\n");
  writeFileSync(join(dir, "b", "notes.pdf"), "%PDF-1.4");
  writeFileSync(join(dir, ".hidden", "x.txt"), "hidden");
  writeFileSync(join(dir, ".DS_Store"), "junk");
  writeFileSync(
    join(dir, "feed.jsonl"),
    [
      JSON.stringify({ text: "Talks ended in Doha.", publishedAt: "2025-06-01", language: "en" }),
      "",
      "{broken",
      JSON.stringify({ text: "گفتگوها ادامه یافت.", uri: "https://example.org/x", publishedAt: "1404-02-31x" }),
      JSON.stringify({ notext: true }),
    ].join("\n") + "\n",
  );
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "headers-only.txt"), "date: 2025-01-01\ntitle: nothing\n\n   \n");
  writeFileSync(join(dir, "big.txt"), "x".repeat(2048));
  writeFileSync(join(dir, "baddate.txt"), "date: 2025-02-30\nThe envoy arrived in Muscat.");
  try {
    symlinkSync(dir, join(dir, "b", "loop"));
  } catch {
    // symlinks may be unavailable; the loop guard is then untested
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readSources", () => {
  it("walks a directory recursively in sorted order and reports what it skips", async () => {
    const items = await collect([dir], { maxBytes: 1024 });
    expect(summary(items)).toEqual([
      "OK /a.txt",
      "OK /b/c.md",
      "OK /b/deep/d.text",
      "FAIL /b/notes.pdf skipped: unsupported file type \".pdf\"",
      "OK /baddate.txt",
      "FAIL /big.txt too large: 2048 bytes (limit 1024)",
      "FAIL /binary.txt binary file (NUL bytes)",
      "FAIL /empty.txt empty: no text after the header lines",
      "OK /feed.jsonl:1",
      expect.stringMatching(/^FAIL \/feed.jsonl:3 invalid JSON/),
      "OK https://example.org/x",
      'FAIL /feed.jsonl:5 missing "text" string',
      "FAIL /headers-only.txt empty: no text after the header lines",
      "FAIL /latin1.txt binary or not UTF-8 (invalid UTF-8)",
    ]);
  });

  it("turns header lines into metadata and hashes the normalised body", async () => {
    const [a] = (await collect([join(dir, "a.txt")])) as Article[];
    expect(a.text).toBe("التقى الملك وزير الخارجية في عمان.");
    expect(a.publishedAt).toBe("2025-05-04");
    expect(a.source).toBe("Petra");
    expect(a.language).toBeUndefined();
    expect(a.uri).toBe(join(dir, "a.txt"));
    expect(a.id).toBe("article:" + a.sha256.slice(0, 16));
    const [d] = (await collect([join(dir, "b", "deep", "d.text")])) as Article[];
    expect(d.text).toBe("وزیران دیدار کردند.");
  });

  it("keeps an article whose header date is invalid, without the date, and warns", async () => {
    const warnings: string[] = [];
    const [a] = await collect([join(dir, "baddate.txt")], { onWarning: (uri, m) => warnings.push(`${uri}: ${m}`) });
    expect(isIngestFailure(a)).toBe(false);
    expect((a as Article).publishedAt).toBeUndefined();
    expect(warnings).toEqual([`${join(dir, "baddate.txt")}: invalid date "2025-02-30" dropped`]);
  });

  it("reads JSONL metadata and warns about a bad date on a good line", async () => {
    const warnings: string[] = [];
    const items = await collect([join(dir, "feed.jsonl")], { onWarning: (uri, m) => warnings.push(`${uri.replace(dir, "")}: ${m}`) });
    const ok = items.filter((x): x is Article => !isIngestFailure(x));
    expect(ok.map((a) => [a.uri.replace(dir, ""), a.publishedAt, a.language])).toEqual([
      ["/feed.jsonl:1", "2025-06-01", "en"],
      ["https://example.org/x", undefined, undefined],
    ]);
    expect(warnings).toEqual(['/feed.jsonl:4: invalid date "1404-02-31x" dropped']);
  });

  it("reads an explicitly named file of another type as text, and reports a missing path", async () => {
    writeFileSync(join(dir, "b", "story.html.txt.bak"), "The envoy left Muscat.");
    const items = await collect([join(dir, "b", "story.html.txt.bak"), join(dir, "missing.txt")]);
    expect(summary(items)).toEqual(["OK /b/story.html.txt.bak", "FAIL /missing.txt unreadable: ENOENT"]);
    rmSync(join(dir, "b", "story.html.txt.bak"));
  });

  it("reads text from stdin", async () => {
    const stdin = Readable.from([Buffer.from("title: Talks\n\nThe talks ended.\nSecond line.")]);
    const [a] = (await collect(["-"], { stdin })) as Article[];
    expect(a).toMatchObject({ uri: "stdin", title: "Talks", text: "The talks ended.\nSecond line." });
  });

  it("reads JSONL from stdin when every non-empty line is a record", async () => {
    const stdin = Readable.from(['{"text":"One."}\n\n', '{"text":"Two."', "}\n{oops\n"]);
    expect(summary(await collect(["-"], { stdin }))).toEqual([
      "OK stdin:1",
      "OK stdin:3",
      expect.stringMatching(/^FAIL stdin:4 invalid JSON/),
    ]);
  });

  it("reports empty and binary stdin", async () => {
    expect(summary(await collect(["-"], { stdin: Readable.from(["\n  \n"]) }))).toEqual(["FAIL stdin empty input"]);
    expect(summary(await collect(["-"], { stdin: Readable.from([Buffer.from([0x41, 0, 0x42])]) }))).toEqual([
      "FAIL stdin binary file (NUL bytes)",
    ]);
  });

  it("reports a too-large stdin text without crashing", async () => {
    const stdin = Readable.from(["a".repeat(600), "\n", "b".repeat(600)]);
    expect(summary(await collect(["-"], { stdin, maxBytes: 1000 }))).toEqual(["FAIL stdin too large: over 1000 bytes"]);
  });

  it("gives the same id to the same body read from different sources", async () => {
    const [a] = (await collect(["-"], { stdin: Readable.from(["The envoy arrived in Muscat."]) })) as Article[];
    const [b] = (await collect([join(dir, "baddate.txt")])) as Article[];
    expect(a.id).toBe(b.id);
  });
});

describe("articleFromText", () => {
  it("reads headers unless told not to, and explicit metadata wins", async () => {
    const { articleFromText } = await import("../../src/ingest/index.js");
    const a = articleFromText("date: 2025-01-02\nsource: A\n\nThe talks ended.", { uri: "mutation:1", source: "B" }) as Article;
    expect(a).toMatchObject({ uri: "mutation:1", publishedAt: "2025-01-02", source: "B", text: "The talks ended." });
    const raw = articleFromText("date: 2025-01-02\nThe talks ended.", { uri: "m" }, { headers: false }) as Article;
    expect(raw.text).toBe("date: 2025-01-02\nThe talks ended.");
    expect(articleFromText("   ", { uri: "m" })).toEqual({ uri: "m", reason: "empty: no text after the header lines" });
  });
});
