// Every Cypher string of the Neo4j adapter, named, in one place. They are linted by Neo4j's own
// front end (@neo4j-cypher/language-support) in tests/store/neo4j-lint.test.ts, against the labels,
// relationship types and properties below. Values always travel as parameters.

/** Constraints and indexes, created idempotently at start. */
export const SCHEMA = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE",
  "CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT role_claim_id IF NOT EXISTS FOR (n:RoleClaim) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT event_report_id IF NOT EXISTS FOR (n:EventReport) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT agreement_report_id IF NOT EXISTS FOR (n:AgreementReport) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
  "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
  "CREATE FULLTEXT INDEX name_keys IF NOT EXISTS FOR (n:NameKey) ON EACH [n.key]",
];

/** Labels, relationship types and property keys the app uses (for the linter). */
export const GRAPH = {
  labels: ["Article", "Person", "Place", "Organization", "NameKey", "Mention", "RoleClaim", "EventReport", "AgreementReport", "Meeting", "Agreement"],
  relationshipTypes: ["NAMES", "WITHIN", "IN_ARTICLE", "REFERS_TO", "CLAIMED", "CLAIMED_IN", "REPORTED_IN", "ATTENDED", "HELD_IN", "REPORTED_BY", "BETWEEN_PARTIES", "SIGNED_OR_ANNOUNCED", "REACHED_AT", "MET"],
  propertyKeys: ["id", "uri", "sha256", "checksum", "title", "language", "publishedAt", "source", "text", "name", "kind", "key", "lang", "start", "end", "office", "countryId", "date", "sentence", "confidence", "json", "datePrecision", "dateBasis", "placeId", "reportIds", "summary", "status", "meetingId", "excerpt", "participantIds",
    // keys of the $rows maps that UNWIND writes
    "a", "b", "personId", "articleId", "entityId", "endAt"],
};

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
