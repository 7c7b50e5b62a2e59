// The read cache (store/read-cache.ts) on a scripted executor: what it keeps, for whom, and for how long.
import { describe, expect, it } from "vitest";
import { withSignal } from "../../src/store/abort.js";
import { cachedReads, ReadCache } from "../../src/store/read-cache.js";
import type { Executor, Params, Row } from "../../src/store/cypher-types.js";

/** An executor whose reads return one row naming the query and key, and count the calls. */
function scripted() {
  const calls: string[] = [];
  const answer = (q: string, p: Params = {}): Row[] => [{ q, id: p.id ?? null }];
  const x: Executor = {
    roundTrips: 0,
    async run(q, p) {
      calls.push(`run ${q} ${JSON.stringify(p ?? {})}`);
      return answer(q, p);
    },
    async runEach(q, each) {
      calls.push(`each ${q} ${each.map((p) => p.id).join(",")}`);
      return each.flatMap((p) => answer(q, p));
    },
    async runEachGrouped(q, each) {
      calls.push(`grouped ${q} ${each.map((p) => p.id).join(",")}`);
      return each.map((p) => answer(q, p));
    },
    transaction: async (fn) => fn(async () => []),
    close: async () => undefined,
  };
  return { x, calls };
}

const request = <T>(fn: () => Promise<T>, cacheReads = true) => withSignal(new AbortController().signal, fn, cacheReads);
const READ = "MATCH (p:Person {id: $id}) RETURN p.id AS id";

describe("read cache", () => {
  it("answers a repeated read of a caching request from memory, until the generation moves", async () => {
    let generation = 1;
    const { x, calls } = scripted();
    const cached = cachedReads(x, new ReadCache(() => generation));
    const first = await request(() => cached.run(READ, { id: "a" }));
    expect(await request(() => cached.run(READ, { id: "a" }))).toEqual(first);
    expect(calls).toHaveLength(1);
    generation = 2; // a write committed
    await request(() => cached.run(READ, { id: "a" }));
    expect(calls).toHaveLength(2);
  });

  it("keeps reads by several keys key by key, and asks the store only for the keys it lacks", async () => {
    const { x, calls } = scripted();
    const cached = cachedReads(x, new ReadCache(() => 1));
    await request(() => cached.runEach!(READ, [{ id: "a" }, { id: "b" }]));
    const rows = await request(() => cached.runEach!(READ, [{ id: "b" }, { id: "c" }, { id: "a" }]));
    expect(rows.map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(calls).toEqual([`grouped ${READ} a,b`, `grouped ${READ} c`]);
  });

  it("caches nothing outside a caching request, no write, and nothing on a store that does not know its generation", async () => {
    const { x, calls } = scripted();
    const cached = cachedReads(x, new ReadCache(() => 1));
    await cached.run(READ, { id: "a" });
    await cached.run(READ, { id: "a" });
    await request(() => cached.run(READ, { id: "a" }), false);
    await request(() => cached.run(READ, { id: "a" }), false);
    await request(() => cached.run("MATCH (p:Person {id: $id}) SET p.name = 'x'", { id: "a" }));
    await request(() => cached.run("MATCH (p:Person {id: $id}) SET p.name = 'x'", { id: "a" }));
    expect(calls).toHaveLength(6);
    const unknown = scripted();
    const neo = cachedReads(unknown.x, new ReadCache(() => undefined));
    await request(() => neo.run(READ, { id: "a" }));
    await request(() => neo.run(READ, { id: "a" }));
    expect(unknown.calls).toHaveLength(2);
  });

  it("does not keep a read during which a write committed", async () => {
    let generation = 1;
    const { x, calls } = scripted();
    const slow: Executor = { ...x, run: async (q, p) => { const rows = await x.run(q, p); generation = 2; return rows; } };
    const cached = cachedReads(slow, new ReadCache(() => generation));
    await request(() => cached.run(READ, { id: "a" })); // ran at 1, finished at 2: not kept
    await request(() => cached.run(READ, { id: "a" })); // at 2: read again, kept
    await request(() => cached.run(READ, { id: "a" }));
    expect(calls).toHaveLength(2);
  });

  it("holds at most its bound of rows, dropping the least recently used, and hands out frozen rows", async () => {
    const { x, calls } = scripted();
    const cache = new ReadCache(() => 1, 2);
    const cached = cachedReads(x, cache);
    for (const id of ["a", "b", "a", "c"]) await request(() => cached.run(READ, { id })); // c pushes out b, not a
    expect(cache.stats.rows).toBe(2);
    calls.length = 0;
    const [row] = await request(() => cached.run(READ, { id: "a" }));
    expect(calls).toHaveLength(0);
    await request(() => cached.run(READ, { id: "b" }));
    expect(calls).toHaveLength(1);
    expect(() => {
      (row as Row).id = "changed";
    }).toThrow(TypeError);
  });
});
