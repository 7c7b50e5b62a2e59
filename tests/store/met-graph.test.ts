// Who met whom held in memory (src/store/met-graph.ts): on a generated corpus in the real Kuzu store, the rows
// the graph gives for a set of people and a filter (a date range, places in scope) are the rows the store's
// metWithDetails query gives, and once the graph is current a who-met asks the store nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, prng } from "../../bench/corpus.js";
import { articleFromText } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { MetGraph, type MetFilter } from "../../src/store/met-graph.js";
import { Q } from "../../src/store/kuzu/cypher.js";
import { dateRange } from "../../src/store/rows.js";
import type { Executor, Row } from "../../src/store/cypher-types.js";
import type { GraphStore } from "../../src/store/types.js";

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-met-graph-"));
  store = await openStore({ dataDir: dir, kind: "kuzu" });
  await loadArticles(store, generate(150, 9).articles.map((a) => articleFromText(a.text, { uri: a.uri })) as never);
}, 180_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort();

describe("who met whom in memory", () => {
  it("gives the rows of the store's metWithDetails, for any people, date range and places", async () => {
    const x = (store as unknown as { x: Executor }).x;
    const graph = new MetGraph(() => x.run(Q.allMet), () => 1);
    expect(graph.rows(["person:x"], { ...dateRange(), places: [], anyPlace: true })).toBeUndefined(); // (cold: read starts)
    await graph.settled();
    const people = (await store.listPeople({ first: 1000, orderBy: "MEETING_COUNT" })).rows.map((p) => p.id);
    const meetings = (await store.listMeetings({ first: 1000 })).rows;
    const days = meetings.map((m) => m.date).filter((d): d is string => !!d).sort();
    const placeIds = [...new Set(meetings.map((m) => m.placeId).filter((p): p is string => !!p))];
    expect(people.length).toBeGreaterThan(30);
    expect(placeIds.length).toBeGreaterThan(3);
    const rand = prng(3);
    let rows = 0;
    for (let i = 0; i < 40; i++) {
      const ids = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => people[Math.floor(rand() * Math.min(people.length, 40))]);
      const day = () => days[Math.floor(rand() * days.length)];
      const [from, to] = [day(), day()].sort();
      const range = [dateRange(), dateRange(from), dateRange(undefined, to), dateRange(from, to)][i % 4];
      const scope = i % 3 ? { places: [""], anyPlace: true } : { places: placeIds.filter(() => rand() < 0.5), anyPlace: false };
      const f: MetFilter = { ...range, ...scope };
      const fromStore = await x.run(Q.metWithDetails, { ids, ...f });
      expect(sorted(graph.rows(ids, f)!), `${ids.join(", ")} ${JSON.stringify(f)}`).toEqual(sorted(fromStore));
      rows += fromStore.length;
    }
    expect(rows).toBeGreaterThan(40);
  });

  it("once current, a who-met and the meetings of two people ask the store nothing, and answer as before", async () => {
    const people = (await store.listPeople({ first: 10, orderBy: "MEETING_COUNT" })).rows.map((p) => p.id);
    type Answer = { result: unknown; people: Array<{ id: string }>; meetings: Array<{ id: string }>; places: Array<{ id: string }> };
    const nested = store as unknown as { metWithDetails(ids: string[]): Promise<Answer>; metGraph: MetGraph };
    // the lists, and the people, meetings and places they show (in no particular order: they prime the API's loaders)
    const shown = (a: Answer) => ({ result: a.result, ...Object.fromEntries((["people", "meetings", "places"] as const).map((k) => [k, [...a[k]].sort((x, y) => (x.id < y.id ? -1 : 1))])) });
    const cold = await nested.metWithDetails(people); // (from the store: the graph was not read yet)
    await nested.metGraph.settled();
    const trips = store.roundTrips;
    const warm = await nested.metWithDetails(people);
    expect(store.roundTrips).toBe(trips);
    expect(shown(warm)).toEqual(shown(cold));
    expect(warm.meetings.length).toBeGreaterThan(10);
  });

  it("once current, the meetings it holds are read by id without the store, as the store gives them", async () => {
    const nested = store as unknown as { metGraph: MetGraph };
    const all = (await store.listMeetings({ first: 1000, kinds: ["meeting", "call"] })).rows;
    const inPerson = all.filter((m) => m.kind === "meeting").map((m) => m.id);
    const calls = all.filter((m) => m.kind !== "meeting").map((m) => m.id);
    expect(inPerson.length).toBeGreaterThan(10);
    expect(calls.length).toBeGreaterThan(0);
    const ids = [...inPerson.slice(0, 12), "meeting:none"];
    process.env.KG_HOLD_MET = "0";
    const fromStore = await store.getMeetings(ids);
    const callsFromStore = await store.getMeetings([inPerson[0], calls[0]]);
    delete process.env.KG_HOLD_MET;
    await store.getMeetings(ids);
    await nested.metGraph.settled();
    const trips = store.roundTrips;
    expect(await store.getMeetings(ids.slice(0, -1))).toEqual(fromStore.slice(0, -1));
    expect(store.roundTrips).toBe(trips);
    // an id it does not hold (a call, an unknown id) goes to the store
    expect(await store.getMeetings([inPerson[0], calls[0]])).toEqual(callsFromStore);
    expect(await store.getMeetings(ids)).toEqual(fromStore);
    expect(store.roundTrips).toBe(trips + 2);
  });
});
