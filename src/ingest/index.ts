// Ingest: the file-system boundary. readSources() turns paths into Articles (or IngestFailures,
// which are reported and never stop the rest):
//   - a file: .txt/.text/.md (header lines + body; see headers.ts) or .jsonl/.ndjson (one JSON
//     object per line; see jsonl.ts). An explicitly named file with another extension is read as text.
//   - a directory: recursively, in sorted order; files of other types are reported as skipped;
//     dot-files and dot-directories are ignored.
//   - "-": standard input, as JSONL when every non-empty line starts with "{", else as one text.
// Files are read once; JSONL is streamed line by line. A text article over 20 MB is reported as too
// large, never read into memory.
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Article, IngestFailure } from "../model.js";
import { makeArticle, type RawMeta } from "./article.js";
import { decodeUtf16, decodeUtf8, notTextReason, splitLines, type RawLine } from "./bytes.js";
import { parseHeaders } from "./headers.js";
import { looksLikeRecord, parseJsonlLine } from "./jsonl.js";

export { makeArticle, normalizeBody, parseLanguage, parseMetaDate, sha256Hex, type RawMeta } from "./article.js";
export { parseHeaders } from "./headers.js";
export { parseJsonlLine } from "./jsonl.js";

/** Largest article (text file, JSONL line or stdin text), in bytes. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

const TEXT_EXT = new Set([".txt", ".text", ".md"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

export interface ReadOptions {
  /** Stream for "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Notes about loaded articles (an invalid header date was dropped, ...). */
  onWarning?: (uri: string, message: string) => void;
  /** Override the 20 MB limit (tests). */
  maxBytes?: number;
}

export function isIngestFailure(x: Article | IngestFailure): x is IngestFailure {
  return (x as Article).text === undefined && typeof (x as IngestFailure).reason === "string";
}

/**
 * One article from a string (the GraphQL ingest mutation, tests): header lines are read as in a
 * .txt file unless `headers` is false; explicit `meta` values win over headers.
 */
export function articleFromText(
  raw: string,
  meta: RawMeta & { uri: string },
  opts: { headers?: boolean; onWarning?: (message: string) => void } = {},
): Article | IngestFailure {
  if (Buffer.byteLength(raw, "utf8") > MAX_ARTICLE_BYTES) return { uri: meta.uri, reason: "too large" };
  const parsed = opts.headers === false ? { meta: {}, body: raw } : parseHeaders(raw);
  const merged: RawMeta & { uri: string } = { ...parsed.meta, uri: meta.uri };
  for (const [k, v] of Object.entries(meta) as Array<[keyof RawMeta, string | undefined]>) if (v !== undefined) merged[k] = v;
  const article = makeArticle(parsed.body, merged, opts.onWarning ?? (() => {}));
  return article ?? { uri: meta.uri, reason: "empty: no text after the header lines" };
}

/** Articles and failures from files, directories and "-" (stdin), in order. */
export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<Article | IngestFailure> {
  const ctx: Ctx = {
    max: opts.maxBytes ?? MAX_ARTICLE_BYTES,
    warn: opts.onWarning ?? (() => {}),
    stdin: opts.stdin,
  };
  for (const path of paths) {
    if (path === "-") {
      yield* readStdin(ctx.stdin ?? process.stdin, ctx);
      continue;
    }
    yield* readPath(path, ctx, new Set(), true);
  }
}

/**
 * A file or a directory. A path the user named is read whatever it is (a FIFO, /dev/stdin); inside a
 * directory only regular files are.
 */
async function* readPath(path: string, ctx: Ctx, seen: Set<string>, named: boolean): AsyncGenerator<Article | IngestFailure> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { uri: path, reason: `unreadable: ${errorCode(e)}` };
    return;
  }
  if (info.isDirectory()) yield* readDirectory(path, ctx, seen);
  else if (named || info.isFile()) yield* readFileSource(path, ctx, named);
}

interface Ctx {
  max: number;
  warn: (uri: string, message: string) => void;
  stdin?: NodeJS.ReadableStream;
}

function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? err.message ?? String(e);
}

async function* readDirectory(dir: string, ctx: Ctx, seen: Set<string>): AsyncGenerator<Article | IngestFailure> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = await readdir(dir);
  } catch (e) {
    yield { uri: dir, reason: `unreadable: ${errorCode(e)}` };
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (!name.startsWith(".")) yield* readPath(join(dir, name), ctx, seen, false);
  }
}

async function* readFileSource(path: string, ctx: Ctx, explicit: boolean): AsyncGenerator<Article | IngestFailure> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* readJsonlFile(path, ctx);
    return;
  }
  if (!TEXT_EXT.has(ext) && !explicit) {
    yield { uri: path, reason: `skipped: unsupported file type "${ext || "(none)"}"` };
    return;
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    yield { uri: path, reason: `unreadable: ${errorCode(e)}` };
    return;
  }
  if (size > ctx.max) {
    yield { uri: path, reason: `too large: ${size} bytes (limit ${ctx.max})` };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield { uri: path, reason: `unreadable: ${errorCode(e)}` };
    return;
  }
  yield textArticle(bytes, path, ctx);
}

/** A text source (file or stdin) → Article or failure. */
function textArticle(bytes: Buffer, uri: string, ctx: Ctx): Article | IngestFailure {
  if (bytes.length > ctx.max) return { uri, reason: `too large: ${bytes.length} bytes (limit ${ctx.max})` };
  let text = decodeUtf16(bytes);
  if (text === undefined) {
    const bad = notTextReason(bytes);
    if (bad) return { uri, reason: bad };
    text = decodeUtf8(bytes);
  }
  const { meta, body } = parseHeaders(text);
  const article = makeArticle(body, { ...meta, uri }, (m) => ctx.warn(uri, m));
  return article ?? { uri, reason: "empty: no text after the header lines" };
}

async function* readJsonlFile(path: string, ctx: Ctx): AsyncGenerator<Article | IngestFailure> {
  const stream = createReadStream(path);
  try {
    // surface open errors (ENOENT, EACCES) before iterating
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
  } catch (e) {
    stream.destroy();
    yield { uri: path, reason: `unreadable: ${errorCode(e)}` };
    return;
  }
  try {
    for await (const line of splitLines(stream as AsyncIterable<Buffer>, ctx.max)) {
      const item = jsonlItem(line, `${path}:${line.number}`, ctx);
      if (item) yield item;
    }
  } catch (e) {
    yield { uri: path, reason: `unreadable: ${errorCode(e)}` };
  } finally {
    stream.destroy();
  }
}

/** One raw JSONL line → Article, failure, or null for a blank line. */
function jsonlItem(line: RawLine, where: string, ctx: Ctx): Article | IngestFailure | null {
  if (line.tooLarge) return { uri: where, reason: `too large: line over ${ctx.max} bytes` };
  const bad = notTextReason(line.bytes);
  if (bad) return { uri: where, reason: bad };
  const text = decodeUtf8(line.bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") return null;
  return parseJsonlLine(text, where, (m) => ctx.warn(where, m));
}

/**
 * stdin: lines are buffered while every non-empty line so far looks like a JSON record (starts with
 * "{"); at the end that makes it JSONL ("stdin:LINE", where a broken record is a failure of its own
 * line), otherwise one text article ("stdin"). A JSONL stream longer than
 * the size limit is streamed from then on rather than buffered.
 */
async function* readStdin(stream: NodeJS.ReadableStream, ctx: Ctx): AsyncGenerator<Article | IngestFailure> {
  const buffered: RawLine[] = [];
  let bytes = 0;
  let allJson = true;
  let streaming = false;
  let sawContent = false;
  for await (const line of splitLines(stream as AsyncIterable<Buffer | string>, ctx.max)) {
    if (streaming) {
      const item = jsonlItem(line, `stdin:${line.number}`, ctx);
      if (item) yield item;
      continue;
    }
    if (line.tooLarge) {
      if (!allJson || !sawContent) {
        yield { uri: "stdin", reason: `too large: over ${ctx.max} bytes` };
        return;
      }
      // JSON lines so far: one oversized record; stream the rest as JSONL
      for (const l of [...buffered, line]) {
        const item = jsonlItem(l, `stdin:${l.number}`, ctx);
        if (item) yield item;
      }
      buffered.length = 0;
      streaming = true;
      continue;
    }
    if (line.bytes.length > 0 && !isBlank(line.bytes)) {
      sawContent = true;
      if (allJson && (notTextReason(line.bytes) !== null || !looksLikeRecord(decodeUtf8(line.bytes)))) allJson = false;
    }
    buffered.push(line);
    bytes += line.bytes.length + 1;
    if (bytes > ctx.max) {
      if (!allJson) {
        yield { uri: "stdin", reason: `too large: over ${ctx.max} bytes` };
        return;
      }
      for (const l of buffered) {
        const item = jsonlItem(l, `stdin:${l.number}`, ctx);
        if (item) yield item;
      }
      buffered.length = 0;
      streaming = true;
    }
  }
  if (streaming) return;
  if (!sawContent) {
    yield { uri: "stdin", reason: "empty input" };
    return;
  }
  if (allJson) {
    for (const l of buffered) {
      const item = jsonlItem(l, `stdin:${l.number}`, ctx);
      if (item) yield item;
    }
    return;
  }
  const joined = Buffer.concat(buffered.flatMap((l, i) => (i === 0 ? [l.bytes] : [Buffer.from("\n"), l.bytes])));
  yield textArticle(joined, "stdin", ctx);
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
