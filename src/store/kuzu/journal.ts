// The journal of small writes answered before their checkpoint (graph.kuzu.journal, one JSON line per write).
//
// A small write (an ingestArticle, a removal, a short load handed to a running server) is answered once it is
// committed, and its checkpoint runs after the answer (cypher-store.ts afterCommit). Until that checkpoint ends the
// write lives only in Kuzu's WAL, and Kuzu 0.11.3 cannot always replay its WAL after a kill: the recovery
// (recover.ts) then drops it. So each small write is first appended here and flushed to disk, and the entries a
// checkpoint has made durable are dropped when it succeeds. After an unclean stop, the store replays what is left,
// in order, once its rows have been rebuilt (store.ts init). Replaying is safe twice over: an article already stored
// is skipped, and removing an absent one does nothing.
//
// A write killed before its commit may be replayed although it was never answered: it was in flight, and its
// client saw no answer (at least once, never lost once acknowledged).
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import type { ResolvedArticle } from "../../model.js";

export type JournalEntry = { op: "write"; articles: ResolvedArticle[] } | { op: "remove"; id: string };

interface Line {
  seq: number;
  entry: JournalEntry;
}

export class Journal {
  /** Entries not yet made durable by a checkpoint, in write order. */
  private open: Line[] = [];
  private seq = 0;

  constructor(readonly path: string) {}

  /** The entries a previous process left (a torn last line, cut by a kill during its append, was never committed). */
  read(): JournalEntry[] {
    if (!existsSync(this.path)) return [];
    const out: JournalEntry[] = [];
    for (const line of readFileSync(this.path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        out.push((JSON.parse(line) as Line).entry);
      } catch {
        break;
      }
    }
    return out;
  }

  /** Appends an entry and flushes it to disk before the write it records is committed; returns its number. */
  append(entry: JournalEntry): number {
    const line: Line = { seq: ++this.seq, entry };
    const fd = openSync(this.path, "a");
    try {
      writeSync(fd, `${JSON.stringify(line)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.open.push(line);
    return line.seq;
  }

  /** The last entry appended so far: a checkpoint queued now comes after the writes of all entries up to it. */
  get last(): number {
    return this.seq;
  }

  /** An entry whose write did not commit (it failed, or wrote nothing): it must not be replayed. */
  forget(seq: number): void {
    this.keep((l) => l.seq !== seq);
  }

  /** A checkpoint queued after entry `upTo` succeeded: the entries up to it are in the database file. */
  checkpointed(upTo: number): void {
    this.keep((l) => l.seq > upTo);
  }

  /** Drops every entry (after a replay made them durable, or a clean close). */
  clear(): void {
    this.open = [];
    rmSync(this.path, { force: true });
  }

  private keep(pred: (l: Line) => boolean): void {
    const before = this.open.length;
    this.open = this.open.filter(pred);
    if (this.open.length === before) return;
    if (!this.open.length) return void rmSync(this.path, { force: true });
    // rewritten whole and renamed over the old one: a kill leaves either file, never half of one
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, this.open.map((l) => `${JSON.stringify(l)}\n`).join(""));
    const fd = openSync(tmp, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}
