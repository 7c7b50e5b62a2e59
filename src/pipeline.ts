// The pipeline, end to end, as one short orchestrator (the way graphql-js's graphql.ts calls
// parse → validate → execute):
//
//   ingest (Article) → text.prepare (Doc) → extract (ArticleFacts) → resolve (ResolvedArticle)
//   → store.writeArticles, which in the same commit re-derives the meetings and agreements the new
//     reports can touch (resolve/incremental.ts), and only those
//
// A load extracts and resolves (per article, no store) in worker threads (workers/pool.ts) while
// the main thread asks the store what is new and writes the previous batch.
//
// cli/ and the ingestArticle mutation both call loadArticles(); nothing else knows the order.
import type { Article, ArticleFacts, IngestFailure, ResolvedArticle } from "./model.js";
import type { GraphStore, WriteResult } from "./store/types.js";
import { prepare } from "./text/index.js";
import { extract } from "./extract/index.js";
import { getLexicon } from "./lexicon/index.js";
import { resolveArticle } from "./resolve/article.js";
import { defaultWorkers, ExtractPool } from "./workers/pool.js";

export interface LoadSummary {
  read: number;
  new: number;
  unchanged: number;
  failed: number;
  failures: IngestFailure[];
  entities: number;
  meetings: number;
  agreements: number;
  ms: number;
  /** Of which: re-deriving the meetings and agreements the new reports touch (inside each commit). */
  deriveMs: number;
  /** Reports whose meetings and agreements were derived again (the new ones and those they can corefer with). */
  derivedReports: number;
  /** Extraction worker threads the load used (0: it extracted on the main thread). */
  workers: number;
}

export interface LoadOptions {
  /** Articles written per store transaction batch. */
  batchSize?: number;
  onProgress?: (done: { read: number; failed: number }) => void;
  /**
   * Extraction worker threads; 0 extracts on the main thread. Default: KG_WORKERS, else one per
   * core but one (at least 1), started once a batch has POOL_MIN articles to extract (a worker
   * takes a second or two to load the lexicon, more than a handful of articles cost).
   */
  workers?: number;
}

/** With the default number of workers, batches smaller than this are extracted on the main thread. */
const POOL_MIN = 64;

/** One article's facts (for `kg extract` and tests). */
export function extractArticle(article: Article): ArticleFacts {
  return extract(prepare(article), getLexicon());
}

/** One article, resolved into the rows the store writes. */
export function processArticle(article: Article): ResolvedArticle {
  const lex = getLexicon();
  return resolveArticle(extract(prepare(article), lex), lex);
}

export function isFailure(x: Article | IngestFailure): x is IngestFailure {
  return "reason" in x && !("text" in x);
}

/**
 * Loads articles into the store: skips those already stored (same content hash), writes the new
 * ones in batches (each batch one transaction; an article that sinks its batch is retried alone and
 * reported); each batch's commit re-derives the meetings and agreements its reports touch. While one
 * batch is written (the database works on its own threads), the next one is extracted in the worker
 * threads. The source is read lazily (readSources streams files and JSONL): at most one batch read,
 * one extracting and one writing are held at a time.
 */
/**
 * Articles per write transaction: KG_BATCH if set, else 2,000. Larger batches write far less (each Kuzu commit
 * writes in proportion to the tables it adds to, not to the rows it adds; README "Performance"): at 20k articles,
 * 2,000 loaded 2.3 times as fast as 500 with a quarter of the disk writes, at the cost of holding more articles at once.
 */
const DEFAULT_BATCH = 2000;

export function defaultBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.KG_BATCH;
  if (set === undefined || set === "") return DEFAULT_BATCH;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`KG_BATCH must be a whole number of articles per write (1 or more), got "${set}"`);
  return n;
}

export async function loadArticles(store: GraphStore, source: AsyncIterable<Article | IngestFailure> | Iterable<Article | IngestFailure>, opts: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? defaultBatchSize();
  const summary: LoadSummary = { read: 0, new: 0, unchanged: 0, failed: 0, failures: [], entities: 0, meetings: 0, agreements: 0, ms: 0, deriveMs: 0, derivedReports: 0, workers: 0 };
  const entityIds = new Set<string>();
  const seenInRun = new Set<string>();
  let batch: Article[] = [];
  let extracted: ResolvedArticle[] = []; // extracted, waiting to be written

  const write = async (resolved: ResolvedArticle[]) => {
    if (!resolved.length) return;
    const count = (w: WriteResult, sent: number) => {
      // what the store wrote, not what was sent: a concurrent writer may have stored the same article first
      summary.new += w.written;
      summary.unchanged += sent - w.written;
      summary.deriveMs += w.deriveMs;
      summary.derivedReports += w.derivedReports;
    };
    try {
      count(await store.writeArticles(resolved), resolved.length);
    } catch {
      // the batch failed as a whole: write one by one so one bad article does not sink the rest
      for (const r of resolved) {
        try {
          count(await store.writeArticle(r), 1);
        } catch (e) {
          summary.failed++;
          summary.failures.push({ uri: r.article.uri, reason: `store write failed: ${(e as Error).message}` });
        }
      }
    }
  };

  const workers = opts.workers ?? defaultWorkers();
  let pool: ExtractPool | undefined;
  /** The batch's articles extracted and resolved, in order: in the pool, or here giving the event loop back every 20 ms. */
  const extractAll = async (todo: Article[]): Promise<Array<ResolvedArticle | Error>> => {
    if (workers > 0 && !pool && (opts.workers !== undefined || todo.length >= POOL_MIN)) {
      pool = new ExtractPool(workers);
      summary.workers = workers;
    }
    if (pool) {
      const p = pool;
      return Promise.all(todo.map((a) => p.extract(a).catch((e: Error) => e)));
    }
    const out: Array<ResolvedArticle | Error> = [];
    let since = Date.now();
    for (const a of todo) {
      // extraction is synchronous: give the event loop back every 20 ms, so that a server loading
      // articles keeps answering reads
      if (Date.now() - since > 20) {
        await new Promise((r) => setImmediate(r));
        since = Date.now();
      }
      try {
        out.push(processArticle(a));
      } catch (e) {
        out.push(e as Error);
      }
    }
    return out;
  };

  const flush = async () => {
    const existing = batch.length ? await store.existingArticles(batch.map((a) => a.id)) : new Set<string>();
    const todo: Article[] = [];
    for (const a of batch) {
      if (existing.has(a.id) || seenInRun.has(a.id)) {
        summary.unchanged++;
        continue;
      }
      seenInRun.add(a.id);
      todo.push(a);
    }
    batch = [];
    // the previous batch is written while this one is extracted
    const [, results] = await Promise.all([write(extracted), extractAll(todo)]);
    const resolved: ResolvedArticle[] = [];
    results.forEach((r, i) => {
      if (r instanceof Error) {
        summary.failed++;
        summary.failures.push({ uri: todo[i].uri, reason: `extraction failed: ${r.message}` });
        return;
      }
      resolved.push(r);
      for (const e of [...r.people, ...r.places, ...r.organizations]) entityIds.add(e.id);
    });
    extracted = resolved;
  };

  try {
    await readAll();
  } finally {
    await pool?.close();
  }
  const derived = await store.derivedCounts();
  summary.entities = entityIds.size;
  summary.meetings = derived.meetings;
  summary.agreements = derived.agreements;
  summary.ms = Date.now() - t0;
  return summary;

  async function readAll(): Promise<void> {
    for await (const item of source) {
      if (isFailure(item)) {
        summary.failed++;
        summary.failures.push(item);
      } else {
        summary.read++;
        batch.push(item);
        if (batch.length >= batchSize) await flush();
      }
      opts.onProgress?.({ read: summary.read, failed: summary.failed });
    }
    await flush();
    await write(extracted);
  }
}

/**
 * Recomputes every meeting and agreement from every stored report, in one commit (`kg rederive`).
 * Loads and removals do not need it: they re-derive what they touch in their own commit.
 */
export function rederive(store: GraphStore): Promise<{ meetings: number; agreements: number }> {
  return store.rederive();
}

// ------------------------------------------------------------------ one article at a time

interface Waiting {
  resolved: ResolvedArticle;
  done: (created: boolean) => void;
  fail: (e: Error) => void;
}
const queues = new WeakMap<GraphStore, { waiting: Waiting[]; running: boolean }>();

/**
 * Adds one article (the ingestArticle mutation): extracted at once, then queued. Articles that
 * arrive while a write is running are written together in the next commit (one commit, one disk
 * sync, for a burst of mutations), each answered with its own outcome: created, or already stored
 * (by an earlier request, or by another request for the same article in the same commit).
 */
export function ingestArticle(store: GraphStore, article: Article): Promise<{ created: boolean; articleId: string }> {
  let q = queues.get(store);
  if (!q) queues.set(store, (q = { waiting: [], running: false }));
  const resolved = processArticle(article);
  const queue = q;
  return new Promise<boolean>((done, fail) => {
    queue.waiting.push({ resolved, done, fail });
    if (!queue.running) void drain(store, queue);
  }).then((created) => ({ created, articleId: article.id }));
}

async function drain(store: GraphStore, q: { waiting: Waiting[]; running: boolean }): Promise<void> {
  q.running = true;
  try {
    while (q.waiting.length) {
      const batch = q.waiting.splice(0, 500);
      const answer = (items: Waiting[], written: Set<string>) => {
        for (const w of items) {
          const id = w.resolved.article.id;
          w.done(written.delete(id)); // the first request for an article written in this commit created it
        }
      };
      try {
        answer(batch, new Set((await store.writeArticles(batch.map((w) => w.resolved))).writtenIds));
      } catch {
        // one bad article must not sink the others: each alone, each with its own outcome
        for (const w of batch) {
          try {
            answer([w], new Set((await store.writeArticle(w.resolved)).writtenIds));
          } catch (e) {
            w.fail(e as Error);
          }
        }
      }
    }
  } finally {
    q.running = false;
  }
}
