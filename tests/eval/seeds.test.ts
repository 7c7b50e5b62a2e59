// The seeds, guarded by the project itself: seeds/ loaded into a fresh store through the real pipeline,
// served on a free port, and asked through GraphQL for the people, the meetings (pairs, dates, places,
// sources), the agreements and who met whom by a name in Persian, Arabic or Latin script. The expected
// facts are ours, in seeds.expected.json. (The shared scorer, ../shared/eval/score.mjs, runs in .ci/run.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer, type TestServer } from "../api/helpers.js";
import { seedMisses, type GraphAnswers, type SeedExpectations } from "./seeds-check.js";

const expected = JSON.parse(readFileSync(join(import.meta.dirname, "seeds.expected.json"), "utf8")) as SeedExpectations;

interface Named {
  name: string;
}
interface MeetingNode {
  date: string | null;
  place: Named | null;
  participants: Named[];
  sources: Array<{ article: { uri: string } }>;
}

async function answers(t: TestServer): Promise<GraphAnswers> {
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await t.gql<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`${query}: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  const MEETING = "date place { name } participants { name } sources { article { uri } }";
  const toMeeting = (m: MeetingNode) => ({ date: m.date, place: m.place?.name ?? null, participants: m.participants.map((p) => p.name), articles: m.sources.map((s) => s.article.uri) });
  const all = await ask<{ people: { edges: Array<{ node: Named }> }; meetings: { edges: Array<{ node: MeetingNode }> }; agreements: { edges: Array<{ node: { date: string | null; parties: Array<Named & { __typename: string }>; signatories: Named[]; sources: Array<{ article: { uri: string } }> } }> } }>(
    `{ people(first: 100) { edges { node { name } } }
       meetings(first: 100) { edges { node { ${MEETING} } } }
       agreements(first: 100) { edges { node { date parties { __typename name } signatories { name } sources { article { uri } } } } } }`,
  );
  const names = [...expected.people.flatMap((p) => p.asWritten), ...expected.notPeople.map((n) => n.asWritten), ...expected.whoMet.map((w) => w.asWritten)];
  const personByName: Record<string, string | null> = {};
  for (const name of names) personByName[name] = (await ask<{ person: Named | null }>("query($n: String!) { person(name: $n) { name } }", { n: name })).person?.name ?? null;
  const metByName: Record<string, string[]> = {};
  for (const w of expected.whoMet) {
    const r = await ask<{ meetings: { edges: Array<{ node: MeetingNode }> } }>(`query($n: String!) { meetings(participant: $n, first: 100) { edges { node { ${MEETING} } } } }`, { n: w.asWritten });
    const self = personByName[w.asWritten];
    metByName[w.asWritten] = [...new Set(r.meetings.edges.flatMap((e) => e.node.participants.map((p) => p.name)).filter((p) => p !== self))];
  }
  return {
    people: all.people.edges.map((e) => e.node.name),
    personByName,
    meetings: all.meetings.edges.map((e) => toMeeting(e.node)),
    // parties lists the sides, then the people who signed for them (schema/events.graphql); the expectations name the sides
    agreements: all.agreements.edges.map(({ node: a }) => ({ date: a.date, parties: a.parties.filter((p) => p.__typename !== "Person").map((p) => p.name), signatories: a.signatories.map((s) => s.name), articles: a.sources.map((s) => s.article.uri) })),
    metByName,
  };
}

describe("the seeds through the API", () => {
  let t: TestServer;
  let graph: GraphAnswers;
  beforeAll(async () => {
    t = await startTestServer();
    graph = await answers(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it("hold the people, meetings, dates, places, agreements and who-met-whom that the seeds report", () => {
    expect(seedMisses(expected, graph)).toEqual([]);
  });

  it("counts meetings the same way in stats and in meetings.totalCount (a planned meeting is not a meeting)", async () => {
    const r = await t.gql<{ stats: { meetings: number }; meetings: { totalCount: number }; planned: { totalCount: number } }>(
      "{ stats { meetings } meetings { totalCount } planned: meetings(kinds: [PLANNED]) { totalCount } }",
    );
    expect(r.data!.planned.totalCount).toBeGreaterThan(0); // 004: Lavrov invited al-Jolani to Russia
    expect(r.data!.stats.meetings).toBe(r.data!.meetings.totalCount);
    expect(r.data!.stats.meetings).toBe(expected.meetings.length);
  });

  it("fails when the graph differs: a wrong date, a lost person, an extra pair, a missed counterpart", () => {
    const wrong = structuredClone(graph);
    wrong.meetings[0]!.date = "2024-01-01";
    wrong.people = wrong.people.filter((p) => p !== "Alexander Novak");
    wrong.meetings.push({ date: null, place: "Moscow", participants: ["Sergey Lavrov", "Ahmed al-Sharaa"], articles: [] });
    wrong.metByName["لافروف"] = [];
    wrong.agreements.pop();
    const misses = seedMisses(expected, wrong);
    expect(misses.some((m) => m.includes("date 2024-01-01"))).toBe(true);
    expect(misses).toContain("person Alexander Novak is missing");
    expect(misses.some((m) => m.startsWith("Sergey Lavrov + Ahmed al-Sharaa is a meeting"))).toBe(true);
    expect(misses.some((m) => m.startsWith('who met "لافروف"'))).toBe(true);
    expect(misses.some((m) => m.includes("not found"))).toBe(true);
  });
});
