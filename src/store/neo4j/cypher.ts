// Every Cypher string of the Neo4j adapter, named, in one place. They are linted by Neo4j's own
// front end (@neo4j-cypher/language-support) in tests/store/neo4j-lint.test.ts, against the labels,
// relationship types and properties below. Values always travel as parameters.

/** Constraints and indexes (from the graph model, store/graph.ts), created idempotently at start. */
export const SCHEMA = [
  ...Object.entries(NODES).map(([label, n]) => `CREATE CONSTRAINT ${snake(label)}${n.key === "id" ? "_id" : ""} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${n.key} IS UNIQUE`),
  ...Object.entries(NODES).flatMap(([label, n]) => ("index" in n ? n.index : []).map((p) => `CREATE INDEX ${snake(label)}_${p} IF NOT EXISTS FOR (n:${label}) ON (n.${p})`)),
  // search: `k.key CONTAINS $q` is answered from a TEXT index (same hits as Kuzu's scan; a Lucene
  // full-text index would tokenise names and answer differently)
  ...Object.entries(NODES).flatMap(([label, n]) => ("textIndex" in n ? [`CREATE TEXT INDEX ${snake(label)}_text IF NOT EXISTS FOR (n:${label}) ON (n.${n.textIndex})`] : [])),
];

/** Labels, relationship types and property keys the app uses (for the linter). */
export const GRAPH = {
  labels: Object.keys(NODES),
  relationshipTypes: Object.keys(RELS),
  propertyKeys: [...new Set([...Object.values(NODES).flatMap((n) => Object.keys(n.props)), ...Object.values(RELS).flatMap((r) => Object.keys(r.props ?? {})),
    // keys of the $rows maps that UNWIND writes
    "a", "b", "endAt"])],
};

import { NODES, RELS, snake } from "../graph.js";
import { buildQueries, keyOf, prop, value, type Column } from "../queries.js";

const props = (columns: Column[]) => (columns.length ? ` {${columns.map((c) => `${prop(c.prop)}: ${value(c)}`).join(", ")}}` : "");

export const Q = {
  ...buildQueries({
    str: (x) => `toString(${x})`,
    hint: () => "",
    insertNodes: (label, columns) => `UNWIND $rows AS r CREATE (:${label}${props(columns)})`,
    insertRels: (type, from, to, columns = []) => `UNWIND $rows AS r MATCH (a:${from} {${keyOf(from)}: r.a}), (b:${to} {${keyOf(to)}: r.b}) CREATE (a)-[:${type}${props(columns)}]->(b)`,
  }),
  /** The database's own shortest path: person, meeting, person, … with every meeting in the date range. */
  shortestPath: "MATCH (a:Person {id: $a}), (b:Person {id: $b}) MATCH p = shortestPath((a)-[:ATTENDED*..12]-(b)) WHERE all(n IN nodes(p) WHERE NOT n:Meeting OR (n.kind = 'meeting' AND ($anyDate OR (n.date >= date($from) AND n.date <= date($to))))) RETURN [n IN nodes(p) | n.id] AS ids",
};

/** Whole-database maintenance (tests, `kg eval`): never reached from the API. */
export const ADMIN = {
  /** Deletes up to 10k nodes with their relationships; run until it returns 0. */
  clearChunk: "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n",
  articleContents: "MATCH (a:Article) RETURN a.id AS id, COUNT { (:Mention)-[:IN_ARTICLE]->(a) } AS mentions, COUNT { (:EventReport)-[:REPORTED_IN]->(a) } AS reports",
};
