// The embedded default store: Kuzu, a single-file in-process graph database (./data/graph.kuzu).
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { CypherStore } from "../cypher-store.js";
import { KuzuExecutor } from "./executor.js";
import { ADMIN, ONE, Q, SCHEMA, SMALL } from "./cypher.js";
import { rebuildAfterKill, removeIncomplete } from "./recover.js";

export class KuzuStore extends CypherStore {
  private readonly marker: string;
  private markedOpen = false;

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
    this.marker = `${path}.open`;
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
    if (!unclean) return;
    const report = await this.checkIntegrity();
    const incomplete = [...new Set(report.problems.map((p) => p.id).filter((id) => id.startsWith("article:")))];
    await removeIncomplete((fn) => this.x.transaction(fn), this.Q, incomplete);
    if (incomplete.length) this.log(`kg: ${incomplete.length} article(s) were stored incompletely before the unclean stop and were removed; load them again`);
    await this.rederive();
  }

  /** Per article: its mentions and event reports (for the crash tests; as Neo4jStore.articleContents). */
  async articleContents(): Promise<Map<string, { mentions: number; reports: number }>> {
    const rows = await this.x.run(ADMIN.articleContents);
    return new Map(rows.map((r) => [String(r.id), { mentions: Number(r.mentions), reports: Number(r.reports) }]));
  }

  override async close(): Promise<void> {
    await super.close();
    rmSync(this.marker, { force: true });
  }
}
