// Relay paging of the lists that grow: search, Person.counterparts, Person.timeline (and PageInfo on all).
// Each is paged one item at a time and must give the same items, in the same order, as one big page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

interface Conn<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: N }>;
}
const PAGE = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor";

/** Pages through a connection one edge at a time; returns every node and checks PageInfo on the way. */
async function walk<N>(fetchPage: (first: number, after: string | null) => Promise<Conn<N>>): Promise<{ all: N[]; one: N[] }> {
  const big = await fetchPage(100, null);
  const one: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < big.totalCount + 1; i++) {
    const p = await fetchPage(1, after);
    expect(p.totalCount).toBe(big.totalCount);
    expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
    if (!p.edges.length) break;
    expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
    expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
    one.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  expect(big.edges.length).toBe(big.totalCount);
  return { all: big.edges.map((e) => e.node), one };
}

describe("connections page", () => {
  it("search: hits typed by the SearchResult union, best first", async () => {
    type Hit = { score: number; node: { __typename: string; id: string } };
    const { all, one } = await walk<Hit>(async (first, after) => {
      const r = await t.gql<{ search: Conn<Hit> }>(`query($f: Int, $a: String) { search(text: "al", first: $f, after: $a) { ${PAGE} node { score node { __typename ... on Person { id } ... on Place { id } ... on Organization { id } ... on Article { id } } } } } }`, { f: first, a: after });
      expect(r.errors).toBeUndefined();
      return r.data!.search;
    });
    expect(all.length).toBeGreaterThan(3);
    expect(one).toEqual(all);
    expect(new Set(all.map((h) => h.node.__typename)).size).toBeGreaterThan(1);
    expect(all.every((h) => ["Person", "Place", "Organization", "Article"].includes(h.node.__typename))).toBe(true);
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("Person.counterparts: the same people and meetings as the deprecated metWith list", async () => {
    type Edge = { name: string };
    const { all, one } = await walk<Edge>(async (first, after) => {
      const r = await t.gql<{ person: { counterparts: Conn<Edge> } }>(`query($f: Int, $a: String) { person(name: "Shaibani") { counterparts(first: $f, after: $a) { ${PAGE} node { name } } } } }`, { f: first, a: after });
      return r.data!.person.counterparts;
    });
    expect(one).toEqual(all);
    const old = await t.gql<{ person: { metWith: Array<{ person: { name: string }; meetings: Array<{ id: string }> }>; counterparts: { edges: Array<{ meetingCount: number; meetings: Array<{ id: string }> }> } } }>(
      `{ person(name: "Shaibani") { metWith { person { name } meetings { id } } counterparts(first: 100) { edges { meetingCount meetings { id } } } } }`,
    );
    expect(all.map((n) => n.name)).toEqual(old.data!.person.metWith.map((m) => m.person.name));
    expect(old.data!.person.counterparts.edges.map((e) => e.meetings)).toEqual(old.data!.person.metWith.map((m) => m.meetings));
    expect(old.data!.person.counterparts.edges.every((e) => e.meetingCount === e.meetings.length)).toBe(true);
  });

  it("Person.timeline: meetings and agreements merged in date order across pages", async () => {
    type Entry = { date: string | null; meeting: { id: string } | null; agreement: { id: string } | null };
    const { all, one } = await walk<Entry>(async (first, after) => {
      const r = await t.gql<{ person: { timeline: Conn<Entry> } }>(`query($f: Int, $a: String) { person(name: "Shaibani") { timeline(first: $f, after: $a) { ${PAGE} node { date meeting { id } agreement { id } } } } } }`, { f: first, a: after });
      return r.data!.person.timeline;
    });
    expect(one).toEqual(all);
    expect(all.some((e) => e.agreement) && all.some((e) => e.meeting)).toBe(true);
    const dated = all.filter((e) => e.date).map((e) => e.date);
    expect(dated).toEqual([...dated].sort());
  });

  it("the store's connections have the new PageInfo too", async () => {
    const { all, one } = await walk<{ id: string }>(async (first, after) => (await t.gql<{ places: Conn<{ id: string }> }>(`query($f: Int, $a: String) { places(first: $f, after: $a) { ${PAGE} node { id } } } }`, { f: first, a: after })).data!.places);
    expect(one).toEqual(all);
  });
});
