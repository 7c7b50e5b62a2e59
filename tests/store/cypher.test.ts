// The Cypher that matters, snapshotted inline (as neo4j/graphql's TCK tests do), so that a query
// change is visible in review. Both dialects come from one builder (src/store/queries.ts).
import { describe, expect, it } from "vitest";
import { Q as kuzu } from "../../src/store/kuzu/cypher.js";
import { Q as neo4j } from "../../src/store/neo4j/cypher.js";

describe("Cypher", () => {
  it("who met whom (one query for a batch of people; never the person themself)", () => {
    expect(kuzu.metWith).toMatchInlineSnapshot(`"MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE a.id IN $ids AND a <> b AND m.kind = 'meeting' AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) AND ($anyPlace OR m.placeId IN $places) RETURN a.id AS a, b.id AS b, collect(m.id) AS meetings"`);
  });
  it("meetings with every filter as a parameter", () => {
    expect(kuzu.meetingsFiltered).toMatchInlineSnapshot(`"MATCH (m:Meeting) WHERE m.kind IN $kinds AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) AND ($anyPlace OR m.placeId IN $places) AND ($p = '' OR EXISTS { MATCH (:Person {id: $p})-[:ATTENDED]->(m) }) AND ($w = '' OR EXISTS { MATCH (:Person {id: $w})-[:ATTENDED]->(m) }) RETURN m.id AS id, CAST(m.date AS STRING) AS date"`);
  });
  it("a meeting with its participants", () => {
    expect(kuzu.getMeetings).toMatchInlineSnapshot(`"MATCH (m:Meeting) WHERE m.id IN $ids OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m) RETURN m.id AS id, m.kind AS kind, CAST(m.date AS STRING) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, collect(p.id) AS participantIds"`);
    expect(neo4j.getMeetings).toMatchInlineSnapshot(`"MATCH (m:Meeting) WHERE m.id IN $ids OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m) RETURN m.id AS id, m.kind AS kind, toString(m.date) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, collect(p.id) AS participantIds"`);
  });
  it("Neo4j's shortest chain of meetings within a date range", () => {
    expect(neo4j.shortestPath).toMatchInlineSnapshot(`"MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:ATTENDED*..12]-(b)) WHERE all(n IN nodes(p) WHERE NOT n:Meeting OR (n.kind = 'meeting' AND ($anyDate OR (n.date >= date($from) AND n.date <= date($to))))) RETURN [n IN nodes(p) | n.id] AS ids"`);
  });
  it("batched, idempotent writes", () => {
    expect(kuzu.createMentions).toMatchInlineSnapshot(`"UNWIND $rows AS r MERGE (m:Mention {id: r.id}) ON CREATE SET m.text = r.text, m.lang = r.lang, m.start = r.start, m.\`end\` = r.endAt, m.kind = r.kind"`);
    expect(kuzu.refersTo("Person")).toMatchInlineSnapshot(`"UNWIND $rows AS r MATCH (m:Mention {id: r.id}), (e:Person {id: r.entityId}) MERGE (m)-[:REFERS_TO]->(e)"`);
  });
  it("no query carries a value: the only literals are the empty-string sentinel and the 'meeting' kind", () => {
    const literals = new Set<string>();
    for (const q of [...Object.values(kuzu), ...Object.values(neo4j)]) {
      const text = typeof q === "string" ? q : q("Person");
      for (const m of text.matchAll(/'([^']*)'/g)) literals.add(m[1]);
    }
    expect([...literals].sort()).toEqual(["", "meeting"]);
  });
});
