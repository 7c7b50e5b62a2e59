// The rest of the query surface, over HTTP against the seeds graph: filters, timelines, articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

type Names = Array<{ node: { name: string } }>;

describe("people", () => {
  it("by a search in any script", async () => {
    for (const search of ["Lavrov", "لافروف", "سرگئی لاوروف"]) {
      const r = await t.gql<{ people: { edges: Names } }>(`query($s: String) { people(search: $s) { edges { node { name } } } }`, { s: search });
      expect(r.data!.people.edges.map((e) => e.node.name)).toContain("Sergey Lavrov");
    }
  });
  it("by an office and its country (and by the deprecated role key)", async () => {
    for (const args of [`office: DEFENCE_MINISTER`, `role: "defence-minister"`]) {
      const r = await t.gql<{ people: { edges: Names } }>(`{ people(${args}, country: "Syria") { edges { node { name } } } }`);
      expect(r.data!.people.edges.map((e) => e.node.name)).toEqual(["Murhaf Abu Qasra"]);
    }
  });
  it("ordered by number of meetings", async () => {
    const r = await t.gql<{ people: { edges: Names } }>(`{ people(orderBy: MEETING_COUNT, first: 1) { edges { node { name } } } }`);
    expect(r.data!.people.edges[0].node.name).toBe("Asaad al-Shaibani");
  });
  it("pages with stable cursors", async () => {
    const p1 = await t.gql<{ people: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Names } }>(`{ people(first: 5) { totalCount pageInfo { endCursor hasNextPage } edges { node { name } } } }`);
    const p2 = await t.gql<{ people: { edges: Names } }>(`query($a: String) { people(first: 5, after: $a) { edges { node { name } } } }`, { a: p1.data!.people.pageInfo.endCursor });
    expect(p1.data!.people.pageInfo.hasNextPage).toBe(true);
    const all = [...p1.data!.people.edges, ...p2.data!.people.edges].map((e) => e.node.name);
    expect(new Set(all).size).toBe(10);
  });
});

describe("a person's meetings, contacts, agreements and timeline", () => {
  it("Person.meetings with kinds shows planned contacts apart from meetings", async () => {
    const r = await t.gql<{ person: { meetings: { totalCount: number }; planned: { edges: Array<{ node: { kind: string; participants: Array<{ name: string }> } }> } } }>(
      `{ person(name: "Lavrov") { meetings { totalCount } planned: meetings(kinds: [PLANNED]) { edges { node { kind participants { name } } } } } }`,
    );
    expect(r.data!.person.meetings.totalCount).toBe(2);
    expect(r.data!.person.planned.edges[0].node.kind).toBe("PLANNED");
    expect(r.data!.person.planned.edges[0].node.participants.map((p) => p.name)).toContain("Ahmed al-Sharaa");
  });
  it("Person.agreements and Person.timeline, in date order", async () => {
    type Entry = { date: string | null; meeting: { id: string } | null; agreement: { id: string } | null };
    const r = await t.gql<{ person: { agreements: { totalCount: number }; timeline: { edges: Array<{ node: Entry }> } } }>(
      `{ person(name: "Shaibani") { agreements { totalCount } timeline(from: "2025-01-01", to: "2025-12-31") { edges { node { date meeting { id } agreement { id } } } } } }`,
    );
    expect(r.data!.person.agreements.totalCount).toBe(2);
    const entries = r.data!.person.timeline.edges.map((e) => e.node);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries.some((e) => e.agreement)).toBe(true);
    expect(dates.at(-1)).toBe("2025-09-09");
  });
});

describe("meetings and agreements by place, country and party", () => {
  it("meetings in a country include its cities and sites", async () => {
    const r = await t.gql<{ inRussia: { totalCount: number }; inKremlin: { totalCount: number }; inSyria: { totalCount: number } }>(
      `{ inRussia: meetings(country: "روسیه") { totalCount } inKremlin: meetings(place: "الكرملين") { totalCount } inSyria: meetings(country: "Syria") { totalCount } }`,
    );
    expect(r.data).toEqual({ inRussia: { totalCount: 4 }, inKremlin: { totalCount: 1 }, inSyria: { totalCount: 2 } });
  });
  it("agreements by party and by signatory", async () => {
    const r = await t.gql<{ byParty: { totalCount: number }; bySignatory: { totalCount: number }; none: { totalCount: number } }>(
      `{ byParty: agreements(party: "سوريا") { totalCount } bySignatory: agreements(signatory: "Lavrov") { totalCount } none: agreements(signatory: "Novak") { totalCount } }`,
    );
    expect(r.data).toEqual({ byParty: { totalCount: 2 }, bySignatory: { totalCount: 2 }, none: { totalCount: 0 } });
  });
  it("Agreement.parties: its states and bodies, then the people who signed it (a deal between two bodies is known by its signers)", async () => {
    type Party = { __typename: string; name: string };
    const r = await t.gql<{ agreements: { edges: Array<{ node: { parties: Party[]; signatories: Array<{ name: string }> } }> } }>(
      `{ agreements(signatory: "Lavrov") { edges { node { parties { __typename name } signatories { name } } } } }`,
    );
    for (const { node } of r.data!.agreements.edges) {
      const people = node.parties.filter((p) => p.__typename === "Person").map((p) => p.name);
      expect(people.sort()).toEqual(node.signatories.map((p) => p.name).sort());
      expect(people).toContain("Sergey Lavrov");
      const firstPerson = node.parties.findIndex((p) => p.__typename === "Person");
      expect(node.parties.slice(firstPerson).every((p) => p.__typename === "Person")).toBe(true);
      expect(firstPerson).toBeGreaterThan(0);
    }
  });
});

describe("articles", () => {
  it("each article shows what was extracted from it", async () => {
    const list = await t.gql<{ articles: { totalCount: number; edges: Array<{ node: { id: string; uri: string } }> } }>(`{ articles(first: 10) { totalCount edges { node { id uri } } } }`);
    expect(list.data!.articles.totalCount).toBe(5);
    const a004 = list.data!.articles.edges.find((e) => e.node.uri.includes("004_"))!.node.id;
    const r = await t.gql<{ article: { language: string; meetings: Array<{ participants: Array<{ name: string }> }>; agreements: Array<{ id: string }> } }>(
      `query($id: ID!) { article(id: $id) { language meetings { participants { name } } agreements { id } } }`,
      { id: a004 },
    );
    expect(r.data!.article.language).toBe("fa");
    expect(r.data!.article.meetings.some((m) => m.participants.map((p) => p.name).sort().join() === "Asaad al-Shaibani,Sergey Lavrov")).toBe(true);
    expect(r.data!.article.agreements.length).toBe(1);
  });
  it("stats count the graph", async () => {
    const r = await t.gql<{ stats: { articles: number; people: number; meetings: number } }>(`{ stats { articles people meetings } }`);
    expect(r.data!.stats).toMatchObject({ articles: 5, people: 12 });
  });
});
