// The response cache and the read cache per store generation: a repeated query costs no store round
// trip, and every committed write (an ingest, a removal) is visible to the next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttp } from "../../src/api/server.js";
import type { CypherStore } from "../../src/store/cypher-store.js";
import { startTestServer, TOKEN, type TestServer } from "./helpers.js";

// (the store round trips counted below are those of its reads: who met whom held in memory is off here, and
// tested in tests/store/met-graph.test.ts)
process.env.KG_HOLD_MET = "0";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const WHO_MET = `{ person(name: "Fidan") { metWith { person { name } meetings { date } } } }`;
type WhoMet = { person: { metWith: Array<{ person: { name: string } }> } | null };

describe("response cache", () => {
  it("answers a repeated query from memory, and a write invalidates it at once", async () => {
    const first = await t.gql<WhoMet>(WHO_MET);
    const before = t.store.roundTrips;
    const again = await t.gql<WhoMet>(WHO_MET);
    expect(t.store.roundTrips - before).toBe(0);
    expect(again).toEqual(first);
    const names = () => t.gql<WhoMet>(WHO_MET).then((r) => (r.data!.person?.metWith ?? []).map((m) => m.person.name));
    expect(await names()).not.toContain("Fuad Hussein");

    const auth = { authorization: `Bearer ${TOKEN}` };
    const text = "Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on 2 March 2025.";
    const ingest = await t.gql<{ ingestArticle: { article: { id: string } } }>(`mutation($t: String!) { ingestArticle(input: { text: $t }) { article { id } } }`, { t: text }, auth);
    expect(ingest.errors).toBeUndefined();
    expect(await names()).toContain("Fuad Hussein");

    const removed = await t.gql<{ removeArticle: boolean }>(`mutation($id: ID!) { removeArticle(id: $id) }`, { id: ingest.data!.ingestArticle.article.id }, auth);
    expect(removed.data!.removeArticle).toBe(true);
    expect(await names()).not.toContain("Fuad Hussein");
  });

  it("errors are not cached, and with the cache off every request reads the store", async () => {
    const bad = `{ meetings(first: 5, after: "garbage") { totalCount } }`;
    expect((await t.gql(bad)).errors?.length).toBeGreaterThan(0);
    expect((await t.gql(bad)).errors?.length).toBeGreaterThan(0);
    const off = await startHttp({ store: t.store, port: 0, responseCache: 0 });
    try {
      // (someone the seeds hold: a name no one has is answered null from the names in memory, with no read)
      const query = `{ person(name: "Asaad al-Shaibani") { metWith { person { name } meetings { date } } } }`;
      const ask = () => fetch(off.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<{ data: WhoMet }>);
      expect((await ask()).data.person?.metWith.length).toBeGreaterThan(0);
      const before = t.store.roundTrips;
      await ask();
      expect(t.store.roundTrips - before).toBeGreaterThan(0);
    } finally {
      await off.stop();
    }
  });

  it("who-met and the meetings of that person with another share the rows they read (store/read-cache.ts)", async () => {
    (t.store as CypherStore).readCache.clear();
    const who = await t.gql<{ whoMetShaibani: WhoMet["person"] }>(`{ whoMetShaibani: person(name: "Asaad al-Shaibani") { metWith { person { name } meetings { date place { name } } } } }`);
    const other = who.data!.whoMetShaibani!.metWith[0].person.name;
    const between = `{ shaibaniWith: meetings(participant: "Asaad al-Shaibani", with: ${JSON.stringify(other)}) { totalCount edges { node { date place { name } } } } }`;
    const cost = async (alias: string) => {
      const before = t.store.roundTrips;
      const r = await t.gql<Record<string, { totalCount: number }>>(between.replace("shaibaniWith", alias));
      expect(r.errors).toBeUndefined();
      return { r, trips: t.store.roundTrips - before };
    };
    // after who-met, the meetings between are read from its rows; from an empty cache they cost one more round trip
    const warm = await cost("warm");
    (t.store as CypherStore).readCache.clear();
    const cold = await cost("cold");
    expect(cold.trips).toBe(warm.trips + 1);
    expect(cold.r.data!.cold).toEqual(warm.r.data!.warm);
    // the same query on a server without caching reads the store, and answers the same
    const before = t.store.roundTrips;
    const off = await startHttp({ store: t.store, port: 0, responseCache: 0 });
    try {
      const fromStore = await fetch(off.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: between }) }).then((x) => x.json());
      expect(t.store.roundTrips - before).toBeGreaterThan(0);
      expect(fromStore.data.shaibaniWith).toEqual(warm.r.data!.warm);
    } finally {
      await off.stop();
    }
  });
});
