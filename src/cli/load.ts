// kg load: into the store directly, or, when a running `kg serve` holds the embedded store, through that
// server's control socket (the same progress and summary; its readers see the facts when the load commits).
import { existsSync } from "node:fs";
import type { Socket } from "node:net";
import { readSources } from "../ingest/index.js";
import { loadAndReport, type LoadReport } from "../load-report.js";
import { controlSocketPath } from "../api/control-socket.js";
import { connectControl, loadThroughServer } from "./control.js";
import { CliError, isStoreLocked } from "./errors.js";
import { formatSummary, progressReporter } from "./progress.js";

/** Every PATH must exist (or be - for stdin): a typo is one line before anything is opened. */
export function checkPaths(paths: string[]): void {
  if (!paths.length) throw new CliError("kg load needs at least one PATH", "give .txt/.jsonl files, directories, or - for stdin (see kg load --help)");
  for (const p of paths) if (p !== "-" && !existsSync(p)) throw new CliError(`no such file or directory: ${p}`, "check the path (kg load takes .txt/.jsonl files, directories, or - for stdin)");
}

export async function runLoad(dataDir: string, paths: string[]): Promise<number> {
  checkPaths(paths);
  const progress = progressReporter();
  const report = await loadDirectOrThroughServer(dataDir, paths, progress.tick);
  progress.done();
  console.log(formatSummary(report.report, report.where));
  return report.report.failed > 0 ? 2 : 0;
}

type Tick = (p: { read: number; failed: number }) => void;

async function loadDirectOrThroughServer(dataDir: string, paths: string[], tick: Tick): Promise<{ report: LoadReport; where?: string }> {
  const embedded = !process.env.NEO4J_URI; // Neo4j takes writers from many processes: no hand-over needed
  const through = async (socket: Socket) => ({ report: await loadThroughServer(socket, readSources(paths), tick), where: `the running kg serve, through ${controlSocketPath(dataDir)}` });
  const server = embedded ? await connectControl(dataDir) : null;
  if (server) return through(server);
  const { openStore } = await import("../store/index.js");
  let store;
  try {
    store = await openStore({ dataDir });
  } catch (e) {
    if (!embedded || !isStoreLocked(e)) throw e;
    const late = await connectControl(dataDir); // a server that started a moment ago
    if (late) return through(late);
    throw new CliError(
      `the store in ${dataDir} is locked by another process, and no kg serve answers on ${controlSocketPath(dataDir)}`,
      "stop that process (or restart it as kg serve, which accepts loads), or point --data (KG_DATA) at another directory",
    );
  }
  try {
    return { report: await loadAndReport(store, readSources(paths), { onProgress: tick }) };
  } finally {
    await store.close();
  }
}
