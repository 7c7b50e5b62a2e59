// The read cache: rows of reads already answered, per store generation. An API request on a server
// with caching on (api/server.ts) runs its store reads through it; the same read at the same
// generation is then answered from memory. Reads are cached by query and parameters, and a read of
// several keys at once (Executor.runEachGrouped) key by key, so that who-met of one person and the
// meetings between that person and another share the rows of that person.
//
// Every committed write bumps the generation, and the first read after it sees the new generation and
// empties the cache. A read that was running while a write committed is not kept (it may show the
// state before the write). Only a store that knows its generation without a round trip (the
// embedded store, the only writer of its files) caches: on Neo4j, where other processes write, the
// generation would cost the round trip the cache saves (the response cache, api/cache.ts, serves it).
//
// Cached rows are frozen: a reader that changed one would change the answers of later requests.
// KG_READ_CACHE_ROWS bounds the rows held (default 100,000; least recently used go first).
import { readsCacheable } from "./abort.js";
import { isWrite, type Executor, type Params, type Row } from "./cypher-types.js";

export interface ReadCacheStats {
  hits: number;
  misses: number;
  rows: number;
}

export class ReadCache {
  private readonly entries = new Map<string, readonly Row[]>();
  private generation: number | undefined;
  readonly stats: ReadCacheStats = { hits: 0, misses: 0, rows: 0 };

  constructor(
    /** The store's generation when known without a round trip, else undefined (no caching). */
    private readonly currentGeneration: () => number | undefined,
    private readonly maxRows = Number(process.env.KG_READ_CACHE_ROWS ?? 100_000),
  ) {}

  /** The generation a cacheable read runs at (emptying the cache when it moved), or undefined. */
  at(query: string): number | undefined {
    if (this.maxRows <= 0 || isWrite(query) || !readsCacheable()) return undefined;
    const g = this.currentGeneration();
    if (g !== undefined && g !== this.generation) {
      this.clear();
      this.generation = g;
    }
    return g;
  }

  /** Forgets every cached read (the next ones go to the store). */
  clear(): void {
    this.entries.clear();
    this.stats.rows = 0;
  }

  get(key: string): readonly Row[] | undefined {
    const rows = this.entries.get(key);
    if (!rows) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, rows);
    return rows;
  }

  /** Keeps the rows of a read that ran at generation `g`, if the store is still there. */
  put(g: number, key: string, rows: Row[]): void {
    if (g !== this.generation || this.currentGeneration() !== g || this.entries.has(key)) return;
    for (const r of rows) Object.freeze(r);
    this.entries.set(key, Object.freeze(rows));
    this.stats.rows += rows.length;
    for (const [k, old] of this.entries) {
      if (this.stats.rows <= this.maxRows) break;
      this.entries.delete(k);
      this.stats.rows -= old.length;
    }
  }
}

const keyOf = (query: string, params: Params = {}) => `${query}\u0000${JSON.stringify(params)}`;

/** The executor, with its reads answered from `cache` where they may be. */
export function cachedReads(x: Executor, cache: ReadCache): Executor {
  const run = async (q: string, p?: Params) => {
    const g = cache.at(q);
    if (g === undefined) return x.run(q, p);
    const key = keyOf(q, p);
    const hit = cache.get(key);
    if (hit) return [...hit];
    const rows = await x.run(q, p);
    cache.put(g, key, rows);
    return [...rows];
  };
  const grouped = x.runEachGrouped?.bind(x);
  const runEachGrouped = grouped && (async (q: string, each: Params[]) => {
    const g = cache.at(q);
    if (g === undefined) return grouped(q, each);
    const keys = each.map((p) => keyOf(q, p));
    const out = keys.map((k) => cache.get(k));
    const missing = out.flatMap((rows, i) => (rows ? [] : [i]));
    if (missing.length) {
      const fetched = await grouped(q, missing.map((i) => each[i]));
      missing.forEach((i, j) => {
        out[i] = fetched[j];
        cache.put(g, keys[i], fetched[j]);
      });
    }
    return out.map((rows) => [...rows!]);
  });
  const runEach = x.runEach && (async (q: string, each: Params[]) => {
    if (runEachGrouped && cache.at(q) !== undefined) return (await runEachGrouped(q, each)).flat();
    return x.runEach!(q, each);
  });
  return { get roundTrips() { return x.roundTrips; }, run, runEach, runEachGrouped, transaction: (fn) => x.transaction(fn), close: () => x.close() };
}
