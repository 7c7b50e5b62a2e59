// One JSONL line → Article or IngestFailure. A line is one JSON object:
//   {"text": "...", "uri"?: "...", "publishedAt"?: "2025-09-09", "source"?: "...", "language"?: "fa", "title"?: "..."}
// ("url" is accepted for "uri", "date"/"published" for "publishedAt", "lang" for "language").
// A bad line is a failure named "file.jsonl:LINE"; bad optional fields are dropped with a warning.
import type { Article, IngestFailure } from "../model.js";
import { makeArticle, type RawMeta } from "./article.js";

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** Parses one JSONL line. `where` is "file.jsonl:LINE" or "stdin:LINE". */
export function parseJsonlLine(line: string, where: string, warn: (message: string) => void): Article | IngestFailure {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { uri: where, reason: `invalid JSON: ${(e as Error).message}` };
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return { uri: where, reason: "not a JSON object" };
  }
  const r = record as Record<string, unknown>;
  if (typeof r.text !== "string") return { uri: where, reason: 'missing "text" string' };
  const meta: RawMeta & { uri: string } = { uri: str(r.uri) ?? str(r.url) ?? where };
  const fields: Array<[keyof RawMeta, unknown]> = [
    ["publishedAt", r.publishedAt ?? r.date ?? r.published],
    ["source", r.source],
    ["language", r.language ?? r.lang],
    ["title", r.title],
  ];
  for (const [name, value] of fields) {
    if (value === undefined || value === null) continue;
    if (typeof value === "string") meta[name] = value;
    else warn(`${name} is not a string; dropped`);
  }
  const article = makeArticle(r.text, meta, warn);
  return article ?? { uri: where, reason: "empty text" };
}

/** Does this line look like a JSON record (the JSONL test for stdin)? Broken records count too. */
export function looksLikeRecord(line: string): boolean {
  return line.trimStart().startsWith("{");
}
