// Recovery of the embedded store after an unclean stop (a kill, a power cut). Kuzu 0.11.3's own recovery
// (replaying its WAL) is not safe after a SIGKILL during a commit or a checkpoint. Reproduced with Kuzu
// alone (no code of ours: batches of COPY/CREATE in BEGIN … COMMIT, each followed by CHECKPOINT, the
// process killed at random), it leaves one of:
//   - a WAL whose replay fails, so the database cannot be opened ("Found duplicated primary key value");
//   - primary keys in the hash index with no row behind them: MATCH by the key finds nothing, yet CREATE,
//     COPY and MERGE of that key fail with "duplicated primary key" (the write path's look-up is right that
//     the row is missing; the index is wrong);
//   - part of a transaction visible: e.g. a batch's 500 Article rows without their mentions.
// So after an unclean stop the store is rebuilt before anything else opens it: the rows Kuzu shows are
// exported and imported into a new file, which rebuilds every index from the rows (rebuildAfterKill);
// then each article is checked against the checksum written with it, and an incomplete one is removed so
// that loading it again writes it whole (removeIncomplete). Meetings and agreements are then derived
// again in full (KuzuStore.init). 3,000 articles: export 0.5 s, import 1.7 s.
import kuzu from "kuzu";
import { existsSync, renameSync, rmSync } from "node:fs";
import { defaultBufferMB, StoreError } from "./executor.js";
import type { Queries, Row } from "../cypher-store.js";
import { ADMIN } from "./cypher.js";

type Run = (q: string, p?: Record<string, unknown>) => Promise<Row[]>;

interface Conn {
  query(q: string): Promise<{ getAllSync(): Row[]; close(): void } | Array<{ getAllSync(): Row[]; close(): void }>>;
  close(): Promise<void>;
}
interface Db {
  close(): Promise<void>;
}

async function withDb<T>(path: string, fn: (q: (s: string) => Promise<Row[]>) => Promise<T>): Promise<T> {
  const db = new kuzu.Database(path, defaultBufferMB() * 2 ** 20) as unknown as Db;
  const conn = new kuzu.Connection(db as never) as unknown as Conn;
  try {
    return await fn(async (s) => {
      const r = await conn.query(s);
      const rs = Array.isArray(r) ? r : [r];
      try {
        return rs[rs.length - 1].getAllSync();
      } finally {
        for (const x of rs) x.close();
      }
    });
  } finally {
    await conn.close().catch(() => undefined);
    await db.close().catch(() => undefined);
  }
}

/**
 * Rebuilds the database at `path` from the rows it shows (EXPORT DATABASE, then IMPORT DATABASE into a
 * new file that replaces it). A WAL that cannot be replayed is dropped first: what it held is either in
 * the file already (the replay failed on keys that exist) or lost, and a resumed load writes it again.
 * Each step can be killed: the `.open` marker stays until the store is closed cleanly, so the next start
 * does it again from the old file, which stays in place until the new one is complete.
 */
export async function rebuildAfterKill(path: string, log: (line: string) => void): Promise<void> {
  if (!existsSync(path)) return;
  const exportDir = `${path}.export`;
  const fresh = `${path}.rebuild`;
  for (const p of [exportDir, fresh, `${fresh}.wal`]) rmSync(p, { recursive: true, force: true });
  const wal = `${path}.wal`;
  const t0 = Date.now();
  const exportAll = () => withDb(path, (q) => q(`EXPORT DATABASE '${exportDir.replaceAll("'", "\\'")}' (format="parquet")`));
  try {
    await exportAll();
  } catch (e) {
    // another process has it open (Kuzu locks the file; its marker is that process's): not ours to
    // rebuild, and the lock error goes on as it is (kg load then hands its articles to a running kg serve)
    if (/Could not set lock on file/i.test((e as Error).message)) throw e;
    if (!existsSync(wal)) throw new StoreError(`the Kuzu database at ${path} cannot be read after an unclean stop: ${(e as Error).message}`, "STORE_UNAVAILABLE");
    log(`kg: the store's write-ahead log could not be replayed after an unclean stop (${(e as Error).message}); it was dropped, and writes since the last checkpoint must be loaded again`);
    rmSync(wal, { force: true });
    rmSync(exportDir, { recursive: true, force: true });
    try {
      await exportAll();
    } catch (e2) {
      throw new StoreError(`the Kuzu database at ${path} cannot be read after an unclean stop: ${(e2 as Error).message}`, "STORE_UNAVAILABLE");
    }
  }
  await withDb(fresh, (q) => q(`IMPORT DATABASE '${exportDir.replaceAll("'", "\\'")}'`));
  rmSync(`${fresh}.wal`, { force: true }); // (closed cleanly: none; a stray WAL must never meet another file)
  rmSync(wal, { force: true });
  renameSync(fresh, path);
  rmSync(exportDir, { recursive: true, force: true });
  log(`kg: the store was not closed cleanly; rebuilt it from its rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * Removes, in one transaction, the articles whose stored rows do not match the checksum written with
 * them (a kill exposed part of their transaction), with everything written for them, and the mentions,
 * claims and reports linked to no article; a load of the same articles writes them again, whole.
 */
export async function removeIncomplete(transaction: (fn: (run: Run) => Promise<void>) => Promise<void>, Q: Queries, ids: string[]): Promise<void> {
  await transaction(async (run) => {
    for (const id of ids) for (const q of [Q.removeMentions, Q.removeClaims, Q.removeEventReports, Q.removeAgreementReports, Q.removeArticle]) await run(q, { id });
    // and rows whose link to their article was lost (a report left behind would be derived into a meeting)
    for (const q of ADMIN.orphans) await run(q);
    // People, places and organisations stay: one no mention refers to is not a sign of a kill (an article's
    // source agency, say), and the load that writes the removed articles again finds them and adds none twice
  });
}
