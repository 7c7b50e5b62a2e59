// The seed articles (real input): reader comments and page chrome are cut before extraction.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSources } from "../../src/ingest/index.js";
import type { Article, IngestFailure } from "../../src/model.js";
import { prepare } from "../../src/text/index.js";

const SEEDS = new URL("../../seeds/", import.meta.url).pathname;

async function load(): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for await (const x of readSources([SEEDS])) {
    if ("text" in x) out.set(x.uri.split("/").pop()!.slice(0, 3), x);
    else throw new Error(`seed failed: ${(x as IngestFailure).reason}`);
  }
  return out;
}

describe("seed articles", async () => {
  const seeds = await load();
  const docs = new Map([...seeds].map(([k, a]) => [k, prepare(a)]));
  const keptText = (k: string) => docs.get(k)!.sentences.map((s) => s.text).join("\n");

  it("loads all five", () => {
    expect([...seeds.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("reads the header of 001 as metadata, not text", () => {
    const a = seeds.get("001")!;
    expect(a.publishedAt).toBe("2025-09-09");
    expect(a.text.startsWith("آغاز مذاکرات")).toBe(true);
    expect(a.language).toBeUndefined(); // the "En" tag is not trusted
    expect(docs.get("001")!.language).toBe("fa");
  });

  it("cuts the reader comments of 004, and no commenter name survives", () => {
    const d = docs.get("004")!;
    const raw = readFileSync(`${SEEDS}004_c288701b38e4d62c.txt`, "utf8");
    const comments = raw.slice(raw.indexOf("دیدگاهتان را بنویسید"));
    const names = ["یک شهروند", "ناشناس", "بهنام", "محمد", "واقعیت", "سید عزیز", "حمید رسایی", "ترامپ"];
    for (const n of names) expect(comments).toContain(n);
    const text = keptText("004");
    for (const n of names) expect(text).not.toContain(n);
    expect(d.removed.some((r) => r.reason === "comments")).toBe(true);
    expect(d.article.source).toBe("فارس");
    expect(text).toContain("امیدواریم روسیه در این مسیر در کنار ما باشد");
  });

  it("cuts the chrome of 003", () => {
    const text = keptText("003");
    for (const chrome of ["شاركها", "اترك تعليقاً", "Exit mobile version"]) expect(text).not.toContain(chrome);
    expect(docs.get("003")!.sentences.some((s) => s.text.trim() === "|")).toBe(false);
    expect(text).toContain("قاعدة حميميم الجوية");
    expect(docs.get("003")!.language).toBe("ar");
  });

  it("cuts the byline of 002 and keeps its body", () => {
    const d = docs.get("002")!;
    expect(d.sentences.at(-1)!.text).not.toBe("لینا");
    expect(d.removed.some((r) => r.reason === "byline")).toBe(true);
    expect(keptText("002")).toContain("3.5 برابر");
  });

  it("keeps every body paragraph of 000", () => {
    const d = docs.get("000")!;
    expect(d.removed).toEqual([]);
    expect(d.sentences.length).toBeGreaterThan(40);
  });
});
