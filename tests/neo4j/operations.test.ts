// TCK-style snapshots on Neo4j (npm run test:neo4j): for who-met, meetings-between and connection, the
// exact Cypher and parameters the Neo4j store sends to the test Neo4j, with the answer it gave (the same
// answers as Kuzu's in tests/store/operations.test.ts; connection is one shortestPath statement here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUp, trace } from "../store/recording.js";

describe.runIf(!!process.env.NEO4J_URI)("operations on Neo4j: Cypher and parameters", () => {
  let s: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    s = await setUp("neo4j");
  });
  afterAll(() => s.cleanup());

  it("who met Beta, from February 2024", async () => {
    expect(await trace(s, () => s.store.metWith(["person:beta"], { from: "2024-02-01" }))).toMatchInlineSnapshot();
  });

  it("meetings between Alpha and Beta in 2024", async () => {
    expect(await trace(s, () => s.store.listMeetings({ first: 10, participantId: "person:alpha", withId: "person:beta", from: "2024-01-01", to: "2024-12-31" }))).toMatchInlineSnapshot();
  });

  it("the connection from Alpha to Evil, at most 3 hops", async () => {
    expect(await trace(s, () => s.store.connection("person:alpha", "person:evil", { maxHops: 3 }))).toMatchInlineSnapshot();
  });
});
