// The Kuzu executor's connections: one writer, a few readers. A read does not wait for a load in
// progress and sees the last commit; writes keep their call order; results are read in one go.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultBufferMB, KuzuExecutor } from "../../src/store/kuzu/executor.js";

let dir: string;
let x: KuzuExecutor;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-exec-"));
  x = new KuzuExecutor(join(dir, "graph.kuzu"), 64, 2);
  await x.run("CREATE NODE TABLE T(id STRING, n INT64, PRIMARY KEY(id))");
  await x.run("UNWIND $rows AS r CREATE (:T {id: r.id, n: r.n})", { rows: [{ id: "a", n: 1 }] });
});
afterAll(async () => {
  await x.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("KuzuExecutor", () => {
  it("a read during an open transaction answers from the last commit, without waiting for it", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = x.transaction(async (run) => {
      await run("UNWIND $rows AS r CREATE (:T {id: r.id, n: r.n})", { rows: [{ id: "b", n: 2 }] });
      await held; // the transaction stays open until the read below has answered
    });
    await new Promise((r) => setTimeout(r, 20));
    const during = await x.run("MATCH (t:T) RETURN t.id AS id ORDER BY id");
    expect(during.map((r) => r.id)).toEqual(["a"]);
    release();
    await tx;
    const after = await x.run("MATCH (t:T) RETURN t.id AS id ORDER BY id");
    expect(after.map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("a checkpoint runs with no read beside it: after the reads already asked, before the reads asked meanwhile", async () => {
    const events: string[] = [];
    const C = (kuzu as unknown as { Connection: { prototype: Record<"query" | "execute", (...a: unknown[]) => Promise<unknown>> } }).Connection.prototype;
    const original = { query: C.query, execute: C.execute };
    // a statement without parameters (CHECKPOINT) goes through query, a read with parameters through execute
    const spy = (m: "query" | "execute") =>
      vi.spyOn(C, m).mockImplementation(async function (this: unknown, ...args: unknown[]) {
        const name = m === "query" ? "checkpoint" : "read";
        events.push(`${name} start`);
        const out = await original[m].apply(this, args);
        events.push(`${name} end`);
        return out;
      });
    const spies = [spy("query"), spy("execute")];
    try {
      const read = (id: string) => x.run("MATCH (t:T {id: $id}) RETURN t.n AS n", { id });
      const before = read("a");
      const checkpoint = x.run("CHECKPOINT");
      await new Promise((r) => setImmediate(r)); // the checkpoint's turn has come: it waits for the read before it
      const meanwhile = read("a");
      await Promise.all([before, checkpoint, meanwhile]);
      expect(events).toEqual(["read start", "read end", "checkpoint start", "checkpoint end", "read start", "read end"]);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it("writes run in call order", async () => {
    const writes = Array.from({ length: 20 }, (_, i) => x.run("MATCH (t:T {id: $id}) SET t.n = $n", { id: "a", n: i }));
    await Promise.all(writes);
    expect((await x.run("MATCH (t:T {id: $id}) RETURN t.n AS n", { id: "a" }))[0].n).toBe(19);
  });

  it("reads spread over the readers and all answer", async () => {
    const rows = await Promise.all(Array.from({ length: 50 }, (_, i) => x.run("UNWIND range(1, $n) AS k RETURN k", { n: i + 1 })));
    expect(rows.map((r) => r.length)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("a failed transaction is rolled back and the writer goes on", async () => {
    await expect(x.transaction(async (run) => {
      await run("UNWIND $rows AS r CREATE (:T {id: r.id, n: r.n})", { rows: [{ id: "c", n: 3 }] });
      await run("UNWIND $rows AS r CREATE (:T {id: r.id, n: r.n})", { rows: [{ id: "c", n: 3 }] }); // duplicate key
    })).rejects.toMatchObject({ code: "STORE_QUERY_FAILED" });
    expect((await x.run("MATCH (t:T) RETURN count(*) AS n"))[0].n).toBe(2);
    await x.run("UNWIND $rows AS r CREATE (:T {id: r.id, n: r.n})", { rows: [{ id: "d", n: 4 }] });
    expect((await x.run("MATCH (t:T) RETURN count(*) AS n"))[0].n).toBe(3);
  });
});

describe("Kuzu's page cache", () => {
  it("is KG_KUZU_BUFFER_MB when set, else half the machine's memory and never under 512 MB", () => {
    expect(defaultBufferMB({ KG_KUZU_BUFFER_MB: "300" })).toBe(300);
    expect(defaultBufferMB({})).toBeGreaterThanOrEqual(512);
    expect(defaultBufferMB({})).toBeLessThanOrEqual(Math.ceil(totalmem() / 2 / 2 ** 20));
  });
});
