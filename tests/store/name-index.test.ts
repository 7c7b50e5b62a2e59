// The name-key index (store/name-index.ts): `search` on the embedded store finds the keys and article titles
// containing its text in memory once the index is current, and asks the store while it is not; so do a lookup
// by exact keys (`findByKeys`) and the people a request shows (`getPeople`). Unit tests on a fake store, and the real
// Kuzu store answering the same searches with the index cold and warm, before and after a write.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, prng } from "../../bench/corpus.js";
import { articleFromText } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { NameKeyIndex } from "../../src/store/name-index.js";
import type { Row } from "../../src/store/cypher-types.js";
import type { GraphStore } from "../../src/store/types.js";

function fake(rows: Row[], people: Row[] = [], titles: Row[] = []) {
  const state = { rows, generation: 1 as number | undefined, reads: 0 };
  const index = new NameKeyIndex(
    async () => {
      state.reads++;
      return state.rows;
    },
    () => state.generation,
    async () => people,
    async () => titles,
  );
  return { index, state };
}

const brute = (rows: Row[], q: string, limit: number) => rows.filter((r) => String(r.key).includes(q)).slice(0, limit);

describe("name-key index", () => {
  const rows: Row[] = [];
  const rand = prng(7);
  const letters = "abcdeilmnorstu";
  for (let i = 0; i < 2000; i++) {
    const len = 3 + Math.floor(rand() * 12);
    let key = "";
    for (let k = 0; k < len; k++) key += letters[Math.floor(rand() * letters.length)];
    rows.push({ id: `person/p${i % 700}`, key });
  }
  rows.push({ id: "person/x", key: "محمد بن سلمان" }, { id: "person/y", key: "ab" });

  it("is not current before its first read; then finds what a scan of every key finds", async () => {
    const { index, state } = fake(rows);
    expect(index.find("abc", 500)).toBeUndefined();
    await index.settled();
    expect(state.reads).toBe(1);
    for (const q of ["abc", "a", "ab", "tion", "zzz", "محمد", "بن س", "eeee", "st", "abcdeilm"]) {
      expect(index.find(q, 500)).toEqual(brute(rows, q, 500));
      expect(index.find(q, 3)).toEqual(brute(rows, q, 3));
    }
    for (let i = 0; i < 200; i++) {
      const key = String(rows[Math.floor(rand() * rows.length)].key);
      const from = Math.floor(rand() * key.length);
      const q = key.slice(from, from + 1 + Math.floor(rand() * 6));
      expect(index.find(q, 500)).toEqual(brute(rows, q, 500));
    }
    expect(state.reads).toBe(1);
  });

  it("is stale after a write, and keeps no read during which a write committed", async () => {
    const { index, state } = fake(rows.slice(0, 10));
    index.find("a", 10);
    await index.settled();
    expect(index.find("a", 10)).toBeDefined();
    state.generation = 2;
    state.rows = [...rows.slice(0, 10), { id: "person/new", key: "zzzz" }];
    expect(index.find("zzz", 10)).toBeUndefined();
    state.generation = 3; // a write commits while the keys are read
    await index.settled();
    expect(index.find("zzz", 10)).toBeUndefined();
    await index.settled();
    expect(index.find("zzz", 10)).toEqual([{ id: "person/new", key: "zzzz" }]);
  });

  it("answers exact keys, people by id and article titles as the store's queries do", async () => {
    const people = Array.from({ length: 50 }, (_, i) => ({ id: `person:p${i}`, name: `Name ${i}` }));
    const titles = Array.from({ length: 300 }, (_, i) => ({ id: `article:${i}`, title: `talks in city ${i % 37} on day ${i}` }));
    const { index } = fake(rows, people, titles);
    expect(index.byKeys(["abc"])).toBeUndefined();
    expect(index.people(["person:p1"])).toBeUndefined();
    expect(index.articles("talks", 3)).toBeUndefined();
    await index.settled();
    for (let n = 0; n < 50; n++) {
      const keys = Array.from({ length: 1 + (n % 4) }, () => String(rows[Math.floor(rand() * rows.length)].key));
      const want = new Map<string, number>();
      for (const r of rows) if (keys.includes(String(r.key))) want.set(String(r.id), (want.get(String(r.id)) ?? 0) + 1);
      expect(new Map(index.byKeys(keys)!.map((r) => [r.id, r.hits]))).toEqual(want);
    }
    expect(index.byKeys(["no such key"])).toEqual([]);
    expect(index.people(["person:p3", "person:nobody", "person:p49"])).toEqual([{ id: "person:p3", name: "Name 3" }, null, { id: "person:p49", name: "Name 49" }]);
    for (const [q, limit] of [["city 3 ", 5], ["day 1", 500], ["city 36", 2], ["nowhere", 10]] as const)
      expect(index.articles(q, limit)).toEqual(titles.filter((t) => t.title.includes(q)).slice(0, limit).map((t) => t.id));
  });

  it("is never current where the store does not know its generation without a round trip (Neo4j)", async () => {
    const { index, state } = fake(rows);
    state.generation = undefined;
    expect(index.find("abc", 10)).toBeUndefined();
    await index.settled();
    expect(index.find("abc", 10)).toBeUndefined();
    expect(state.reads).toBe(0);
  });
});

describe("search on Kuzu with the name-key index", () => {
  let dir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-names-"));
    store = await openStore({ dataDir: dir, kind: "kuzu" });
    await loadArticles(store, generate(60, 3).articles.map((a) => articleFromText(a.text, { uri: a.uri })) as never);
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const index = () => (store as unknown as { nameKeys: NameKeyIndex }).nameKeys;

  it("gives the rows the store's own scan gives (searchKeys), and sees a write", async () => {
    const people = (await store.listPeople({ first: 40 })).rows;
    expect(people.length).toBeGreaterThan(10);
    const queries = [...new Set(people.flatMap((p) => [p.name.slice(0, 4), p.name.slice(-5), p.name, p.name.slice(1, 3)]))];
    const inner = store as unknown as { x: { run(q: string, p: object): Promise<Row[]> }; Q: { searchKeys: string } };
    const key = (r: Row) => `${r.id} ${r.key}`;
    index().find("a", 1);
    await index().settled();
    let compared = 0;
    for (const q of queries) {
      const scanned = (await inner.x.run(inner.Q.searchKeys, { q })).map(key).sort();
      const found = index().find(q, 500)!.map(key).sort();
      if (scanned.length === 500) continue; // the scan's LIMIT picks any 500
      expect(found).toEqual(scanned);
      compared += scanned.length ? 1 : 0;
    }
    expect(compared).toBeGreaterThan(20);
    // a warm search of entities asks the store nothing
    const [row] = index().find(queries.find((q) => index().find(q, 1)!.length)!, 1)!;
    const before = store.roundTrips;
    expect((await store.search(String(row.key), ["person", "place", "organization"], 50)).map((h) => h.id)).toContain(row.id);
    expect(store.roundTrips).toBe(before);
    // a person written after the index was read is found at once (by the store), then from memory
    await loadArticles(store, [articleFromText("date 2024-05-02\n\nForeign Minister Hakan Fidan met Foreign Minister Qwertz Yxcvb in Ankara on Monday.", { uri: "mem://new.txt" })] as never);
    const hit = async () => (await store.search("qwertz", ["person"], 5)).map((h) => h.kind);
    expect(await hit()).toEqual(["person"]);
    await index().settled();
    expect(index().find("qwertz", 500)).toBeDefined();
    expect(await hit()).toEqual(["person"]);
  });

  it("answers people by id, names by keys and article titles as the store's queries do, with no round trip once warm", async () => {
    const inner = store as unknown as { x: { run(q: string, p: object): Promise<Row[]> }; Q: Record<string, string> & { findByKeys(label: string): string } };
    const titled = ["Ministers meet in Lisbon", "A trade minister visits Oslo", "Weather in Quito", "The Minister of Health in Lima"].map((title, i) =>
      articleFromText(`title: ${title}\ndate: 2024-06-0${i + 1}\n\nPresident Lula met Prime Minister Dora Quill${i} in Brasília on Monday.`, { uri: `mem://titled-${i}.txt` }),
    );
    await loadArticles(store, titled as never);
    const ids = [...(await store.listPeople({ first: 30 })).rows.map((p) => p.id), "person:nobody-at-all"];
    const fromStore = async () => ({
      people: await Promise.all(ids.map(async (id) => (await inner.x.run(inner.Q.getPeople, { ids: [id] }))[0] ?? null)),
      keys: (await inner.x.run(inner.Q.findByKeys("Person"), { keys: ["hakan fidan", "fidan", "qwertz yxcvb"] })).map((r) => String(r.id)),
      articles: (await inner.x.run(inner.Q.searchArticles, { q: "minister", limit: 50 })).map((r) => String(r.id)),
    });
    const want = await fromStore();
    expect(want.keys.length).toBeGreaterThan(0);
    expect(want.articles.length).toBe(3);
    index().find("a", 1);
    await index().settled();
    const before = store.roundTrips;
    expect((await store.getPeople(ids)).map((p) => p && { id: p.id, name: p.name })).toEqual(want.people);
    expect(new Set(await store.findByKeys("person", ["hakan fidan", "fidan", "qwertz yxcvb"]))).toEqual(new Set(want.keys));
    const articles = (await store.search("minister", ["article"], 50)).map((h) => h.id);
    expect(new Set(articles)).toEqual(new Set(want.articles.slice(0, 50)));
    expect(store.roundTrips).toBe(before);
  });
});
