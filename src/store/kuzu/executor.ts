// KuzuExecutor: the one boundary to the embedded Kuzu database (after neo4j/graphql's Executor.ts).
// It owns the connections: one writer (writes and transactions, in call order) and a few readers
// (reads see the last commit, and run beside a load). Each connection runs one query at a time (a
// Kuzu connection is not safe for concurrent use), prepares and caches its statements, and closes
// every result (an unclosed result can crash the native binding at exit). Round trips are counted
// and database errors mapped to StoreError with a code.
import kuzu from "kuzu";
import { mkdirSync } from "node:fs";
import { totalmem } from "node:os";
import { dirname } from "node:path";

import { throwIfCancelled } from "../abort.js";
import { isWrite, type Executor, type Params, type Row } from "../cypher-types.js";
import { pointOf, pointParams } from "./point.js";

/** Largest SKIP or LIMIT sent to Kuzu (cursor offsets stop at a million; id lists take up to a million). */
const MAX_SKIP = 2_000_000;

export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: "STORE_QUERY_FAILED" | "STORE_UNAVAILABLE",
    readonly query?: string,
  ) {
    super(message);
  }
}

interface KuzuResult {
  getAllSync(): Row[];
  close(): void;
}
interface KuzuPrepared {
  isSuccess(): boolean;
  getErrorMessage(): string;
}
interface KuzuConnection {
  prepare(q: string): Promise<KuzuPrepared>;
  execute(ps: KuzuPrepared, params: Params): Promise<KuzuResult | KuzuResult[]>;
  query(q: string): Promise<KuzuResult | KuzuResult[]>;
  close(): Promise<void>;
  setQueryTimeout(ms: number): void;
}
interface KuzuDatabase {
  close(): Promise<void>;
}

/** One connection with its queue: a Kuzu connection runs one query at a time. */
class Lane {
  private readonly prepared = new Map<string, KuzuPrepared>();
  private tail: Promise<unknown> = Promise.resolve();
  pending = 0;

  constructor(
    readonly conn: KuzuConnection,
    private readonly count: () => void,
    /** Run short UNWIND lists as point lookups (point.ts): the writer, whose lookups must not grow with the store. */
    private readonly points = false,
  ) {}

  /** Runs `work` after everything queued on this lane, with this lane's `exec`. */
  enqueue<T>(work: (exec: (q: string, p: Params, sameTrip?: boolean) => Promise<Row[]>) => Promise<T>): Promise<T> {
    this.pending++;
    const next = this.tail.then(() => work((q, p, sameTrip) => this.exec(q, p, sameTrip)));
    this.tail = next.catch(() => undefined);
    return next.finally(() => this.pending--);
  }

  async drain(): Promise<void> {
    await this.tail;
  }

  /** `sameTrip`: a further query of one runEach call, not counted as another round trip. */
  private async exec(query: string, params: Params, sameTrip = false): Promise<Row[]> {
    if (!isWrite(query)) throwIfCancelled(); // its request may have timed out while this read waited its turn
    if (!sameTrip) this.count();
    const point = this.points ? pointOf(query) : undefined;
    const list = point && params[point.list];
    if (point && Array.isArray(list) && list.length > 0 && list.length <= point.max) {
      const rows: Row[] = [];
      for (const element of list) rows.push(...(await this.execOne(point.query, pointParams(point, element, params))));
      if (!point.distinct) return rows;
      const seen = new Set<string>();
      return rows.filter((r) => {
        const k = JSON.stringify(Object.values(r));
        return !seen.has(k) && !!seen.add(k);
      });
    }
    return this.execOne(query, params);
  }

  private async execOne(query: string, params: Params): Promise<Row[]> {
    let result: KuzuResult | KuzuResult[];
    try {
      if (Object.keys(params).length === 0) {
        result = await this.conn.query(query);
      } else {
        let ps = this.prepared.get(query);
        if (!ps) {
          ps = await this.conn.prepare(query);
          if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
          this.prepared.set(query, ps);
        }
        result = await this.conn.execute(ps, params);
      }
    } catch (e) {
      throw new StoreError(`Kuzu query failed: ${(e as Error).message}`, "STORE_QUERY_FAILED", query);
    }
    const results = Array.isArray(result) ? result : [result];
    try {
      // the result is already computed; getAll() would cross to a worker thread once per ROW
      // (tens of microseconds each), getAllSync() reads the rows in one go
      return results[results.length - 1].getAllSync();
    } finally {
      for (const r of results) r.close();
    }
  }
}

/**
 * Kuzu's page cache in MB: KG_KUZU_BUFFER_MB, else half of the machine's memory (Kuzu's own default is 80%). With
 * 512 MB, `kg load` of the bench's 100k corpus died with SIGSEGV in a checkpoint once the database file passed
 * about 1.7 GB (three runs, at the same point); with 2 GB it went on past it. Pages are taken as they are used.
 */
export function defaultBufferMB(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.KG_KUZU_BUFFER_MB) || Math.max(512, Math.floor(totalmem() / 2 / 2 ** 20));
}

export class KuzuExecutor implements Executor {
  private readonly db: KuzuDatabase;
  /** Writes and transactions, in call order. */
  private readonly writer: Lane;
  /** Reads, spread over a few connections: Kuzu reads concurrently, each from the last commit. */
  private readonly readers: Lane[];
  roundTrips = 0;

  /**
   * `bufferMB`: Kuzu's page cache (defaultBufferMB; KG_KUZU_BUFFER_MB overrides it).
   * `readers`: read connections (KG_KUZU_READERS, default 2).
   */
  constructor(path: string, bufferMB = defaultBufferMB(), readers = Number(process.env.KG_KUZU_READERS) || 2) {
    mkdirSync(dirname(path), { recursive: true });
    const count = () => void this.roundTrips++;
    try {
      this.db = new kuzu.Database(path, bufferMB * 2 ** 20) as unknown as KuzuDatabase;
      const connect = (points = false) => new Lane(new kuzu.Connection(this.db as never) as unknown as KuzuConnection, count, points);
      this.writer = connect(true);
      this.readers = Array.from({ length: Math.max(1, readers) }, () => connect());
      // a read that runs longer than a request may is interrupted by Kuzu itself (KG_KUZU_QUERY_TIMEOUT_MS)
      for (const r of this.readers) r.conn.setQueryTimeout(Number(process.env.KG_KUZU_QUERY_TIMEOUT_MS) || 15_000);
    } catch (e) {
      throw new StoreError(`cannot open the Kuzu database at ${path}: ${(e as Error).message}`, "STORE_UNAVAILABLE");
    }
  }

  /** Runs one parameterised query and returns its rows: a read on the least busy reader, a write on the writer. */
  run(query: string, params: Params = {}): Promise<Row[]> {
    // the last guard before the native binding: a SKIP/LIMIT that is not a small non-negative
    // integer never reaches Kuzu (a huge ORDER BY … SKIP crashes 0.11.3, README "Reliability")
    for (const k of ["skip", "limit"]) {
      const v = params[k];
      if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SKIP)) {
        return Promise.reject(new StoreError(`refused ${k} = ${String(v)}: must be an integer from 0 to ${MAX_SKIP}`, "STORE_QUERY_FAILED", query));
      }
    }
    if (/^\s*CHECKPOINT\s*$/i.test(query)) return this.writer.enqueue((exec) => this.alone(() => exec(query, params)));
    if (isWrite(query)) return this.writer.enqueue((exec) => exec(query, params));
    return this.afterCheckpoint(() => this.leastBusy().enqueue((exec) => exec(query, params)));
  }

  /** The reader with the least work queued. */
  private leastBusy(): Lane {
    return this.readers.reduce((a, b) => (b.pending < a.pending ? b : a));
  }

  /** A checkpoint running now: reads start after it (checkpoint-alone). */
  private checkpointing?: Promise<void>;

  private afterCheckpoint<T>(read: () => Promise<T>): Promise<T> {
    return this.checkpointing ? this.checkpointing.then(read) : read();
  }

  /**
   * Runs a checkpoint with no read beside it: it waits for the reads already queued, and reads asked for meanwhile
   * wait for it. In Kuzu 0.11.3 a read that overlaps a CHECKPOINT stalls both for about 6 s (measured: reads beside
   * one-article ingests into a 3k store, p99 0.6 s, max 5.9 s); a checkpoint alone takes 0.2–0.4 s there.
   */
  private async alone<T>(checkpoint: () => Promise<T>): Promise<T> {
    let done!: () => void;
    this.checkpointing = new Promise<void>((ok) => (done = ok));
    try {
      await Promise.all(this.readers.map((l) => l.drain()));
      return await checkpoint();
    } finally {
      this.checkpointing = undefined;
      done();
    }
  }

  /** Runs one read once per parameter set, back to back on the least busy reader (one round trip). */
  async runEach(query: string, each: Params[]): Promise<Row[]> {
    return (await this.runEachGrouped(query, each)).flat();
  }

  /** runEach, with the rows of each parameter set apart. */
  runEachGrouped(query: string, each: Params[]): Promise<Row[][]> {
    return this.afterCheckpoint(() =>
      this.leastBusy().enqueue(async (exec) => {
        const out: Row[][] = [];
        for (const [i, params] of each.entries()) out.push(await exec(query, params, i > 0));
        return out;
      }),
    );
  }

  /** Runs `fn` inside one transaction (BEGIN … COMMIT, ROLLBACK on error) on the writer. */
  transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.writer.enqueue(async (exec) => {
      await exec("BEGIN TRANSACTION", {});
      let out: T;
      try {
        out = await fn((q, p = {}) => exec(q, p));
      } catch (e) {
        await exec("ROLLBACK", {}).catch(() => undefined);
        throw e;
      }
      try {
        await exec("COMMIT", {});
        return out;
      } catch (e) {
        // Kuzu checkpoints on COMMIT when its WAL is large, and gives up when readers hold
        // transactions open: the transaction is committed (in the WAL), only the checkpoint failed
        if (/before checkpointing/i.test((e as Error).message)) return out;
        await exec("ROLLBACK", {}).catch(() => undefined);
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.writer, ...this.readers].map((l) => l.drain()));
    for (const l of [this.writer, ...this.readers]) await l.conn.close();
    await this.db.close();
  }
}
