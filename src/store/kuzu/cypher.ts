// Every Cypher string of the Kuzu adapter, named, in one place (snapshotted in tests/store/cypher.test.ts).
// Values always travel as parameters ($name); nothing from a user is ever spliced into a string.

/** Declared tables, created idempotently at start. */
export const SCHEMA = [
  "CREATE NODE TABLE IF NOT EXISTS Article(id STRING, uri STRING, sha256 STRING, title STRING, language STRING, publishedAt DATE, source STRING, text STRING, checksum STRING, PRIMARY KEY(id))",
  // a store made before Article.checksum gets the column (its articles have none: kg check counts them apart)
  "ALTER TABLE Article ADD IF NOT EXISTS checksum STRING",
  "CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Place(id STRING, name STRING, kind STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Organization(id STRING, name STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS NameKey(key STRING, PRIMARY KEY(key))",
  "CREATE NODE TABLE IF NOT EXISTS Mention(id STRING, text STRING, lang STRING, start INT64, `end` INT64, kind STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS RoleClaim(id STRING, office STRING, countryId STRING, date DATE, sentence STRING, start INT64, `end` INT64, confidence DOUBLE, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS EventReport(id STRING, json STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS AgreementReport(id STRING, json STRING, PRIMARY KEY(id))",
  "CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING, kind STRING, date DATE, datePrecision STRING, dateBasis STRING, confidence DOUBLE, placeId STRING, reportIds STRING, participantIds STRING, PRIMARY KEY(id))",
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
  // derived: one MET per ordered pair of people at an in-person meeting ("who met X" in one hop)
  "CREATE REL TABLE IF NOT EXISTS MET(FROM Person TO Person, meetingId STRING, date DATE, placeId STRING)",
];


import { buildQueries, value } from "../queries.js";

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
