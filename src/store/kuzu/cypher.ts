// Every Cypher string of the Kuzu adapter, named, in one place (snapshotted in tests/store/cypher.test.ts).
// Values always travel as parameters ($name); nothing from a user is ever spliced into a string.
import { NODES, RELS } from "../graph.js";
import { MAX_HOPS } from "../path.js";
import { buildQueries, keyOf, oneKey, prop, value, type Column, type Dialect } from "../queries.js";
import { LABEL } from "../cypher-types.js";

/** Declared tables (from the graph model, store/graph.ts), created idempotently at start. */
export const SCHEMA = [
  ...Object.entries(NODES).map(([label, n]) => `CREATE NODE TABLE IF NOT EXISTS ${label}(${[...Object.entries(n.props).map(([p, t]) => `${prop(p)} ${t}`), `PRIMARY KEY(${n.key})`].join(", ")})`),
  ...Object.entries(RELS).map(([type, r]) => `CREATE REL TABLE IF NOT EXISTS ${type}(${[...r.pairs.map(([f, t]) => `FROM ${f} TO ${t}`), ...Object.entries(r.props ?? {}).map(([p, t]) => `${prop(p)} ${t}`)].join(", ")})`),
  // a store made before Article.checksum gets the column (its articles have none: kg check counts them apart)
  "ALTER TABLE Article ADD IF NOT EXISTS checksum STRING",
  // a store made before MET edges carried their meeting's columns gets them (and, by the derivation
  // version, is derived again when opened, which fills them)
  ...Object.entries(RELS.MET.props ?? {}).filter(([p]) => !["meetingId", "date", "placeId"].includes(p)).map(([p, t]) => `ALTER TABLE MET ADD IF NOT EXISTS ${prop(p)} ${t}`),
];


/**
 * Bulk inserts are COPY … FROM (UNWIND $rows …): the columns must come in the table's declared order
 * (above). A relationship table with several FROM/TO pairs is told which pair by the copy options.
 * MATCH … CREATE per row costs about a millisecond a row in Kuzu; COPY costs microseconds.
 */
const DIALECT: Dialect = {
  str: (x) => `CAST(${x} AS STRING)`,
  // Kuzu's planner otherwise scans the whole relationship table from the far side and joins
  hint: (order) => ` HINT ${order}`,
  placesApart: true,
  insertNodes: (label, columns) => `COPY ${label} FROM (UNWIND $rows AS r RETURN ${columns.map(value).join(", ")})`,
  insertRels: (type, from, to, props = []) => `COPY ${type} FROM (UNWIND $rows AS r RETURN ${["r.a", "r.b", ...props.map(value)].join(", ")}) (from='${from}', to='${to}')`,
};

export const Q: ReturnType<typeof buildQueries> & { afterWrite?: string; placesApart?: boolean; shortestMetUpTo?: readonly string[] } = {
  afterWrite: "CHECKPOINT",
  // (the store adds who-met's places itself: the queries below leave them out)
  placesApart: DIALECT.placesApart,
  // index h: at most h hops (index 0 unused); Kuzu's own breadth-first search, in one round trip
  shortestMetUpTo: Array.from({ length: MAX_HOPS + 1 }, (_, h) => `MATCH p = (a:Person {id: $a})-[:MET* SHORTEST 1..${Math.max(1, h)}]->(b:Person {id: $b}) RETURN list_transform(nodes(p), x -> x.id) AS people, list_transform(rels(p), x -> x.meetingId) AS meetings LIMIT 1`),
  ...buildQueries(DIALECT),
};

const props = (columns: Column[]) => (columns.length ? ` {${columns.map((c) => `${prop(c.prop)}: ${value(c)}`).join(", ")}}` : "");

/**
 * The same inserts for a few rows: a COPY costs 40 to 60 ms whatever its size, an UNWIND … CREATE
 * about 1 ms for a few nodes, and a MATCH … CREATE about 2 ms per relationship. Keyed by the COPY
 * query they replace (store/derived.ts insertRows picks one by the number of rows).
 */
export const SMALL: Map<string, string> = (() => {
  const small = buildQueries({
    str: (x) => `CAST(${x} AS STRING)`,
    hint: (order) => ` HINT ${order}`,
    insertNodes: (label, columns) => `UNWIND $rows AS r CREATE (:${label}${props(columns)})`,
    insertRels: (type, from, to, columns = []) => `UNWIND $rows AS r MATCH (a:${from} {${keyOf(from)}: r.a}) MATCH (b:${to} {${keyOf(to)}: r.b}) CREATE (a)-[:${type}${props(columns)}]->(b)`,
  });
  const labels = ["Person", "Place", "Organization", "EventReport", "AgreementReport"] as const;
  const out = new Map<string, string>();
  for (const [name, q] of Object.entries(Q)) {
    const other = (small as Record<string, unknown>)[name];
    if (typeof q === "string" && typeof other === "string" && q.startsWith("COPY ")) out.set(q, other);
    if (typeof q === "function" && typeof other === "function") {
      for (const l of labels) {
        try {
          const big = (q as (l: string) => string)(l);
          if (big.startsWith("COPY ")) out.set(big, (other as (l: string) => string)(l));
        } catch {
          // not a query of this label
        }
      }
    }
  }
  return out;
})();

/**
 * Reads by a list of keys and their one-key forms (queries.ts oneKey): Kuzu 0.11 scans a table for
 * `IN $ids` and for `UNWIND $ids … {id: i}`, and looks a node up by its index only for `{id: $id}`.
 */
export const ONE: Map<string, string> = new Map(
  [
    ...(["getPeople", "getPlaces", "getOrganizations", "getArticles", "getMeetings", "getAgreements", "aliases", "roles", "sources", "eventsOfArticles", "agreementsOfMeetings", "metWith", "metWithDetails"] as const).map((n) => Q[n]),
    ...Object.values(LABEL).map((l) => Q.findByKeys(l)),
  ].map((q) => [q, oneKey(q)]),
);

/** Queries of the Kuzu store alone (as neo4j/cypher.ts ADMIN). */
export const ADMIN = {
  /** Per article: its mentions and event reports (the crash tests compare them with an uninterrupted load). */
  articleContents: "MATCH (a:Article) RETURN a.id AS id, COUNT { MATCH (:Mention)-[:IN_ARTICLE]->(a) } AS mentions, COUNT { MATCH (:EventReport)-[:REPORTED_IN]->(a) } AS reports",
  /**
   * Recovery after an unclean stop (recover.ts): rows a kill left without the article they belong to
   * (Kuzu can expose part of a transaction after a kill), deleted before meetings are derived again.
   */
  orphans: [
    "MATCH (x:Mention) WHERE NOT EXISTS { MATCH (x)-[:IN_ARTICLE]->(:Article) } DETACH DELETE x",
    "MATCH (x:RoleClaim) WHERE NOT EXISTS { MATCH (x)-[:CLAIMED_IN]->(:Article) } DETACH DELETE x",
    "MATCH (x:EventReport) WHERE NOT EXISTS { MATCH (x)-[:REPORTED_IN]->(:Article) } DETACH DELETE x",
    "MATCH (x:AgreementReport) WHERE NOT EXISTS { MATCH (x)-[:REPORTED_IN]->(:Article) } DETACH DELETE x",
  ],
} as const;
