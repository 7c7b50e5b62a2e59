// Graceful shutdown (src/api/server.ts, stop()): the requests already running finish against the running Apollo
// server, the ones still waiting for a slot are answered SHUTTING_DOWN, and none reaches Apollo after it stopped
// (which answered "Cannot execute GraphQL operations after the server has stopped" and logged an internal error for
// each request queued when a load generator went away). Ordering checks on a store whose `stats` waits for the test.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { startHttp } from "../../src/api/server.js";
import type { GraphStore } from "../../src/store/types.js";
import { openTestStore } from "../neo4j/store.js";
import { SEEDS } from "./helpers.js";

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-shutdown-"));
  store = await openTestStore(dir);
  await loadArticles(store, readSources([SEEDS]));
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The store, with `stats` held until `release()`; `entered` settles when the first `stats` call arrives. */
function heldStore(inner: GraphStore) {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  let entered!: () => void;
  const arrived = new Promise<void>((ok) => (entered = ok));
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      if (key === "stats")
        return async () => {
          entered();
          await held;
          return target.stats();
        };
      const v = Reflect.get(target, key, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { store, release, arrived };
}

const post = (url: string, query: string, signal?: AbortSignal) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), signal }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { stats?: { people: number } }; errors?: Array<{ extensions?: { code?: string } }> } }));

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((ok) => setImmediate(ok));
};

describe("stop()", () => {
  it("lets a running request finish and answers a queued one SHUTTING_DOWN, before Apollo stops", async () => {
    const h = heldStore(store);
    const server = await startHttp({ store: h.store, port: 0, limits: { maxConcurrent: 1, maxQueued: 4 }, responseCache: 0 });
    const logged = vi.spyOn(console, "error");
    const running = post(server.url, `{ stats { people } }`);
    await h.arrived;
    const queued = post(server.url, `{ stats { people } }`);
    await until(() => server.inFlight() === 2);
    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    // the running request holds the stop: it has not returned while the store call is held
    await new Promise((ok) => setTimeout(ok, 50));
    expect(stopped).toBe(false);
    h.release();
    const [a, b] = await Promise.all([running, queued]);
    await stopping;
    expect(a.status).toBe(200);
    expect(a.body.data?.stats?.people).toBeGreaterThan(0);
    expect(b.status).toBe(503);
    expect(b.body.errors?.[0]?.extensions?.code).toBe("SHUTTING_DOWN");
    expect(server.inFlight()).toBe(0);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("a request whose client went away while it waited does not reach the stopped Apollo server", async () => {
    const h = heldStore(store);
    const server = await startHttp({ store: h.store, port: 0, limits: { maxConcurrent: 1, maxQueued: 4 }, responseCache: 0 });
    const logged = vi.spyOn(console, "error");
    const running = post(server.url, `{ stats { people } }`);
    await h.arrived;
    const gone = new AbortController();
    const queued = post(server.url, `{ stats { people } }`, gone.signal).catch((e: Error) => e.name);
    await until(() => server.inFlight() === 2);
    gone.abort();
    expect(await queued).toBe("AbortError");
    const stopping = server.stop();
    h.release();
    expect((await running).status).toBe(200);
    await stopping;
    expect(server.inFlight()).toBe(0);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});
