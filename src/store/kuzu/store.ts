// The embedded default store: Kuzu, a single-file in-process graph database (./data/graph.kuzu).
import { existsSync, rmSync, writeFileSync } from "node:fs";
import type { ResolvedArticle } from "../../model.js";
import type { WriteResult } from "../types.js";
import { BULK_WRITE, CypherStore } from "../cypher-store.js";
import { MemoryKeys } from "../coref-keys.js";
import { Journal, type JournalEntry } from "./journal.js";
import { KuzuExecutor } from "./executor.js";
import { ADMIN, ONE, Q, SCHEMA, SMALL } from "./cypher.js";
import { rebuildAfterKill, removeIncomplete } from "./recover.js";

export class KuzuStore extends CypherStore {
  private readonly marker: string;
  private readonly memoryKeys: MemoryKeys;
  private markedOpen = false;
  /** Small writes answered before their checkpoint (journal.ts). */
  private readonly journal: Journal;

  /**
   * Opens the store at `path`. After an unclean stop (the marker below is there) the database is first
   * rebuilt from its rows (recover.ts: Kuzu's own WAL replay after a kill is not safe), before anything
   * opens it.
   */
  static async open(path: string, log: (line: string) => void = (l) => console.error(l)): Promise<KuzuStore> {
    if (existsSync(`${path}.open`)) await rebuildAfterKill(path, log);
    const store = new KuzuStore(path);
    store.log = log;
    return store;
  }

  private log: (line: string) => void = (l) => console.error(l);

  constructor(path: string) {
    super("kuzu", new KuzuExecutor(path), { ...Q, small: SMALL, one: ONE }, SCHEMA);
    this.soleWriter = true; // the embedded store is opened by one process only
    this.corefKeys = this.memoryKeys = new MemoryKeys(this.Q); // (so its coreference keys can live in this process: coref-keys.ts)
    this.marker = `${path}.open`;
    this.journal = new Journal(`${path}.journal`);
  }

  /**
   * A marker file lives beside the database while a process has it open. Found at start, it means
   * the last process was killed: a kill can expose part of a transaction (recover.ts), so each article
   * is checked against its checksum and an incomplete one removed (a load writes it again, whole), and
   * meetings and agreements are derived again in full before anything is served.
   */
  override async init(): Promise<void> {
    const unclean = !this.markedOpen && existsSync(this.marker); // (init again on an open store: not a restart)
    writeFileSync(this.marker, `${process.pid}\n`);
    this.markedOpen = true;
    await super.init();
    if (unclean) await this.recover();
  }

  /** Reads the coreference keys now, in the background, rather than in the first write (coref-keys.ts; kg serve). */
  warm(): void {
    this.memoryKeys.warm((q, p) => this.x.run(q, p));
  }

  /** After an unclean stop: incomplete articles removed, everything derived again, journalled writes replayed. */
  private async recover(): Promise<void> {
    const report = await this.checkIntegrity();
    const incomplete = [...new Set(report.problems.map((p) => p.id).filter((id) => id.startsWith("article:")))];
    await removeIncomplete((fn) => this.x.transaction(fn), this.Q, incomplete);
    if (incomplete.length) this.log(`kg: ${incomplete.length} article(s) were stored incompletely before the unclean stop and were removed; load them again`);
    await this.rederive();
    // (after the derivation: each replayed write derives incrementally from a consistent state)
    await this.replayJournal();
    if (existsSync(this.journal.path) && this.Q.afterWrite) await this.x.run(this.Q.afterWrite); // the replayed writes are in the file after it
    this.journal.clear();
  }

  /** Writes again, in order, the small writes answered before the unclean stop whose checkpoint may not have ended. */
  private async replayJournal(): Promise<void> {
    const entries = this.journal.read();
    let written = 0;
    let removed = 0;
    for (const e of entries) {
      if (e.op === "write") written += (await super.writeArticles(e.articles)).written;
      else if (await super.removeArticle(e.id)) removed++;
    }
    if (entries.length) this.log(`kg: replayed ${entries.length} journalled write(s) answered before the unclean stop: ${written} article(s) written again, ${removed} removed again`);
  }

  /** A small write is journalled before it commits and until its checkpoint ends (journal.ts); a load's batch waits for its checkpoint. */
  override async writeArticles(articles: ResolvedArticle[]): Promise<WriteResult> {
    if (articles.length >= BULK_WRITE) return super.writeArticles(articles);
    return this.journalled({ op: "write", articles }, async () => {
      const r = await super.writeArticles(articles);
      return [r, r.written > 0];
    });
  }

  override async removeArticle(id: string): Promise<boolean> {
    return this.journalled({ op: "remove", id }, async () => {
      const removed = await super.removeArticle(id);
      return [removed, removed];
    });
  }

  /** Runs a write with its journal entry; the entry is forgotten when the write fails or changes nothing. */
  private async journalled<T>(entry: JournalEntry, write: () => Promise<[T, boolean]>): Promise<T> {
    const seq = this.journal.append(entry);
    try {
      const [out, changed] = await write();
      if (!changed) this.journal.forget(seq);
      return out;
    } catch (e) {
      this.journal.forget(seq);
      throw e;
    }
  }

  protected override checkpointQueued(): () => void {
    const upTo = this.journal.last;
    return () => this.journal.checkpointed(upTo);
  }

  /** Per article: its mentions and event reports (for the crash tests; as Neo4jStore.articleContents). */
  async articleContents(): Promise<Map<string, { mentions: number; reports: number }>> {
    const rows = await this.x.run(ADMIN.articleContents);
    return new Map(rows.map((r) => [String(r.id), { mentions: Number(r.mentions), reports: Number(r.reports) }]));
  }

  override async close(): Promise<void> {
    await super.close();
    this.journal.clear(); // (closed cleanly: Kuzu checkpointed on close)
    rmSync(this.marker, { force: true });
  }
}
