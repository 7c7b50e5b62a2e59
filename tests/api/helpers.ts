// A real server over a real store (embedded Kuzu; Neo4j when NEO4J_URI is set), loaded through the real pipeline, on a free port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles, rederive } from "../../src/pipeline.js";
import { openTestStore } from "../neo4j/store.js";
import type { GraphStore } from "../../src/store/types.js";
import { startHttp, type RunningServer } from "../../src/api/server.js";

export const TOKEN = "test-token";
export const SEEDS = join(import.meta.dirname, "../../seeds");

export interface TestServer {
  server: RunningServer;
  store: GraphStore;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

export async function startTestServer(paths: string[] = [SEEDS]): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "kg-api-"));
  const store = await openTestStore(dir);
  if (paths.length) await loadArticles(store, readSources(paths));
  const server = await startHttp({
    store,
    port: 0,
    mutationToken: TOKEN,
    ingest: async (article) => {
      const s = await loadArticles(store, [article]);
      return { created: s.new > 0, articleId: article.id };
    },
    rederive: async () => {
      await rederive(store);
    },
  });
  return {
    server,
    store,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, ...body };
    },
    async close() {
      await server.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with no background network traffic (the machine has no network). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** True for the page's own requests (the test server on 127.0.0.1, blob:/data: URLs). */
export const isLocal = (url: string) => /^(https?:\/\/127\.0\.0\.1[:/]|blob:|data:|about:)/.test(url);
