// The run-time value budget (src/api/budget.ts): every field of the schema's own types that the executor resolves
// counts one value, so a reply of k values passes a budget of k and is cut short, with one COST_LIMIT error and no
// data, at k - 1. On the seeds, through the real server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { startHttp } from "../../src/api/server.js";
import type { GraphStore } from "../../src/store/types.js";
import { SEEDS } from "./helpers.js";

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-budget-"));
  store = await openStore({ dataDir: dir, kind: "kuzu" });
  await loadArticles(store, readSources([SEEDS]));
}, 120_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The fields of a reply: one per key of every object in it (what the budget counts; __typename is not a field of a type). */
function fields(x: unknown): number {
  if (Array.isArray(x)) return x.reduce((n: number, y) => n + fields(y), 0);
  if (x && typeof x === "object") return Object.entries(x).reduce((n, [k, v]) => n + (k === "__typename" ? 0 : 1 + fields(v)), 0);
  return 0;
}

async function ask(maxValues: number, query: string) {
  const server = await startHttp({ store, port: 0, responseCache: 0, limits: { maxValues } });
  try {
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return { status: res.status, ...((await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) };
  } finally {
    await server.stop();
  }
}

describe("the value budget", () => {
  it("counts each field resolved: a reply of k values passes at k and is cut short at k - 1", async () => {
    const people = await store.listPeople({ first: 1, orderBy: "MEETING_COUNT" });
    const query = `{ person(name: ${JSON.stringify(people.rows[0].name)}) { __typename name metWith { person { name } meetings { date place { name } } } } }`;
    const full = await ask(100_000, query);
    expect(full.errors).toBeUndefined();
    const k = fields(full.data);
    expect(k).toBeGreaterThan(10);
    expect(await ask(k, query)).toEqual(full);
    const cut = await ask(k - 1, query);
    expect(cut.status).toBe(400);
    expect(cut.errors?.map((e) => e.extensions?.code)).toEqual(["COST_LIMIT"]);
    expect(cut.data ?? null).toBeNull();
  });
});
