// The API over HTTP, against the seeds graph on a real embedded store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { loadTypeDefs } from "../../src/api/schema.js";
import type { CypherStore } from "../../src/store/cypher-store.js";
import { startTestServer, TOKEN, type TestServer } from "./helpers.js";

// (the round trips counted below are those of the store's reads: who met whom held in memory is off here, and
// tested in tests/store/met-graph.test.ts)
process.env.KG_HOLD_MET = "0";

const CONTRACT = readFileSync(join(import.meta.dirname, "contract.graphql"), "utf8");
const SHARED_CONTRACT = join(import.meta.dirname, "../../../shared/eval/contract.graphql");

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

const op = (name: string, variables: Record<string, unknown>) =>
  fetch(t.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: CONTRACT, operationName: name, variables }) }).then((r) => r.json() as Promise<{ data?: Record<string, { totalCount: number; edges: unknown[] }>; errors?: unknown[] }>);

describe("the API contract", () => {
  it("our copy of contract.graphql is the shared one", () => {
    if (!existsSync(SHARED_CONTRACT)) return; // a clone without ../shared: the copy is the contract
    expect(CONTRACT).toBe(readFileSync(SHARED_CONTRACT, "utf8"));
  });

  it("every contract operation validates against the schema", () => {
    expect(validate(buildSchema(loadTypeDefs()), parse(CONTRACT)).map((e) => e.message)).toEqual([]);
  });

  it.each(["People", "Places", "Organizations", "Meetings", "Agreements"])("%s returns real data from the seeds", async (name) => {
    const body = await op(name, { first: 100 });
    expect(body.errors).toBeUndefined();
    const field = Object.values(body.data!)[0];
    expect(field.totalCount).toBeGreaterThan(0);
    expect(field.edges.length).toBe(field.totalCount);
  });

  it("WhoMet answers by a name in any script", async () => {
    const ids = new Set<string>();
    for (const name of ["الشیبانی", "الشيباني", "Shaibani", "al-Shaibani", "شبیانی"]) {
      const body = (await op("WhoMet", { name })) as { data?: { person: { id: string; metWith: Array<{ person: { name: string } }> } } };
      ids.add(body.data!.person.id);
      expect(body.data!.person.metWith.map((m) => m.person.name)).toEqual(expect.arrayContaining(["Vladimir Putin", "Sergey Lavrov"]));
    }
    expect([...ids]).toEqual(["person:asaad-al-shaibani"]);
  });
});

describe("queries", () => {
  it("meetings between two people in a date range, with dates and evidence", async () => {
    const r = await t.gql<{ meetings: { totalCount: number; edges: Array<{ node: { date: string; sources: Array<{ excerpt: string; article: { uri: string } }> } }> } }>(
      `{ meetings(participant: "پوتین", with: "Shaibani", from: "2025-07-01", to: "2025-07-31") { totalCount edges { node { date sources { excerpt article { uri } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.meetings.totalCount).toBe(1);
    expect(r.data!.meetings.edges[0].node.date).toBe("2025-07-31");
    expect(r.data!.meetings.edges[0].node.sources.length).toBeGreaterThanOrEqual(2);
  });

  it("an undated meeting stays undated and drops out of a date range", async () => {
    const all = await t.gql<{ meetings: { edges: Array<{ node: { date: string | null } }> } }>(`{ meetings(participant: "بشار الأسد") { edges { node { date } } } }`);
    expect(all.data!.meetings.edges.map((e) => e.node.date)).toEqual([null]);
    const ranged = await t.gql<{ meetings: { totalCount: number } }>(`{ meetings(participant: "Assad", from: "2000-01-01", to: "2030-01-01") { totalCount } }`);
    expect(ranged.data!.meetings.totalCount).toBe(0);
  });

  it("the chain of meetings between two people: path, and its deprecated alias connection", async () => {
    for (const field of ["path", "connection"]) {
      const r = await t.gql<Record<string, { __typename: string; people: Array<{ name: string }>; hops: Array<{ meeting: { date: string } }> }>>(`{ ${field}(a: "Maher al-Sharaa", b: "Belousov") { __typename people { name } hops { meeting { date } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data![field].__typename).toBe("MeetingPath");
      expect(r.data![field].people[0].name).toBe("Maher al-Sharaa");
      expect(r.data![field].people.at(-1)!.name).toBe("Andrey Belousov");
    }
    const none = await t.gql<{ path: null }>(`{ path(a: "Maher al-Sharaa", b: "Belousov", until: "2025-08-01") { people { name } } }`);
    expect(none.data!.path).toBeNull();
  });

  it("role claims keep the conflicting one with its source", async () => {
    const r = await t.gql<{ person: { roles: Array<{ office: string; conflicting: boolean; article: { uri: string } }> } }>(`{ person(name: "لافروف") { roles { office conflicting article { uri } } } }`);
    const defence = r.data!.person.roles.filter((x) => x.office === "DEFENCE_MINISTER");
    expect(defence.length).toBe(1);
    expect(defence[0].conflicting).toBe(true);
    expect(defence[0].article.uri).toMatch(/002_/);
    expect(r.data!.person.roles.some((x) => x.office === "FOREIGN_MINISTER" && !x.conflicting)).toBe(true);
  });

  it("search finds people across scripts, ranked", async () => {
    const r = await t.gql<{ search: { edges: Array<{ node: { score: number; node: { __typename: string; name?: string } } }> } }>(`{ search(text: "لافروف", kinds: [PERSON]) { edges { node { score node { __typename ... on Person { name } } } } } }`);
    expect(r.data!.search.edges[0].node.node.name).toBe("Sergey Lavrov");
  });

  it("node(id) fetches any node", async () => {
    const r = await t.gql<{ node: { __typename: string } }>(`{ node(id: "place:kremlin") { __typename ... on Place { name within { name } } } }`);
    expect(r.data!.node).toEqual({ __typename: "Place", name: "Kremlin", within: { name: "Moscow" } });
  });
});

describe("limits and errors", () => {
  it("rejects a query 20 levels deep with DEPTH_LIMIT", async () => {
    let q = "name";
    for (let i = 0; i < 10; i++) q = `metWith { person { ${q} } }`;
    const r = await t.gql(`{ person(name: "Putin") { ${q} } }`);
    expect(r.errors?.[0].extensions?.code).toBe("DEPTH_LIMIT");
  });

  it("rejects first: 100000 with PAGE_SIZE_EXCEEDED", async () => {
    const r = await t.gql(`{ people(first: 100000) { totalCount } }`);
    expect(r.errors?.[0].extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
    const v = await t.gql(`query($n: Int) { meetings(first: $n) { totalCount } }`, { n: 5000 });
    expect(v.errors?.[0].extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
  });

  it("rejects an alias bomb with COST_LIMIT, and keeps serving", async () => {
    const bomb = Array.from({ length: 60 }, (_, i) => `a${i}: people(first: 100) { edges { node { metWith { meetings { participants { name } } } } } }`).join(" ");
    const r = await t.gql(`{ ${bomb} }`);
    expect(r.errors?.[0].extensions?.code).toBe("COST_LIMIT");
    const ok = await t.gql<{ stats: { people: number } }>(`{ stats { people } }`);
    expect(ok.data!.stats.people).toBe(12);
  });

  it("returns coded errors for bad GraphQL and bad arguments", async () => {
    expect((await t.gql(`{ people( }`)).errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect((await t.gql(`{ nope }`)).errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await t.gql(`{ meetings(from: "31/07/2025") { totalCount } }`)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await t.gql(`query($d: Date) { meetings(from: $d) { totalCount } }`, { d: "31/07/2025" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await t.gql(`{ people(after: "garbage") { totalCount } }`)).errors?.[0].extensions?.code).toBe("BAD_CURSOR");
  });

  it("mutations need the token", async () => {
    const m = `mutation($t: String!) { ingestArticle(input: { text: $t }) { created article { id } } }`;
    const text = "Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Monday.";
    expect((await t.gql(m, { t: text })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await t.gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(m, { t: text }, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestArticle.created).toBe(true);
    const again = await t.gql<{ ingestArticle: { created: boolean } }>(m, { t: text }, auth);
    expect(again.data!.ingestArticle.created).toBe(false);
    const met = await t.gql<{ person: { metWith: Array<{ person: { name: string } }> } }>(`{ person(name: "Fidan") { metWith { person { name } } } }`);
    expect(met.data!.person.metWith.map((x) => x.person.name)).toContain("Fuad Hussein");
    const removed = await t.gql<{ removeArticle: boolean }>(`mutation($id: ID!) { removeArticle(id: $id) }`, { id: first.data!.ingestArticle.article.id }, auth);
    expect(removed.data!.removeArticle).toBe(true);
    expect((await t.gql<{ person: null }>(`{ person(name: "Fidan") { id } }`)).data!.person).toBeNull();
  });
});

describe("no N+1", () => {
  it("people → metWith → meetings → place costs the same store round trips for 2 people as for 50", async () => {
    const q = (n: number) => `{ people(first: ${n}) { edges { node { name metWith { person { name } meetings { date place { name } participants { name } } } } } } }`;
    const cost = async (n: number) => {
      (t.store as CypherStore).readCache.clear(); // (rows read for 2 people would answer part of 50)
      const before = t.store.roundTrips;
      const r = await t.gql(q(n));
      expect(r.errors).toBeUndefined();
      return t.store.roundTrips - before;
    };
    const few = await cost(2);
    const many = await cost(50);
    // one batched call per field level, whatever the number of people; a level can cost one call
    // less when every id it needs is already in the request's DataLoader cache
    expect(Math.abs(many - few)).toBeLessThanOrEqual(1);
    expect(many).toBeLessThanOrEqual(12);
  });

  it("who-met, the meetings of two people and a timeline read their nested answer in one store round trip", async () => {
    // each query text is new to this server (the response cache answers a repeated one from memory),
    // and each starts with the read cache empty (it would answer the rows an earlier query read)
    const cost = async (q: string) => {
      (t.store as CypherStore).readCache.clear();
      const before = t.store.roundTrips;
      const r = await t.gql<Record<string, unknown>>(q);
      expect(r.errors).toBeUndefined();
      expect(JSON.stringify(r.data)).not.toBe("{}");
      return t.store.roundTrips - before;
    };
    const who = `person(name: "Asaad al-Shaibani")`;
    const root = await cost(`{ rt1: ${who} { name } }`);
    expect(await cost(`{ rt2: ${who} { name metWith { person { name } meetings { date place { name } } } } }`)).toBe(root + 1);
    expect(await cost(`{ rt3: ${who} { name counterparts { edges { node { name } meetings { date kind place { name category } } } } } }`)).toBe(root + 1);
    expect(await cost(`{ rt4: ${who} { name timeline { totalCount edges { node { meeting { date kind place { name } } agreement { summary status } } } } } }`)).toBe(root + 1);
    const between = `meetings(participant: "Asaad al-Shaibani", with: "Sergey Lavrov")`;
    const names = await cost(`{ rt5a: person(name: "Asaad al-Shaibani") { id } rt5b: person(name: "Sergey Lavrov") { id } }`);
    expect(await cost(`{ rt6: ${between} { totalCount edges { node { date kind place { name } } } } }`)).toBe(names + 1);
  });
});

describe("the playground", () => {
  it("is served as HTML at /graphql and /, with every script inline (no CDN)", async () => {
    for (const path of ["/graphql", "/"]) {
      const res = await fetch(new URL(path, t.server.url), { headers: { accept: "text/html" } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("WhoMetShaibani");
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    }
  });
});
