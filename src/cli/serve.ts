// kg serve: check the port, open the store, start the control socket (kg load hands articles to it),
// load PATHs if given, serve the API with the playground until a signal.
import { createServer } from "node:net";
import { readSources } from "../ingest/index.js";
import { loadAndReport, serialQueue } from "../load-report.js";
import { ingestArticle } from "../pipeline.js";
import { openStore } from "../store/index.js";
import { startHttp } from "../api/server.js";
import { startControlSocket, type ControlSocket } from "../api/control-socket.js";
import { CliError } from "./errors.js";
import { formatSummary, progressReporter } from "./progress.js";
import { startupCheck } from "./check.js";
import type { GraphStore } from "../store/types.js";

export interface ServeOptions {
  dataDir: string;
  port: number;
  host: string;
  load: string[];
}

/** Fails, in one line, when host:port cannot be listened on: before anything is loaded. */
export async function checkPort(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((ok, fail) => {
    const probe = createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      fail(e.code === "EADDRINUSE" ? new CliError(`port ${port} on ${host} is already in use`, "stop what listens there (another kg serve?), or choose another --port (PORT)") : new CliError(`cannot listen on ${host}:${port} (${e.code ?? e.message})`, "choose another --host or --port")),
    );
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}

export async function serve(opts: ServeOptions): Promise<{ url: string; stop: () => Promise<void>; store: GraphStore }> {
  await checkPort(opts.host, opts.port);
  const store = await openStore({ dataDir: opts.dataDir });
  store.warm?.(); // (so that the first ingest after a start does not read every report first)
  const queue = serialQueue(); // one load at a time: the control socket, the mutation and --load
  let control: ControlSocket | undefined;
  if (store.kind === "kuzu") {
    const started = await startControlSocket(opts.dataDir, (source, onProgress) => queue(() => loadAndReport(store, source, { onProgress })));
    if ("unavailable" in started) console.error(`kg: ${started.unavailable}: kg load cannot reach this server; use a shorter --data path`);
    else control = started;
  }
  try {
    if (opts.load.length) {
      const progress = progressReporter();
      const report = await queue(() => loadAndReport(store, readSources(opts.load), { onProgress: progress.tick }));
      progress.done();
      console.log(formatSummary(report));
    }
  } catch (e) {
    await control?.close();
    await store.close();
    throw e;
  }
  // a cheap integrity check of a sample (kg check does all of it): loud on stderr and in /healthz
  const integrity = await startupCheck(store);
  const server = await startHttp({
    store,
    health: { integrity: integrity.ok ? "ok" : `${integrity.problems} problem(s) in a sample: run kg check` },
    port: opts.port,
    host: opts.host,
    mutationToken: process.env.KG_TOKEN || undefined,
    // not through the load queue: ingestArticle queues its own writes, and a burst of mutations
    // is written in one commit (the store's writer runs one transaction at a time, loads included)
    ingest: (article) => ingestArticle(store, article),
    // no rederive: a removal re-derives what it touches in its own commit
  }).catch(async (e: unknown) => {
    await control?.close();
    await store.close();
    throw e;
  });
  console.error(`kg: serving ${store.kind} store at ${server.url} (GraphiQL playground in a browser at the same address; explorer at /explorer)${control ? `; kg load --data ${opts.dataDir} loads into it` : ""}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await control?.close();
    await server.stop();
    await store.close();
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      console.error(`kg: ${sig}, shutting down`);
      stop().then(() => process.exit(0), () => process.exit(1));
    });
  }
  return { url: server.url, stop, store };
}
