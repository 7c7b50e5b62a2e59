// Every Cypher string of the Kuzu adapter, named, in one place (snapshotted in tests/store/cypher.test.ts).
// Values always travel as parameters ($name); nothing from a user is ever spliced into a string.

/** Declared tables, created idempotently at start. */
export const SCHEMA = [
  "CREATE NODE TABLE IF NOT EXISTS Article(id STRING, uri STRING, sha256 STRING, title STRING, language STRING, publishedAt DATE, source STRING, text STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Place(id STRING, name STRING, kind STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Organization(id STRING, name STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS NameKey(key STRING, PRIMARY KEY(key))",
  "CREATE NODE TABLE IF NOT EXISTS Mention(id STRING, text STRING, lang STRING, start INT64, `end` INT64, kind STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS RoleClaim(id STRING, office STRING, countryId STRING, date DATE, sentence STRING, start INT64, `end` INT64, confidence DOUBLE, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS EventReport(id STRING, json STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS AgreementReport(id STRING, json STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING, kind STRING, date DATE, datePrecision STRING, dateBasis STRING, confidence DOUBLE, placeId STRING, reportIds STRING, participantIds STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS CorefKey(key STRING, PRIMARY KEY(key))",
  "CREATE NODE TABLE IF NOT EXISTS Meta(id STRING, generation INT64, derived STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Agreement(id STRING, summary STRING, date DATE, status STRING, meetingId STRING, reportIds STRING, PRIMARY KEY(id))",
  "CREATE REL TABLE IF NOT EXISTS NAMES(FROM NameKey TO Person, FROM NameKey TO Place, FROM NameKey TO Organization)",
  "CREATE REL TABLE IF NOT EXISTS WITHIN(FROM Place TO Place)",
  "CREATE REL TABLE IF NOT EXISTS IN_ARTICLE(FROM Mention TO Article)",
  "CREATE REL TABLE IF NOT EXISTS REFERS_TO(FROM Mention TO Person, FROM Mention TO Place, FROM Mention TO Organization)",
  "CREATE REL TABLE IF NOT EXISTS CLAIMED(FROM Person TO RoleClaim)",
  "CREATE REL TABLE IF NOT EXISTS CLAIMED_IN(FROM RoleClaim TO Article)",
  "CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM EventReport TO Article, FROM AgreementReport TO Article)",
  "CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Meeting)",
  "CREATE REL TABLE IF NOT EXISTS HELD_IN(FROM Meeting TO Place)",
  "CREATE REL TABLE IF NOT EXISTS REPORTED_BY(FROM Meeting TO Article, FROM Agreement TO Article, excerpt STRING, start INT64, `end` INT64, confidence DOUBLE)",
  "CREATE REL TABLE IF NOT EXISTS BETWEEN_PARTIES(FROM Agreement TO Place, FROM Agreement TO Organization, FROM Agreement TO Person)",
  "CREATE REL TABLE IF NOT EXISTS SIGNED_OR_ANNOUNCED(FROM Person TO Agreement)",
  "CREATE REL TABLE IF NOT EXISTS REACHED_AT(FROM Agreement TO Meeting)",
  "CREATE REL TABLE IF NOT EXISTS KEYS(FROM CorefKey TO EventReport, FROM CorefKey TO AgreementReport)",
  // derived: one MET per ordered pair of people at an in-person meeting ("who met X" in one hop)
  "CREATE REL TABLE IF NOT EXISTS MET(FROM Person TO Person, meetingId STRING, date DATE, placeId STRING)",
];


import { buildQueries, keyOf, prop, value, type Column } from "../queries.js";

/**
 * Bulk inserts are COPY … FROM (UNWIND $rows …): the columns must come in the table's declared order
 * (above). A relationship table with several FROM/TO pairs is told which pair by the copy options.
 * MATCH … CREATE per row costs about a millisecond a row in Kuzu; COPY costs microseconds.
 */
export const Q: ReturnType<typeof buildQueries> & { afterWrite?: string } = {
  afterWrite: "CHECKPOINT",
  ...buildQueries({
  str: (x) => `CAST(${x} AS STRING)`,
  // Kuzu's planner otherwise scans the whole relationship table from the far side and joins
  hint: (order) => ` HINT ${order}`,
  insertNodes: (label, columns) => `COPY ${label} FROM (UNWIND $rows AS r RETURN ${columns.map(value).join(", ")})`,
  insertRels: (type, from, to, props = []) => `COPY ${type} FROM (UNWIND $rows AS r RETURN ${["r.a", "r.b", ...props.map(value)].join(", ")}) (from='${from}', to='${to}')`,
}),
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
