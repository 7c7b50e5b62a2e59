// The Cypher that matters, snapshotted inline (as neo4j/graphql's TCK tests do), so that a query
// change is visible in review. Both dialects come from one builder (src/store/queries.ts).
import { describe, expect, it } from "vitest";
import { ONE, Q as kuzu, SCHEMA as KUZU_SCHEMA } from "../../src/store/kuzu/cypher.js";
import { oneKey } from "../../src/store/queries.js";
import { Q as neo4j } from "../../src/store/neo4j/cypher.js";

describe("Cypher", () => {
  it("who met whom: one hop over the derived MET relationship, Kuzu told to start from the people asked", () => {
    expect(kuzu.metWith).toMatchInlineSnapshot(`"MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings"`);
    expect(neo4j.metWith).toMatchInlineSnapshot(`"MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings"`);
  });
  it("Kuzu reads a few keys one by one, by its primary-key index (an IN list or an UNWIND scans the table)", () => {
    expect(ONE.get(kuzu.metWith)).toMatchInlineSnapshot(`"MATCH (a:Person {id: $id})-[r:MET]->(b:Person) WHERE ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places) HINT (a JOIN r) JOIN b RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings"`);
    expect(ONE.get(kuzu.getMeetings)).toMatchInlineSnapshot(`"MATCH (m:Meeting {id: $id}) RETURN m.id AS id, m.kind AS kind, CAST(m.date AS STRING) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds"`);
    expect(ONE.get(kuzu.findByKeys("Person"))).toMatchInlineSnapshot(`"MATCH (k:NameKey {key: $key})-[:NAMES]->(e:Person) RETURN e.id AS id, count(*) AS hits ORDER BY hits DESC, id"`);
    expect(ONE.get(kuzu.getPlaces)).toMatchInlineSnapshot(`"MATCH (p:Place {id: $id}) OPTIONAL MATCH (p)-[:WITHIN]->(w:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, w.id AS within"`);
    // every one-key form binds its key as a parameter and keeps the rest of the query
    for (const [list, one] of ONE) {
      expect(one).toMatch(/\{(id|key): \$(id|key)\}/);
      expect(one).not.toMatch(/\$(ids|keys)\b/);
      expect(one.slice(one.indexOf(" RETURN "))).toBe(list.slice(list.indexOf(" RETURN ")));
    }
  });
  it("a query with no key list has no one-key form", () => {
    expect(() => oneKey(kuzu.meetingsFiltered)).toThrow(/no key list/);
    expect(() => oneKey("UNWIND $ids AS i MATCH (m:Meeting) WHERE m.id = i RETURN m.id")).toThrow(/not a key/);
  });
  it("meetings with every filter as a parameter", () => {
    expect(kuzu.meetingsFiltered).toMatchInlineSnapshot(`"MATCH (m:Meeting) WHERE m.kind IN $kinds AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) AND ($anyPlace OR m.placeId IN $places) AND ($p = '' OR EXISTS { MATCH (:Person {id: $p})-[:ATTENDED]->(m) }) AND ($w = '' OR EXISTS { MATCH (:Person {id: $w})-[:ATTENDED]->(m) }) RETURN m.id AS id, CAST(m.date AS STRING) AS date"`);
  });
  it("a meeting with its participants", () => {
    expect(kuzu.getMeetings).toMatchInlineSnapshot(`"UNWIND $ids AS i MATCH (m:Meeting {id: i}) RETURN m.id AS id, m.kind AS kind, CAST(m.date AS STRING) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds"`);
    expect(neo4j.getMeetings).toMatchInlineSnapshot(`"UNWIND $ids AS i MATCH (m:Meeting {id: i}) RETURN m.id AS id, m.kind AS kind, toString(m.date) AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds"`);
  });
  it("Neo4j's shortest chain of meetings within a date range", () => {
    expect(neo4j.shortestPath).toMatchInlineSnapshot(`"MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:ATTENDED*..12]-(b)) WHERE all(n IN nodes(p) WHERE NOT n:Meeting OR (n.kind = 'meeting' AND ($anyDate OR (n.date >= date($from) AND n.date <= date($to))))) RETURN [n IN nodes(p) | n.id] AS ids"`);
  });
  it("bulk inserts of rows checked to be new: Kuzu COPY from UNWIND (table column order), Neo4j UNWIND CREATE", () => {
    expect(kuzu.insertMentions).toMatchInlineSnapshot(`"COPY Mention FROM (UNWIND $rows AS r RETURN r.id, r.text, r.lang, r.start, r.endAt, r.kind)"`);
    expect(kuzu.refersTo("Person")).toMatchInlineSnapshot(`"COPY REFERS_TO FROM (UNWIND $rows AS r RETURN r.a, r.b) (from='Mention', to='Person')"`);
    expect(neo4j.insertMentions).toMatchInlineSnapshot(`"UNWIND $rows AS r CREATE (:Mention {id: r.id, text: r.text, lang: r.lang, start: r.start, \`end\`: r.endAt, kind: r.kind})"`);
    expect(neo4j.refersTo("Person")).toMatchInlineSnapshot(`"UNWIND $rows AS r MATCH (a:Mention {id: r.a}), (b:Person {id: r.b}) CREATE (a)-[:REFERS_TO]->(b)"`);
    expect(kuzu.existingNames("Place")).toMatchInlineSnapshot(`"UNWIND $ids AS i MATCH (k:NameKey)-[:NAMES]->(e:Place {id: i}) RETURN k.key AS key, e.id AS id"`);
  });
  it("every Kuzu COPY into a node table gives one value per declared column, keys first", () => {
    const columns = new Map(KUZU_SCHEMA.flatMap((ddl) => {
      const m = /CREATE NODE TABLE IF NOT EXISTS (\w+)\((.*), PRIMARY KEY\((\w+)\)\)$/.exec(ddl);
      return m ? [[m[1], m[2].split(", ").map((c) => c.split(" ")[0].replace(/`/g, ""))] as const] : [];
    }));
    const copies = Object.values(kuzu).filter((q): q is string => typeof q === "string" && /^COPY \w+ FROM/.test(q) && !q.includes("(from="));
    expect(copies.length).toBe(columns.size);
    for (const q of copies) {
      const [, table, values] = /^COPY (\w+) FROM \(UNWIND \$rows AS r RETURN (.*)\)$/.exec(q)!;
      const names = values.split(", ").map((v) => v.replace(/^date\((.*)\)$/, "$1").replace(/^r\./, ""));
      expect(names.length, table).toBe(columns.get(table)!.length);
      expect(names[0], table).toBe(columns.get(table)![0]);
    }
  });
  it("no query carries a value: the only literals are the empty-string sentinel and the 'meeting' kind", () => {
    const literals = new Set<string>();
    for (const q of [...Object.values(kuzu), ...Object.values(neo4j)]) {
      if (typeof q === "boolean") continue; // (a flag, no query: placesApart)
      // Kuzu's COPY options name the tables of a relationship (from='Mention', to='Person'): not values
      const text = (typeof q === "string" ? q : Array.isArray(q) ? q.join("\n") : (q as (l: string) => string)("Person")).replace(/ \(from='\w+', to='\w+'\)$/, "");
      for (const m of text.matchAll(/'([^']*)'/g)) literals.add(m[1]);
    }
    expect([...literals].sort()).toEqual(["", "meeting"]);
  });
});
