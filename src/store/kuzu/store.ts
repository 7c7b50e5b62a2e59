// The embedded default store: Kuzu, a single-file in-process graph database (./data/graph.kuzu).
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { CypherStore } from "../cypher-store.js";
import { KuzuExecutor } from "./executor.js";
import { Q, SCHEMA, SMALL } from "./cypher.js";

export class KuzuStore extends CypherStore {
  private readonly marker: string;
  private markedOpen = false;

  constructor(path: string) {
    super("kuzu", new KuzuExecutor(path), { ...Q, small: SMALL }, SCHEMA);
    this.soleWriter = true; // the embedded store is opened by one process only
    this.marker = `${path}.open`;
  }

  /**
   * A marker file lives beside the database while a process has it open. Found at start, it means
   * the last process was killed: Kuzu then replays its WAL, and after SIGKILLs mid-load we have seen
   * derived agreements come back that the replayed transactions had deleted. So after an unclean
   * stop, meetings and agreements are derived again in full before anything is served.
   */
  override async init(): Promise<void> {
    const unclean = !this.markedOpen && existsSync(this.marker); // (init again on an open store: not a restart)
    writeFileSync(this.marker, `${process.pid}\n`);
    this.markedOpen = true;
    await super.init();
    if (unclean) await this.rederive();
  }

  override async close(): Promise<void> {
    await super.close();
    rmSync(this.marker, { force: true });
  }
}
