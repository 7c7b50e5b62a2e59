// Shared pieces of the reliability harness: temp dirs that are always removed after the file's tests, and
// the moments the kill tests kill a loader at.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dirs: string[] = [];

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `kg-rel-${prefix}-`));
  dirs.push(d);
  return d;
}

export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** True from `ms` after its creation. */
export const afterMs = (ms: number) => {
  const t0 = Date.now();
  return () => Date.now() - t0 > ms;
};

/**
 * True `delayMs` after a large commit is seen in Kuzu's log file (100 KB or more: a batch of articles, or
 * the re-derivation after a kill; the small commits of start-up stay far below), or after that commit's
 * checkpoint has emptied or removed the file.
 */
export function walTrigger(wal: string, on: "commit" | "checkpoint", delayMs: number): () => boolean {
  let committed = false;
  let at: number | undefined;
  return () => {
    if (at === undefined) {
      const size = existsSync(wal) ? statSync(wal).size : 0;
      if (size >= 100_000) committed = true;
      if (on === "commit" ? committed : committed && size === 0) at = Date.now();
    }
    return at !== undefined && Date.now() - at >= delayMs;
  };
}
