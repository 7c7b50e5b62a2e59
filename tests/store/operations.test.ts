// TCK-style snapshots (as neo4j/graphql's TCK tests do): for who-met, meetings-between and connection,
// the exact Cypher and parameters the store sends, recorded on the way to a real Kuzu database (the same
// for Neo4j: tests/neo4j/operations.test.ts), with the answer it gave. A change to a statement, a
// parameter or the number of round trips shows up in review.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUp, trace } from "./recording.js";
import { setCursorSecret } from "../../src/store/paging.js";

// cursors are signed with a per-process secret unless one is set: a fixed one keeps the answers stable
setCursorSecret("operations-test");

describe("operations on Kuzu: Cypher and parameters", () => {
  let s: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    s = await setUp("kuzu");
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
            "cypher": "MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings",
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
            "cypher": "MATCH (a:Person {id: $p})-[r:MET]->(b:Person) WHERE ($w = '' OR b.id = $w) AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN DISTINCT r.meetingId AS id, CAST(r.date AS STRING) AS date",
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
            "cypher": "UNWIND $ids AS i MATCH (m:Meeting {id: i}) RETURN m.id AS id, m.kind AS kind, CAST(m.date AS STRING) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds",
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

  it("the connection from Alpha to Evil, at most 3 hops: Kuzu's own shortest-path search, one statement", async () => {
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
            "cypher": "MATCH p = (a:Person {id: $a})-[:MET* SHORTEST 1..3]->(b:Person {id: $b}) RETURN list_transform(nodes(p), x -> x.id) AS people, list_transform(rels(p), x -> x.meetingId) AS meetings LIMIT 1",
            "params": {
              "a": "person:alpha",
              "b": "person:evil",
            },
          },
        ],
      }
    `);
  });

  it("the same within a date range: Kuzu takes no parameter in a path's filter, so path.ts searches level by level", async () => {
    expect(await trace(s, () => s.store.connection("person:alpha", "person:evil", { maxHops: 3, since: "2024-01-01" }))).toMatchInlineSnapshot(`
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
            "cypher": "MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings",
            "params": {
              "anyDate": false,
              "anyPlace": true,
              "from": "2024-01-01",
              "ids": [
                "person:alpha",
              ],
              "places": [
                "",
              ],
              "to": "9999-12-31",
            },
          },
          {
            "cypher": "MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings",
            "params": {
              "anyDate": false,
              "anyPlace": true,
              "from": "2024-01-01",
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
});
