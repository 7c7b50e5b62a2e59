// TCK-style snapshots on Neo4j (npm run test:neo4j): for who-met, meetings-between and connection, the
// exact Cypher and parameters the Neo4j store sends to the test Neo4j, with the answer it gave (the same
// answers as Kuzu's in tests/store/operations.test.ts; connection is one shortestPath statement here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUp, trace } from "../store/recording.js";
import { setCursorSecret } from "../../src/store/paging.js";

// cursors are signed with a per-process secret unless one is set: a fixed one keeps the answers stable
setCursorSecret("operations-test");

describe.runIf(!!process.env.NEO4J_URI)("operations on Neo4j: Cypher and parameters", () => {
  let s: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    s = await setUp("neo4j");
  });
  afterAll(() => s.cleanup());

  it("who met Beta, from February 2024", async () => {
    expect(await trace(s, () => s.store.metWith(["person:beta"], { from: "2024-02-01" }))).toMatchInlineSnapshot(`
      {
        "answer": [
          [
            {
              "meetingIds": [
                "meeting:be",
              ],
              "otherId": "person:evil",
              "personId": "person:beta",
            },
          ],
        ],
        "sent": [
          {
            "cypher": "MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings",
            "params": {
              "anyDate": false,
              "anyPlace": true,
              "from": "2024-02-01",
              "ids": [
                "person:beta",
              ],
              "places": [
                "",
              ],
              "to": "9999-12-31",
            },
          },
        ],
      }
    `);
  });

  it("meetings between Alpha and Beta in 2024", async () => {
    expect(await trace(s, () => s.store.listMeetings({ first: 10, participantId: "person:alpha", withId: "person:beta", from: "2024-01-01", to: "2024-12-31" }))).toMatchInlineSnapshot(`
      {
        "answer": {
          "endCursor": "bzow.ljOAgxb9-fGVXn2UiVmCBw",
          "hasNextPage": false,
          "offset": 0,
          "rows": [
            {
              "confidence": 0.9,
              "date": "2024-01-10",
              "dateBasis": "explicit",
              "datePrecision": "day",
              "id": "meeting:ab",
              "kind": "meeting",
              "participantIds": [
                "person:alpha",
                "person:beta",
              ],
              "placeId": "place:capital",
              "reportIds": [
                "report:1",
                "report:2",
              ],
              "sources": [],
            },
          ],
          "totalCount": 1,
        },
        "sent": [
          {
            "cypher": "MATCH (a:Person {id: $p})-[r:MET]->(b:Person) WHERE ($w = '' OR b.id = $w) AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) RETURN DISTINCT r.meetingId AS id, toString(r.date) AS date",
            "params": {
              "anyDate": false,
              "anyPlace": true,
              "from": "2024-01-01",
              "p": "person:alpha",
              "places": [
                "",
              ],
              "to": "2024-12-31",
              "w": "person:beta",
            },
          },
          {
            "cypher": "UNWIND $ids AS i MATCH (m:Meeting {id: i}) RETURN m.id AS id, m.kind AS kind, toString(m.date) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds",
            "params": {
              "ids": [
                "meeting:ab",
              ],
            },
          },
        ],
      }
    `);
  });

  it("the connection from Alpha to Evil, at most 3 hops", async () => {
    expect(await trace(s, () => s.store.connection("person:alpha", "person:evil", { maxHops: 3 }))).toMatchInlineSnapshot(`
      {
        "answer": {
          "meetingIds": [
            "meeting:ab",
            "meeting:be",
          ],
          "personIds": [
            "person:alpha",
            "person:beta",
            "person:evil",
          ],
        },
        "sent": [
          {
            "cypher": "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:ATTENDED*..12]-(b)) WHERE all(n IN nodes(p) WHERE NOT n:Meeting OR (n.kind = 'meeting' AND ($anyDate OR (n.date >= date($from) AND n.date <= date($to))))) RETURN [n IN nodes(p) | n.id] AS ids",
            "params": {
              "a": "person:alpha",
              "anyDate": true,
              "b": "person:evil",
              "from": "0001-01-01",
              "to": "9999-12-31",
            },
          },
        ],
      }
    `);
  });
});
