// KuzuExecutor: the one boundary to the embedded Kuzu database (after neo4j/graphql's Executor.ts).
// It owns the connection, prepares and caches statements, runs one query at a time (a Kuzu
// connection is not safe for concurrent use), closes every result (an unclosed result can crash the
// native binding at exit), counts round trips, and maps database errors to StoreError with a code.
import kuzu from "kuzu";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

import type { Executor, Params, Row } from "../cypher-store.js";

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
}
interface KuzuDatabase {
  close(): Promise<void>;
}

export class KuzuExecutor implements Executor {
  private readonly db: KuzuDatabase;
  private readonly conn: KuzuConnection;
  private readonly prepared = new Map<string, KuzuPrepared>();
  private queue: Promise<unknown> = Promise.resolve();
  roundTrips = 0;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new kuzu.Database(path) as unknown as KuzuDatabase;
      this.conn = new kuzu.Connection(this.db as never) as unknown as KuzuConnection;
    } catch (e) {
      throw new StoreError(`cannot open the Kuzu database at ${path}: ${(e as Error).message}`, "STORE_UNAVAILABLE");
    }
  }

  /** Runs one parameterised query and returns its rows. Queries run one at a time, in call order. */
  run(query: string, params: Params = {}): Promise<Row[]> {
    const next = this.queue.then(() => this.exec(query, params));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs `fn` inside one transaction (BEGIN … COMMIT, ROLLBACK on error), holding the queue. */
  transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      await this.exec("BEGIN TRANSACTION", {});
      try {
        const out = await fn((q, p = {}) => this.exec(q, p));
        await this.exec("COMMIT", {});
        return out;
      } catch (e) {
        await this.exec("ROLLBACK", {}).catch(() => undefined);
        throw e;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async exec(query: string, params: Params): Promise<Row[]> {
    this.roundTrips++;
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

  async close(): Promise<void> {
    await this.queue;
    await this.conn.close();
    await this.db.close();
  }
}
