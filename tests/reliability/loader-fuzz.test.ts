// Fuzzing the loader: 10,000+ generated bad or odd inputs through the real ingest and extraction code.
// Expected: no crash; every input that cannot be an article is reported with a reason; every good one
// is processed. Deterministic (seeded), bounded in count.
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleFromText, isIngestFailure, parseJsonlLine, readSources } from "../../src/ingest/index.js";
import { processArticle } from "../../src/pipeline.js";
import type { Article, IngestFailure } from "../../src/model.js";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "", " ", "\n", "\r\n", "\uFEFF", "\u200F", "\u200E", "\u202B", "\u200C", "\0", "\uFFFD", "date 2025-13-45", "date: 2025-02-30", "published: yesterday", "title:", "source: ",
  "وزیر امور خارجه", "وزير الخارجية", "Foreign Minister", "دیدار کرد", "التقى", "met", "«", "»", "'}) DETACH DELETE n //", '" OR 1=1', "$ids", "{{", "<script>alert(1)</script>",
  "۹ مرداد ۱۴۰۴", "20 ربيع الثاني 1447", "31/12/2025", "Thursday", "اليوم", "امروز", "🤣", "ـــــ", "ًٌٍَُِّْ", "سرگئی لاوروف", "لافروف", "Lavrov", "Ahmed al-Sharaa", ".", "؟", "!", "::::", "|",
];

describe("loader fuzz", () => {
  it("survives 10,000 generated texts: each becomes an article or a reported failure, and every article is extracted", () => {
    const rnd = prng(42);
    let articles = 0;
    let failures = 0;
    for (let i = 0; i < 10_000; i++) {
      const n = Math.floor(rnd() * 12);
      let text = "";
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.3 ? "\n" : " ");
      const r = articleFromText(text, { uri: `fuzz:${i}` });
      if (isIngestFailure(r)) {
        expect(r.reason.length).toBeGreaterThan(0);
        failures++;
      } else {
        const resolved = processArticle(r);
        for (const m of resolved.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
        articles++;
      }
    }
    expect(articles + failures).toBe(10_000);
    expect(articles).toBeGreaterThan(1000);
  }, 300_000);

  it("reports malformed JSONL lines with their reason and keeps the good ones", () => {
    const bad = ["{", "[]", "null", '{"text": 5}', '{"nope": "x"}', '{"text": ""}', '{"text": "x", "publishedAt": "soon"}', "\u0000", '{"text": "ok text"}'];
    const out = bad.map((l, i) => parseJsonlLine(l, `f.jsonl:${i + 1}`, () => {}));
    expect(out.filter((x) => x && isIngestFailure(x as Article | IngestFailure)).length).toBeGreaterThanOrEqual(5);
  });

  it("reads odd files from disk: binary, invalid UTF-8, BOM, CRLF, NULs, a 1 MB line, a 20 MB file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-fuzz-"));
    const files: Record<string, Buffer | string> = {
      "binary.txt": Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]),
      "invalid-utf8.txt": Buffer.from([0x66, 0x6f, 0xc3, 0x28, 0x6f]),
      "bom.txt": "\uFEFFdate 2025-01-01\nوزیر امور خارجه ایران با همتای ترک خود دیدار کرد.",
      "crlf.txt": "title: x\r\n\r\nIraqi Foreign Minister Fuad Hussein met Hakan Fidan in Ankara.\r\n",
      "nul.txt": "text\0with\0nuls",
      "long-line.txt": "Lavrov ".repeat(150_000),
      "huge.txt": "x".repeat(21 * 1024 * 1024),
      "empty.txt": "",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const results: Array<Article | IngestFailure> = [];
    for await (const x of readSources([dir])) results.push(x);
    const failed = new Map(results.filter(isIngestFailure).map((f) => [f.uri.split("/").pop(), f.reason]));
    expect([...failed.keys()].sort()).toEqual(["binary.txt", "empty.txt", "huge.txt", "invalid-utf8.txt", "nul.txt"]);
    const ok = results.filter((x): x is Article => !isIngestFailure(x));
    expect(ok.map((a) => a.uri.split("/").pop()).sort()).toEqual(["bom.txt", "crlf.txt", "long-line.txt"]);
    for (const a of ok) processArticle(a);
  }, 120_000);
});
