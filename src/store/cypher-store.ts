// CypherStore: the GraphStore logic shared by both adapters. An adapter gives it an executor (its one
// boundary to the database: sessions, transactions, error mapping, round-trip count) and its named
// Cypher strings (store/kuzu/cypher.ts, store/neo4j/cypher.ts); everything else is the same.
// Split by job: this file is the lifecycle (schema, generation, commits, checkpoints) and the write
// entry points; cypher-writes.ts writes, cypher-reads.ts reads by id, cypher-lists.ts lists and searches.
import type { DerivedEvents, ResolvedArticle } from "../model.js";
import type { GraphStore, WriteResult } from "./types.js";
import { bumpGeneration, DERIVATION_VERSION, readMeta, rederiveAll, replaceAll } from "./derived.js";
import { throwIfCancelled } from "./abort.js";
import { isWrite, type Executor, type Params, type Queries, type Row } from "./cypher-types.js";
import { CypherNested } from "./cypher-nested.js";
import { num, str } from "./rows.js";
import { removeOne, writeBatch } from "./cypher-writes.js";
import { StoredKeys, type CorefKeys } from "./coref-keys.js";
import { cachedReads, ReadCache } from "./read-cache.js";

/** Checkpoints tried again, one a second, after one failed (the next commit starts again). */
const CHECKPOINT_TRIES = 60;
/** A write of this many articles or more (a load's batch) is answered after its checkpoint; a smaller one before it. */
export const BULK_WRITE = 50;
/** A small write's checkpoint waits this long for the next small write, which then shares it (at most COALESCE_WRITES). */
const COALESCE_MS = 500;
const COALESCE_WRITES = 32;

export { isWrite, LABEL, type EntityLabel, type Executor, type Params, type Queries, type Row } from "./cypher-types.js";

/** The executor, except that a cancelled request (abort.ts) starts no further read; writes always finish (or roll back) whole. */
function cancellable(x: Executor): Executor {
  const run = (q: string, p?: Params) => {
    if (!isWrite(q)) throwIfCancelled();
    return x.run(q, p);
  };
  const runEach = x.runEach && ((q: string, each: Params[]) => {
    throwIfCancelled();
    return x.runEach!(q, each);
  });
  const runEachGrouped = x.runEachGrouped && ((q: string, each: Params[]) => {
    throwIfCancelled();
    return x.runEachGrouped!(q, each);
  });
  // (every optional method passes through: without runEach, Kuzu's reads by key fell back to table scans)
  return { get roundTrips() { return x.roundTrips; }, run, runEach, runEachGrouped, transaction: (fn) => x.transaction(fn), close: () => x.close() };
}

export class CypherStore extends CypherNested implements GraphStore {
  /** Rows of reads already answered at this generation (read-cache.ts), for requests that may use them. */
  readonly readCache: ReadCache;

  constructor(
    readonly kind: string,
    x: Executor,
    Q: Queries,
    private readonly schema: string[],
  ) {
    const self: { store?: CypherStore } = {};
    const cache = new ReadCache(() => self.store?.generationWithoutRoundTrip());
    super(cancellable(cachedReads(x, cache)), Q);
    self.store = this;
    this.readCache = cache;
  }

  protected override generationWithoutRoundTrip(): number | undefined {
    return this.soleWriter ? this.knownGeneration : undefined;
  }

  get roundTrips(): number {
    return this.x.roundTrips;
  }

  async init(): Promise<void> {
    for (const ddl of this.schema) await this.x.run(ddl);
    // a store derived by other rules (or before keys existed), or never derived: derive it in full now
    const meta = await this.x.transaction((run) => readMeta(run, this.Q));
    // the embedded store knows its generation from here on (no read per request; writes keep it current)
    if (this.soleWriter && this.knownGeneration === undefined) this.knownGeneration = meta.generation;
    if (meta.derived !== DERIVATION_VERSION) await this.rederive();
    if (this.Q.placesApart && this.soleWriter) await this.places.refresh();
  }

  /**
   * The generation: read from the store (so API replicas on one Neo4j agree), except on an embedded
   * store, whose only writer is this process: there it is the value its own last commit wrote.
   */
  async generation(): Promise<number> {
    if (this.soleWriter && this.knownGeneration !== undefined) return this.knownGeneration;
    const g = (await readMeta((q, p) => this.x.run(q, p), this.Q)).generation;
    if (this.soleWriter) this.knownGeneration = g;
    return g;
  }

  /** True when no other process writes to this store (the embedded one). */
  protected soleWriter = false;
  /** Where the coreference keys live (coref-keys.ts): in the graph, unless the adapter holds them. */
  protected corefKeys: CorefKeys = new StoredKeys(this.Q);
  private knownGeneration?: number;
  /** Runs a writing transaction that bumps the generation, and records the new one once committed. */
  private async writing<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>, bump: () => Promise<void>) => Promise<T>, refiling = false): Promise<T> {
    let g: number | undefined;
    let out: T;
    try {
      out = await this.x.transaction(async (run) => {
        await this.corefKeys.begin(run, refiling);
        return fn(run, async () => void (g = await bumpGeneration(run, this.Q)));
      });
    } catch (e) {
      this.corefKeys.end(false);
      throw e;
    }
    this.corefKeys.end(true);
    if (g !== undefined && this.soleWriter) {
      this.knownGeneration = g;
      // so that requests find the places of this commit without reading them (places.ts). Read now, before this
      // write's checkpoint is queued: a Kuzu read that overlaps a CHECKPOINT stalls both for about 6 s.
      if (this.Q.placesApart) await this.places.refresh();
    }
    return out;
  }

  async rederive(): Promise<{ meetings: number; agreements: number }> {
    const d = await this.writing(async (run, bump) => {
      await bump();
      return rederiveAll(run, this.Q, this.corefKeys);
    }, true);
    await this.afterCommit(Infinity);
    return { meetings: d.meetings.filter((m) => m.kind === "meeting").length, agreements: d.agreements.length };
  }

  async derivedCounts(): Promise<{ meetings: number; agreements: number }> {
    const [m] = await this.x.run(this.Q.countMeetings);
    const [g] = await this.x.run(this.Q.countLabel("Agreement"));
    return { meetings: num(m?.n), agreements: num(g?.n) };
  }

  async close(): Promise<void> {
    clearTimeout(this.pendingCheckpoint);
    this.closed = true;
    return this.x.close();
  }

  private pendingCheckpoint?: NodeJS.Timeout;
  private closed = false;

  /**
   * After a commit: the adapter's afterWrite (Kuzu: CHECKPOINT). Kuzu 0.11.3 cannot always replay its WAL after a
   * kill ("duplicated primary key value", even for a WAL no checkpoint had touched: README "Reliability"), and the
   * recovery then drops it, so what is only in the WAL can be lost. A bulk batch (a load) starts its checkpoint at
   * once and waits for it. A small write is answered first (a checkpoint costs 0.3–1 s after a one-article write
   * into a 5k–20k store, several times the write), and its checkpoint is shared with the small writes that follow
   * within COALESCE_MS, so that a run of ingests does not queue each write behind the last one's checkpoint. The Kuzu
   * store journals such a write until its checkpoint ends (kuzu/journal.ts), so a kill in between loses nothing.
   */
  private async afterCommit(articles: number): Promise<void> {
    const q = this.Q.afterWrite;
    if (!q) return;
    clearTimeout(this.pendingCheckpoint);
    // Kuzu gives up a checkpoint while readers keep transactions open: it is tried again every second. A failure
    // must not make a committed write look failed (the loader would then count stored articles as unchanged).
    const checkpoint = () => {
      this.smallSinceCheckpoint = 0;
      const done = this.checkpointQueued();
      return this.x.run(q).then(done);
    };
    const retry = (tries: number) => {
      this.pendingCheckpoint = setTimeout(() => {
        if (!this.closed) checkpoint().catch(() => tries > 1 && !this.closed && retry(tries - 1));
      }, 1000);
      this.pendingCheckpoint.unref();
    };
    const now = () => checkpoint().catch(() => retry(CHECKPOINT_TRIES));
    if (articles >= BULK_WRITE) return void (await now());
    // small writes that come in a run (a feed, ingests one after another) share one checkpoint, taken when the run
    // pauses or every COALESCE_WRITES writes: the next write does not queue behind this one's checkpoint
    if (++this.smallSinceCheckpoint >= COALESCE_WRITES) return void now();
    this.pendingCheckpoint = setTimeout(() => !this.closed && now(), COALESCE_MS);
    this.pendingCheckpoint.unref();
  }

  /** Small writes committed since the last checkpoint was queued. */
  private smallSinceCheckpoint = 0;

  /** Takes now the checkpoint small writes are waiting for, if any, and waits for it (tests; a bench before timing reads). */
  async flush(): Promise<void> {
    if (!this.smallSinceCheckpoint || !this.Q.afterWrite) return;
    await this.afterCommit(Infinity);
  }

  /**
   * Called as a checkpoint is queued behind the writes before it; what it returns is called once that checkpoint
   * succeeded (the Kuzu store drops the journal entries it made durable: kuzu/journal.ts).
   */
  protected checkpointQueued(): () => void {
    return () => undefined;
  }

  // ------------------------------------------------------------------ writes

  async existingArticles(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.x.run(this.Q.existingArticles, { ids });
    return new Set(rows.map((r) => str(r.id)));
  }

  writeArticle(article: ResolvedArticle): Promise<WriteResult> {
    return this.writeArticles([article]);
  }

  async writeArticles(articles: ResolvedArticle[]): Promise<WriteResult> {
    const result: WriteResult = { written: 0, writtenIds: [], derivedReports: 0, deriveMs: 0 };
    await this.writing((run, bump) => writeBatch(run, this.Q, this.corefKeys, bump, articles, result));
    if (result.written) await this.afterCommit(result.written);
    return result;
  }

  async removeArticle(id: string): Promise<boolean> {
    const removed = await this.writing((run, bump) => removeOne(run, this.Q, this.corefKeys, bump, id));
    if (removed) await this.afterCommit(1);
    return removed;
  }

  async replaceDerived(d: DerivedEvents): Promise<void> {
    await this.writing(async (run, bump) => {
      await replaceAll(run, this.Q, d);
      await bump();
    });
  }
}
