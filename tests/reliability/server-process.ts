// A real `kg serve`-like server in its own process, for the tests that must survive (or see) a crash of
// the native store and measure the event-loop delay where the work runs: in the server, not the test.
// Started by server-child.ts with `node --import tsx`; it loads seeds/ into a fresh store, serves on a
// free port, and answers IPC messages: {type: "delay"} → the largest event-loop delay (ms) since the
// last such message (perf_hooks.monitorEventLoopDelay), {type: "memory"} → RSS in bytes,
// {type: "roundTrips"} → store round trips so far.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { join } from "node:path";
import { startHttp } from "../../src/api/server.js";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles, rederive } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";

const dataDir = process.argv[2];
const limits = process.env.KG_TEST_LIMITS ? (JSON.parse(process.env.KG_TEST_LIMITS) as Record<string, number>) : undefined;
const store = await openStore({ dataDir, kind: "kuzu" });
await loadArticles(store, readSources([join(import.meta.dirname, "../../seeds")]));
const server = await startHttp({
  store,
  port: 0,
  host: process.env.KG_TEST_HOST,
  mutationToken: process.env.KG_TOKEN || undefined,
  limits,
  ingest: async (article) => {
    const s = await loadArticles(store, [article]);
    return { created: s.new > 0, articleId: article.id };
  },
  rederive: async () => {
    await rederive(store);
  },
});
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.on("message", (m: { type: string }) => {
  if (m.type === "delay") {
    process.send?.({ type: "delay", maxMs: h.max / 1e6 });
    h.reset();
  } else if (m.type === "roundTrips") {
    process.send?.({ type: "roundTrips", n: store.roundTrips });
  } else if (m.type === "memory") {
    process.send?.({ type: "memory", rss: process.memoryUsage().rss });
  } else if (m.type === "stop") {
    void server.stop().then(() => store.close()).then(() => process.exit(0));
  }
});
h.reset();
process.send?.({ type: "ready", url: server.url, port: server.port });
