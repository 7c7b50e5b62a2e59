// Loader fuzz: over 10,000 generated bad or odd inputs through the three ingest entry points —
// articleFromText (strings), parseJsonlLine (JSONL lines) and readSources (real temp files: empty,
// binary, invalid UTF-8, BOM, UTF-16, CRLF, NUL bytes, direction marks, mixed scripts, malformed JSONL
// and header lines, injection-looking names, a 20 MB file, a 1 MB single line).
// Expected: no crash; every input that cannot be an article comes back as a failure with a reason;
// every input that must be an article is one, and processArticle runs on it without throwing.
// Seeded and bounded in count.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prng } from "../../bench/corpus.js";
import { articleFromText, isIngestFailure, parseJsonlLine, readSources } from "../../src/ingest/index.js";
import type { Article, IngestFailure } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";
import { removeTempDirs, tempDir } from "./helpers.js";

afterAll(removeTempDirs);

const rnd = prng(20251122);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (n: number) => Math.floor(rnd() * n);

const SENTENCES = [
  "Iraqi Foreign Minister Fuad Hussein met Hakan Fidan in Ankara on 3 March 2025.",
  "وزیر امور خارجه عمان روز ۱۲ مهر ۱۴۰۳ در مسقط با همتای قطری خود دیدار کرد.",
  "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمان يوم الأحد.",
  "Sergey Lavrov spoke by phone with Wang Yi.",
  "قرار است رئیس جمهور ترکیه هفته آینده به تهران سفر کند.",
  "ووقع الجانبان مذكرة تفاهم للتعاون في مجال الطاقة.",
];
const NOISE = ["\uFEFF", "\u200F", "\u200E", "\u202B", "\u202C", "\u2066", "\u200C", "\u200D", "\u00A0", "\t", "\r\n", "\r", "\uFFFD", "ـــ", "ًٌٍَُِّ", "🤝", "۱۲۳", "١٢٣", "«", "»", "\u0000", "\u001B[31m", "\uD800"];
const INJECTION = ["'}) DETACH DELETE n //", '" OR 1=1', "'; DROP TABLE Article; --", "$ids", "{{title}}", "<script>alert(1)</script>", "MATCH (n) DETACH DELETE n", "\\u0000", "../../etc/passwd", "${process.exit()}"];
const GOOD_HEADERS = ["date 2025-09-09", "published: 2024-01-31", "source: Example News", "title: A headline", "language: fa", "date: ۱۴۰۴/۰۵/۰۹"];
const BAD_HEADERS = ["date 2025-13-45", "date: 2025-02-30", "published: yesterday", "language: klingon", "title:", "source: ", "date", ":", "title: \u0000", "date 99999-01-01", "language:"];
const BLANK = ["", " ", "\n", "\r\n", "\t", "\u00A0", " \n \r\n\t"];

/** A body that surely holds letters: a real sentence with noise and injection strings around it. */
function noisyBody(): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    if (rnd() < 0.5) parts.push(pick(NOISE));
    if (rnd() < 0.3) parts.push(`${pick(INJECTION)} met ${pick(INJECTION)}.`);
    parts.push(pick(SENTENCES));
  }
  return parts.join(rnd() < 0.5 ? " " : pick(["\n", "\r\n", "\n\n"]));
}

interface Outcome {
  articles: number;
  failures: number;
}

function check(r: Article | IngestFailure, expectation: "ok" | "fail" | "either", label: string, out: Outcome): void {
  if (isIngestFailure(r)) {
    expect(r.reason, label).toMatch(/\S/);
    expect(expectation, `${label}: unexpected failure "${r.reason}"`).not.toBe("ok");
    out.failures++;
    return;
  }
  expect(expectation, `${label}: accepted as an article`).not.toBe("fail");
  expect(r.text.length, label).toBeGreaterThan(0);
  expect(r.id, label).toMatch(/^article:[0-9a-f]{16}$/);
  const resolved = processArticle(r);
  for (const m of resolved.mentions) expect(r.text.slice(m.start, m.end), `${label}: mention offsets`).toBe(m.text);
  out.articles++;
}

describe("loader fuzz", () => {
  it("articleFromText: 6,000 generated strings", () => {
    const out: Outcome = { articles: 0, failures: 0 };
    for (let i = 0; i < 6000; i++) {
      const kind = int(5);
      let text: string;
      let expectation: "ok" | "fail" | "either";
      if (kind === 0) {
        text = Array.from({ length: int(4) }, () => pick(BLANK)).join("");
        expectation = "fail";
      } else if (kind === 1) {
        text = Array.from({ length: 1 + int(3) }, () => pick(GOOD_HEADERS)).join(pick(["\n", "\r\n"])) + pick(["", "\n", "\n\n", "\r\n \r\n"]);
        expectation = "fail"; // header lines and nothing else
      } else if (kind === 2) {
        text = Array.from({ length: 1 + int(3) }, () => pick([...GOOD_HEADERS, ...BAD_HEADERS])).join("\n") + "\n\n" + noisyBody();
        expectation = "ok";
      } else if (kind === 3) {
        text = noisyBody();
        expectation = "ok";
      } else {
        // random soup of everything, including lone surrogates and control characters
        text = Array.from({ length: int(12) }, () => pick([...NOISE, ...INJECTION, ...BAD_HEADERS, ...BLANK, "x", "۱", "ا"])).join(pick(["", " ", "\n"]));
        expectation = "either";
      }
      check(articleFromText(text, { uri: `fuzz:${i}` }), expectation, `string #${i} (kind ${kind}) ${JSON.stringify(text.slice(0, 80))}`, out);
    }
    expect(out.articles + out.failures).toBe(6000);
    expect(out.articles).toBeGreaterThan(2000);
    expect(out.failures).toBeGreaterThan(1000);
  }, 180_000);

  it("parseJsonlLine: 3,000 generated lines", () => {
    const out: Outcome = { articles: 0, failures: 0 };
    const warnings: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const kind = int(6);
      let line: string;
      let expectation: "ok" | "fail" | "either";
      const good = { text: noisyBody(), uri: `u:${pick(INJECTION)}`, title: pick(INJECTION), source: pick(INJECTION) };
      if (kind === 0) {
        const s = JSON.stringify(good);
        line = s.slice(0, 1 + int(s.length - 2)); // truncated
        expectation = "fail";
      } else if (kind === 1) {
        line = pick(["[]", "null", "42", '"text"', "true", "{'text': 'single quotes'}", '{"text": "a",}', "{text: 1}", "{}", "[{\"text\": \"x\"}]", "\u0000", "{\"text\": \"x\"", "}{"]);
        expectation = "fail";
      } else if (kind === 2) {
        line = JSON.stringify({ text: pick([5, null, true, [], { a: 1 }, "", " \n ", "\uFEFF"]) });
        expectation = "fail";
      } else if (kind === 3) {
        line = JSON.stringify({ ...good, publishedAt: pick(["soon", "2025-13-01", 20250101, null, "۱۴۰۴/۰۵/۰۹", { d: 1 }]), language: pick(["xx", 7, "fa", null]) });
        expectation = "ok"; // bad optional fields are dropped with a warning
      } else if (kind === 4) {
        line = JSON.stringify(good);
        expectation = "ok";
      } else {
        line = JSON.stringify({ text: Array.from({ length: int(8) }, () => pick([...NOISE, ...INJECTION, ...BLANK])).join(" ") });
        expectation = "either";
      }
      check(parseJsonlLine(line, `fuzz.jsonl:${i + 1}`, (m) => warnings.push(m)), expectation, `line #${i} (kind ${kind}) ${JSON.stringify(line.slice(0, 80))}`, out);
    }
    expect(out.articles + out.failures).toBe(3000);
    expect(warnings.length).toBeGreaterThan(0);
  }, 180_000);

  it("readSources: 1,200+ real files and JSONL lines, including a 20 MB file and a 1 MB single line", async () => {
    const dir = tempDir("fuzz");
    const expected = new Map<string, "ok" | "fail" | "either">();
    const file = (name: string, content: Buffer | string, e: "ok" | "fail" | "either") => {
      writeFileSync(join(dir, name), content);
      expected.set(join(dir, name), e);
    };
    for (let i = 0; i < 900; i++) {
      const id = String(i).padStart(4, "0");
      switch (i % 12) {
        case 0:
          file(`${id}-empty.txt`, pick(BLANK), "fail");
          break;
        case 1: {
          const b = Buffer.alloc(16 + int(512));
          for (let j = 0; j < b.length; j++) b[j] = int(256);
          b[int(b.length)] = 0;
          file(`${id}-binary.txt`, b, "fail");
          break;
        }
        case 2: {
          const b = Buffer.from(noisyBody().replace(/\u0000/g, ""), "utf8");
          const bad = Buffer.from([pick([0xc3, 0xe2, 0xf0, 0xff, 0xfe, 0x80])]);
          const at = int(b.length);
          file(`${id}-invalid-utf8.txt`, Buffer.concat([b.subarray(0, at), bad, Buffer.from([0x28]), b.subarray(at)]), "fail");
          break;
        }
        case 3:
          file(`${id}-bom.txt`, "\uFEFF" + pick(GOOD_HEADERS) + "\n\n" + noisyBody().replace(/\u0000/g, ""), "ok");
          break;
        case 4:
          file(`${id}-crlf.txt`, (pick(GOOD_HEADERS) + "\n\n" + noisyBody().replace(/\u0000/g, "")).replace(/\n/g, "\r\n"), "ok");
          break;
        case 5:
          file(`${id}-nul.txt`, pick(SENTENCES) + "\u0000" + pick(SENTENCES), "fail");
          break;
        case 6:
          file(`${id}-utf16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pick(SENTENCES), "utf16le")]), "ok");
          break;
        case 7:
          file(`${id}-marks.txt`, `\u200F${pick(SENTENCES)}\u200E ${pick(SENTENCES)} \u202B${pick(SENTENCES)}\u202C`, "ok");
          break;
        case 8:
          file(`${id}-headers-only.txt`, Array.from({ length: 1 + int(3) }, () => pick(GOOD_HEADERS)).join("\n") + "\n", "fail");
          break;
        case 9:
          file(`${id}-bad-headers.txt`, Array.from({ length: 1 + int(3) }, () => pick(BAD_HEADERS).replace(/\u0000/g, "")).join("\n") + "\n" + pick(SENTENCES), "ok");
          break;
        case 10:
          file(`${id}-inject-${i}.txt`, `title: ${pick(INJECTION)}\nsource: ${pick(INJECTION)}\n\n${pick(INJECTION)} met ${pick(INJECTION)} in Paris. ${pick(SENTENCES)}`, "ok");
          break;
        default:
          file(`${id}-skip.bin`, "not read", "fail"); // unsupported type inside a directory: reported as skipped
      }
    }
    // JSONL files: one input per non-blank line
    let jsonlLines = 0;
    for (let f = 0; f < 10; f++) {
      const lines: string[] = [];
      for (let l = 0; l < 40; l++) {
        const r = int(4);
        lines.push(r === 0 ? JSON.stringify({ text: noisyBody().replace(/\u0000/g, ""), uri: `jsonl:${f}:${l}` }) : r === 1 ? '{"text": ' : r === 2 ? JSON.stringify({ text: 7 }) : JSON.stringify({ text: pick(SENTENCES), publishedAt: "not a date", uri: `jsonl:${f}:${l}` }));
      }
      writeFileSync(join(dir, `feed-${f}.jsonl`), lines.join(pick(["\n", "\r\n"])) + "\n");
      jsonlLines += lines.length;
    }
    // a 20 MB file (over the limit by a byte), a 1 MB single line as text, and as one JSONL record
    file("big-20mb.txt", Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), "fail");
    const mbLine = longLine(1024 * 1024);
    file("one-mb-line.txt", mbLine, "ok");
    writeFileSync(join(dir, "one-mb-line.jsonl"), JSON.stringify({ text: mbLine, uri: "one-mb-line-jsonl" }) + "\n");
    jsonlLines++;

    const out: Outcome = { articles: 0, failures: 0 };
    let items = 0;
    const seenFiles = new Set<string>();
    for await (const item of readSources([dir])) {
      items++;
      const where = item.uri.replace(/:\d+$/, "");
      seenFiles.add(where);
      if (where.endsWith(".jsonl") || item.uri.startsWith("jsonl:") || item.uri === "one-mb-line-jsonl") {
        // JSONL: failures name the line; articles carry their own uri
        if (isIngestFailure(item)) {
          expect(item.uri).toMatch(/\.jsonl:\d+$/);
          expect(item.reason).toMatch(/\S/);
          out.failures++;
        } else {
          if (item.text.length < 100_000) processArticle(item);
          out.articles++;
        }
        continue;
      }
      const e = expected.get(item.uri);
      expect(e, `unexpected uri ${item.uri}`).toBeDefined();
      if (item.uri.endsWith("one-mb-line.txt")) {
        expect(isIngestFailure(item)).toBe(false);
        out.articles++; // ingest only: extraction of 1 MB is the opt-in test below
        continue;
      }
      check(item, e!, item.uri, out);
    }
    expect(items).toBe(expected.size + jsonlLines);
    for (const path of expected.keys()) expect(seenFiles.has(path), `no result for ${path}`).toBe(true);
    expect(out.articles + out.failures).toBe(items);
  }, 180_000);

  it("extracts a 64 KB single-line article", () => {
    const a = articleFromText(longLine(64 * 1024), { uri: "long-line" });
    expect(isIngestFailure(a)).toBe(false);
    expect(processArticle(a as Article).article.id).toBe((a as Article).id);
  }, 180_000);

  // Extraction time grows faster than linearly with article length (measured: 40 KB 1 s, 80 KB 5 s,
  // 160 KB 29 s on the 2-core machine), so a 1 MB article takes many minutes: opt-in only.
  it.skipIf(!process.env.RELIABILITY_HUGE)("extracts a 1 MB single-line article (RELIABILITY_HUGE=1)", () => {
    const a = articleFromText(longLine(1024 * 1024), { uri: "one-mb-line" });
    expect(isIngestFailure(a)).toBe(false);
    expect(processArticle(a as Article).article.id).toBe((a as Article).id);
  }, 3_600_000);
});

function longLine(bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / 40) }, (_, i) => SENTENCES[i % SENTENCES.length].replace(/[.\n]/g, ",")).join(" ").slice(0, bytes);
}
