import { describe, expect, it } from "vitest";
import { parseJsonlLine } from "../../src/ingest/jsonl.js";

const noWarn = () => {};

describe("parseJsonlLine", () => {
  it("reads a record with metadata", () => {
    const a = parseJsonlLine(
      JSON.stringify({ text: "التقى الوزيران.", uri: "https://example.org/1", publishedAt: "2025-04-01", source: "Petra", language: "ar", title: "لقاء" }),
      "f.jsonl:1",
      noWarn,
    );
    expect(a).toMatchObject({ uri: "https://example.org/1", text: "التقى الوزيران.", publishedAt: "2025-04-01", source: "Petra", language: "ar", title: "لقاء" });
  });

  it("names the article after the line when it has no uri", () => {
    expect(parseJsonlLine('{"text":"x y"}', "f.jsonl:7", noWarn)).toMatchObject({ uri: "f.jsonl:7" });
  });

  it("reports bad lines", () => {
    expect(parseJsonlLine("{not json", "f.jsonl:2", noWarn)).toMatchObject({ uri: "f.jsonl:2", reason: expect.stringContaining("invalid JSON") });
    expect(parseJsonlLine("[1,2]", "f.jsonl:3", noWarn)).toEqual({ uri: "f.jsonl:3", reason: "not a JSON object" });
    expect(parseJsonlLine('{"body":"x"}', "f.jsonl:4", noWarn)).toEqual({ uri: "f.jsonl:4", reason: 'missing "text" string' });
    expect(parseJsonlLine('{"text":"  "}', "f.jsonl:5", noWarn)).toEqual({ uri: "f.jsonl:5", reason: "empty text" });
  });

  it("drops a bad optional field with a warning", () => {
    const warnings: string[] = [];
    const a = parseJsonlLine('{"text":"x","publishedAt":"2025-02-31","source":42}', "f.jsonl:1", (m) => warnings.push(m));
    expect(a).not.toHaveProperty("publishedAt");
    expect(a).not.toHaveProperty("source");
    expect(warnings).toHaveLength(2);
  });
});
