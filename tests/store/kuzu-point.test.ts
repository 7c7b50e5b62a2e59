// Point lookups on the Kuzu writer (store/kuzu/point.ts): a short UNWIND list runs its body once per
// element with scalar parameters (a primary-key lookup instead of a scan of the table), and answers
// exactly what the UNWIND answers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { KuzuExecutor } from "../../src/store/kuzu/executor.js";
import { KuzuStore } from "../../src/store/kuzu/store.js";
import { pointOf, pointParams, POINT_MAX, POINT_MAX_JOIN } from "../../src/store/kuzu/point.js";

describe("pointOf", () => {
  it("turns the list element into parameters: a bare name, or the fields of a row", () => {
    expect(pointOf("UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id")).toMatchObject({ list: "ids", query: "MATCH (a:Article {id: $i}) RETURN a.id AS id", params: ["i"], distinct: false });
    const rel = pointOf("UNWIND $rows AS r MATCH (a:Person {id: r.a}) MATCH (b:Person {id: r.b}) CREATE (a)-[:MET {meetingId: r.meetingId, date: date(r.date)}]->(b)");
    expect(rel?.query).toBe("MATCH (a:Person {id: $a}) MATCH (b:Person {id: $b}) CREATE (a)-[:MET {meetingId: $meetingId, date: date($date)}]->(b)");
    expect(pointParams(rel!, { a: "p", b: "q", meetingId: "m" }, { rows: [] })).toEqual({ a: "p", b: "q", meetingId: "m", date: null });
    const join = pointOf("UNWIND $keys AS k MATCH (c:CorefKey {key: k})-[:KEYS]->(x) RETURN DISTINCT x.id AS id");
    expect(join).toMatchObject({ distinct: true, max: POINT_MAX_JOIN });
    expect(pointOf("UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id")?.max).toBe(POINT_MAX);
  });

  it("leaves alone what one element at a time would change: aggregation, no MATCH, the name used otherwise", () => {
    expect(pointOf("UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN count(*) AS n")).toBeUndefined();
    expect(pointOf("UNWIND $rows AS r CREATE (:T {id: r.id})")).toBeUndefined();
    expect(pointOf("UNWIND $rows AS r MATCH (a:T {id: r.a}) RETURN r AS row")).toBeUndefined();
    expect(pointOf("MATCH (a:Article {id: $id}) RETURN a.id AS id")).toBeUndefined();
  });
});

describe("the Kuzu writer with point lookups", () => {
  let dir: string;
  let x: KuzuExecutor;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-point-"));
    x = new KuzuExecutor(join(dir, "graph.kuzu"), 64, 1);
    await x.run("CREATE NODE TABLE T(id STRING, n INT64, PRIMARY KEY(id))");
    await x.run("CREATE REL TABLE L(FROM T TO T, w INT64)");
    await x.run("UNWIND range(0, 199) AS k CREATE (:T {id: CAST(k AS STRING), n: k % 7})");
  });
  afterAll(async () => {
    await x.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers what the UNWIND answers (the readers run it unchanged), duplicates and misses included", async () => {
    const q = "UNWIND $ids AS i MATCH (t:T {id: i}) RETURN t.id AS id, t.n AS n";
    const ids = ["3", "nope", "17", "3", "199"];
    const written = await x.transaction((run) => run(q, { ids }));
    expect(written).toEqual(await x.run(q, { ids }));
    expect(written.map((r) => r.id)).toEqual(["3", "17", "3", "199"]);
    const distinct = "UNWIND $ids AS i MATCH (t:T {id: i}) RETURN DISTINCT t.n AS n";
    expect((await x.transaction((run) => run(distinct, { ids: ["1", "8", "2"] }))).map((r) => r.n)).toEqual([1, 2]);
  });

  it("writes each row of a short list, and a long list in one UNWIND, alike", async () => {
    const link = "UNWIND $rows AS r MATCH (a:T {id: r.a}) MATCH (b:T {id: r.b}) CREATE (a)-[:L {w: r.w}]->(b)";
    const rows = (n: number, from: number) => Array.from({ length: n }, (_, k) => ({ a: String(from + k), b: String(from + k + 1), w: k }));
    await x.transaction((run) => run(link, { rows: rows(3, 0) }));
    await x.transaction((run) => run(link, { rows: rows(POINT_MAX + 5, 100) }));
    const got = await x.run("MATCH (a:T)-[l:L]->(b:T) RETURN a.id AS a, b.id AS b, l.w AS w ORDER BY l.w, a.id");
    expect(got.length).toBe(3 + POINT_MAX + 5);
    expect(got.slice(0, 2)).toEqual([{ a: "0", b: "1", w: 0 }, { a: "100", b: "101", w: 0 }]);
  });
});

describe("the Kuzu store's reads by a few keys", () => {
  it("run the one-key form of the query through the executor, not the list query that scans the table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-onekey-"));
    const store = await KuzuStore.open(join(dir, "graph.kuzu"), () => {});
    try {
      await store.init();
      const each = vi.spyOn(KuzuExecutor.prototype, "runEach");
      const run = vi.spyOn(KuzuExecutor.prototype, "run");
      await store.getPeople(["person:a", "person:b"]);
      await store.metWith(["person:a"]);
      expect(each.mock.calls.map(([q]) => q)).toEqual([expect.stringContaining("{id: $id}"), expect.stringContaining("{id: $id}")]);
      expect(run.mock.calls.filter(([q]) => /IN \$ids/.test(q))).toEqual([]);
      each.mockRestore();
      run.mockRestore();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
