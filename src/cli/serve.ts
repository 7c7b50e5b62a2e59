// kg serve: open the store, load PATHs if given, serve the API with the playground until a signal.
import { readSources } from "../ingest/index.js";
import { loadArticles, rederive } from "../pipeline.js";
import { openStore } from "../store/index.js";
import { startHttp } from "../api/server.js";
import { formatSummary, progressReporter } from "./progress.js";
import { startupCheck } from "./check.js";
import type { GraphStore } from "../store/types.js";

export interface ServeOptions {
  dataDir: string;
  port: number;
  host: string;
  load: string[];
}

export async function serve(opts: ServeOptions): Promise<{ url: string; stop: () => Promise<void>; store: GraphStore }> {
  const store = await openStore({ dataDir: opts.dataDir });
  if (opts.load.length) {
    const progress = progressReporter();
    const summary = await loadArticles(store, readSources(opts.load), { onProgress: progress.tick });
    progress.done();
    console.error(formatSummary(summary));
  }
  // a cheap integrity check of a sample (kg check does all of it): loud on stderr and in /healthz
  const integrity = await startupCheck(store);
  const server = await startHttp({
    store,
    health: { integrity: integrity.ok ? "ok" : `${integrity.problems} problem(s) in a sample: run kg check` },
    port: opts.port,
    host: opts.host,
    mutationToken: process.env.KG_TOKEN || undefined,
    ingest: async (article) => {
      const summary = await loadArticles(store, [article]);
      return { created: summary.new > 0, articleId: article.id };
    },
    rederive: async () => {
      await rederive(store);
    },
  });
  console.error(`kg: serving ${store.kind} store at ${server.url} (GraphiQL playground in a browser at the same address)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
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
