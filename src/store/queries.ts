// The named Cypher queries of the store, written once for both adapters. The two dialects differ in
// little that the queries need: how a DATE becomes a string (Kuzu CAST, Neo4j toString), and how rows
// known to be new are inserted in bulk (Kuzu COPY … FROM (UNWIND …), Neo4j UNWIND … CREATE). Where they
// differ more (table declarations vs constraints, Neo4j's shortestPath), each adapter's cypher.ts adds
// its own. Values always travel as parameters ($name); nothing from a user is spliced into a string.
import type { EntityLabel } from "./cypher-types.js";
import { columnsOf } from "./graph.js";

/** One property of a bulk insert: the row key it comes from, and whether it is a DATE (lists: graph.ts columnsOf). */
export interface Column {
  prop: string;
  key: string;
  date?: boolean;
}

export interface Dialect {
  /** A DATE expression as an ISO string (null stays null). */
  str(expr: string): string;
  /**
   * Inserts `$rows` as new nodes (the caller has checked, in the same transaction, that their keys are
   * new). Kuzu: COPY … FROM (UNWIND …), columns in table order; Neo4j: UNWIND … CREATE.
   */
  insertNodes(label: string, columns: Column[]): string;
  /** A join-order hint after WHERE (Kuzu); Neo4j plans from the bound node on its own. */
  hint(order: string): string;
  /** Inserts `$rows` ({a, b, …props}) as new relationships between existing nodes. */
  insertRels(type: string, from: string, to: string, props?: Column[]): string;
  /**
   * Who-met's rows leave the meeting's place out, and the store adds it from its directory of places
   * (cypher-nested.ts): Kuzu finds a place by a key taken from another row only by scanning the Place
   * table, which doubled the query's cost. Neo4j looks it up by its index.
   */
  placesApart?: boolean;
}

/** The property a node is found by in `insertRels`. */
export const keyOf = (label: string) => (label === "NameKey" || label === "CorefKey" ? "key" : "id");
/** A Cypher property name (`end` is a keyword in both dialects). */
export const prop = (name: string) => (name === "end" ? "`end`" : name);
/** A row value, as a DATE where the column is one (a null date stays null). */
export const value = (c: Column) => (c.date ? `date(r.${c.key})` : `r.${c.key}`);

/**
 * A read by a list of keys (`… WHERE x.id IN $ids …` or `UNWIND $ids AS i MATCH (x:L {id: i}) …`)
 * turned into the same read by one key (`MATCH (x:L {id: $id}) …`; `$keys` gives `$key`). Kuzu 0.11
 * uses a primary-key index only for a property equal to a parameter: an IN list or an UNWIND scans the
 * table (measured on 200k nodes: 14 and 23 ms for two ids, against 0.2 ms for one by key), so the
 * Kuzu store runs this form once per key for small batches (CypherReads.byKeys). Throws when the query
 * has neither shape, so a query that changes shape is noticed. (The Kuzu writer does the same for its
 * UNWIND lists at run time: kuzu/point.ts.)
 */
export function oneKey(list: string): string {
  const unwind = /^UNWIND \$(ids|keys) AS (\w+) /.exec(list);
  if (unwind) {
    const [all, param, v] = unwind;
    const key = param.slice(0, -1);
    const rest = list.slice(all.length);
    const bound = new RegExp(`\\{(\\w+): ${v}\\}`);
    if (!bound.test(rest)) throw new Error(`oneKey: ${v} is not a key in: ${list}`);
    return rest.replace(bound, `{$1: $${key}}`);
  }
  const filter = /WHERE (\w+)\.(\w+) IN \$(ids|keys)(?: AND |(?= ))/.exec(list);
  if (!filter) throw new Error(`oneKey: no key list in: ${list}`);
  const [all, alias, property, param] = filter;
  const key = param.slice(0, -1);
  const node = new RegExp(`\\(${alias}(:\\w+)?\\)`);
  const where = all.endsWith(" AND ") ? "WHERE " : "";
  const out = list.replace(all, where).replace(node, (m, label = "") => `(${alias}${label} {${property}: $${key}})`);
  if (out === list.replace(all, where)) throw new Error(`oneKey: no node ${alias} in: ${list}`);
  return out.replace(/\s+(?=OPTIONAL|RETURN|MATCH)/g, " ").replace(/\s{2,}/g, " ");
}

const REPORTED_BY = columnsOf("REPORTED_BY");

/** A meeting's columns, as getMeetings returns them (m bound). */
const meetingColumns = (d: Dialect) => `m.id AS id, m.kind AS kind, ${d.str("m.date")} AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, m.participantIds AS participantIds`;
/** A meeting's place and the place it lies within (pl, w), as getPlaces returns them. */
const PLACE_OF_MEETING = "OPTIONAL MATCH (pl:Place {id: m.placeId}) OPTIONAL MATCH (pl)-[:WITHIN]->(w:Place)";
/** The meeting a MET relationship r stands for, from the columns it carries (graph.ts), and its place. */
const metColumns = (d: Dialect) => `r.meetingId AS id, 'meeting' AS kind, ${d.str("r.date")} AS date, r.datePrecision AS datePrecision, r.dateBasis AS dateBasis, r.confidence AS confidence, r.placeId AS placeId, r.reportIds AS reportIds, r.participantIds AS participantIds`;
const PLACE_OF_MET = "OPTIONAL MATCH (pl:Place {id: r.placeId}) OPTIONAL MATCH (pl)-[:WITHIN]->(w:Place)";
const PLACE_COLUMNS = "pl.name AS placeName, pl.kind AS placeKind, w.id AS placeWithin";

export function buildQueries(d: Dialect) {
  return {
  // writes: one transaction per batch. What may already exist (entities, name keys and the links
  // between them) is looked up first, and only what is new is inserted, in bulk; an article's own
  // rows (mentions, claims, reports) are new by construction, as the article is new.
  existingArticles: "UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id",
  existingIds: (label: EntityLabel) => `UNWIND $ids AS i MATCH (e:${label} {id: i}) RETURN e.id AS id`,
  existingKeys: "UNWIND $keys AS k MATCH (n:NameKey {key: k}) RETURN n.key AS key",
  existingNames: (label: EntityLabel) => `UNWIND $ids AS i MATCH (k:NameKey)-[:NAMES]->(e:${label} {id: i}) RETURN k.key AS key, e.id AS id`,
  existingWithin: "UNWIND $ids AS i MATCH (a:Place {id: i})-[:WITHIN]->(b:Place) RETURN a.id AS a, b.id AS b",
  insertPeople: d.insertNodes("Person", columnsOf("Person")),
  insertPlaces: d.insertNodes("Place", columnsOf("Place")),
  insertOrganizations: d.insertNodes("Organization", columnsOf("Organization")),
  insertKeys: d.insertNodes("NameKey", columnsOf("NameKey")),
  names: (label: EntityLabel) => d.insertRels("NAMES", "NameKey", label),
  within: d.insertRels("WITHIN", "Place", "Place"),
  insertArticles: d.insertNodes("Article", columnsOf("Article")),
  insertMentions: d.insertNodes("Mention", columnsOf("Mention")),
  mentionIn: d.insertRels("IN_ARTICLE", "Mention", "Article"),
  refersTo: (label: EntityLabel) => d.insertRels("REFERS_TO", "Mention", label),
  insertClaims: d.insertNodes("RoleClaim", columnsOf("RoleClaim")),
  claimed: d.insertRels("CLAIMED", "Person", "RoleClaim"),
  claimedIn: d.insertRels("CLAIMED_IN", "RoleClaim", "Article"),
  insertEventReports: d.insertNodes("EventReport", columnsOf("EventReport")),
  eventReportIn: d.insertRels("REPORTED_IN", "EventReport", "Article"),
  insertAgreementReports: d.insertNodes("AgreementReport", columnsOf("AgreementReport")),
  agreementReportIn: d.insertRels("REPORTED_IN", "AgreementReport", "Article"),

  // removal of one article
  removeMentions: "MATCH (m:Mention)-[:IN_ARTICLE]->(a:Article {id: $id}) DETACH DELETE m",
  removeClaims: "MATCH (c:RoleClaim)-[:CLAIMED_IN]->(a:Article {id: $id}) DETACH DELETE c",
  removeEventReports: "MATCH (x:EventReport)-[:REPORTED_IN]->(a:Article {id: $id}) DETACH DELETE x",
  removeAgreementReports: "MATCH (x:AgreementReport)-[:REPORTED_IN]->(a:Article {id: $id}) DETACH DELETE x",
  removeArticle: "MATCH (a:Article {id: $id}) DETACH DELETE a RETURN count(*) AS n",
  orphans: (label: EntityLabel) => `MATCH (e:${label}) WHERE NOT EXISTS { MATCH (:Mention)-[:REFERS_TO]->(e) } RETURN e.id AS id`,
  deleteEntities: (label: EntityLabel) => `UNWIND $ids AS i MATCH (e:${label} {id: i}) DETACH DELETE e`,
  reportsOfArticle: "MATCH (x)-[:REPORTED_IN]->(a:Article {id: $id}) RETURN x.id AS id, x.json AS json",
  orphanKeys: "MATCH (k:NameKey) WHERE NOT EXISTS { MATCH (k)-[:NAMES]->() } DELETE k",

  // coreference keys (resolve/incremental.ts): the reports a change can touch, found by key
  existingCorefKeys: "UNWIND $keys AS k MATCH (c:CorefKey {key: k}) RETURN c.key AS key",
  insertCorefKeys: d.insertNodes("CorefKey", columnsOf("CorefKey")),
  keyed: (label: string) => d.insertRels("KEYS", "CorefKey", label),
  reportsByKeys: "UNWIND $keys AS k MATCH (c:CorefKey {key: k})-[:KEYS]->(x) RETURN DISTINCT x.id AS id, x.json AS json",
  eventReportsByIds: "UNWIND $ids AS i MATCH (x:EventReport {id: i}) RETURN x.id AS id, x.json AS json",
  agreementReportsByIds: "UNWIND $ids AS i MATCH (x:AgreementReport {id: i}) RETURN x.id AS id, x.json AS json",
  orphanCorefKeys: "UNWIND $keys AS k MATCH (c:CorefKey {key: k}) WHERE NOT EXISTS { MATCH (c)-[:KEYS]->() } DELETE c",
  clearCorefKeys: "MATCH (c:CorefKey) DETACH DELETE c",
  // the store's generation (bumped by every committed write; read caches key on it) and the
  // version of the derivation its meetings and keys were built by
  insertMeta: d.insertNodes("Meta", columnsOf("Meta")),
  meta: "MATCH (m:Meta {id: $id}) RETURN m.generation AS generation, m.derived AS derived",
  bumpGeneration: "MATCH (m:Meta {id: $id}) SET m.generation = m.generation + 1 RETURN m.generation AS generation",
  setDerived: "MATCH (m:Meta {id: $id}) SET m.derived = $derived",

  // derived events: rewritten where reports changed (deleted and inserted again), all at once by rederive
  deleteMeetings: "UNWIND $ids AS i MATCH (m:Meeting {id: i}) DETACH DELETE m",
  deleteMet: "UNWIND $rows AS r MATCH (a:Person {id: r.a})-[x:MET]->(:Person) WHERE x.meetingId = r.m DELETE x",
  deleteAgreements: "UNWIND $ids AS i MATCH (g:Agreement {id: i}) DETACH DELETE g",
  eventReports: "MATCH (x:EventReport) RETURN x.json AS json",
  agreementReports: "MATCH (x:AgreementReport) RETURN x.json AS json",
  clearMeetings: "MATCH (m:Meeting) DETACH DELETE m",
  clearAgreements: "MATCH (g:Agreement) DETACH DELETE g",
  clearMet: "MATCH (:Person)-[r:MET]->(:Person) DELETE r",
  insertMeetings: d.insertNodes("Meeting", columnsOf("Meeting")),
  attended: d.insertRels("ATTENDED", "Person", "Meeting"),
  heldIn: d.insertRels("HELD_IN", "Meeting", "Place"),
  met: d.insertRels("MET", "Person", "Person", columnsOf("MET")),
  meetingReportedBy: d.insertRels("REPORTED_BY", "Meeting", "Article", REPORTED_BY),
  insertAgreements: d.insertNodes("Agreement", columnsOf("Agreement")),
  between: (label: EntityLabel) => d.insertRels("BETWEEN_PARTIES", "Agreement", label),
  signed: d.insertRels("SIGNED_OR_ANNOUNCED", "Person", "Agreement"),
  reachedAt: d.insertRels("REACHED_AT", "Agreement", "Meeting"),
  agreementReportedBy: d.insertRels("REPORTED_BY", "Agreement", "Article", REPORTED_BY),

  // lookups
  findByKeys: (label: EntityLabel) => `MATCH (k:NameKey)-[:NAMES]->(e:${label}) WHERE k.key IN $keys RETURN e.id AS id, count(*) AS hits ORDER BY hits DESC, id`,
  getPeople: "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name",
  getPlaces: "MATCH (p:Place) WHERE p.id IN $ids OPTIONAL MATCH (p)-[:WITHIN]->(w:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, w.id AS within",
  getOrganizations: "MATCH (o:Organization) WHERE o.id IN $ids RETURN o.id AS id, o.name AS name",
  getArticles: `UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id, a.uri AS uri, a.sha256 AS sha256, a.title AS title, a.language AS language, ${d.str("a.publishedAt")} AS publishedAt, a.source AS source, a.text AS text`,
  // big tables are read by key, one lookup per id (an IN filter scans the whole table)
  getMeetings: `UNWIND $ids AS i MATCH (m:Meeting {id: i}) RETURN ${meetingColumns(d)}`,
  getAgreements: `MATCH (g:Agreement) WHERE g.id IN $ids OPTIONAL MATCH (g)-[:BETWEEN_PARTIES]->(x) OPTIONAL MATCH (s:Person)-[:SIGNED_OR_ANNOUNCED]->(g) RETURN g.id AS id, g.summary AS summary, ${d.str("g.date")} AS date, g.status AS status, g.meetingId AS meetingId, g.reportIds AS reportIds, collect(DISTINCT x.id) AS partyIds, collect(DISTINCT s.id) AS signatoryIds`,
  aliases: "MATCH (m:Mention)-[:REFERS_TO]->(e) WHERE e.id IN $ids RETURN DISTINCT e.id AS id, m.text AS text, m.lang AS lang",
  roles: `MATCH (p:Person)-[:CLAIMED]->(c:RoleClaim)-[:CLAIMED_IN]->(a:Article) WHERE p.id IN $ids RETURN p.id AS personId, c.id AS id, c.office AS office, c.countryId AS countryId, a.id AS articleId, ${d.str("c.date")} AS date, c.sentence AS sentence, c.start AS start, c.\`end\` AS endAt, c.confidence AS confidence`,
  eventsOfArticles: "MATCH (e)-[:REPORTED_BY]->(a:Article) WHERE a.id IN $ids RETURN a.id AS articleId, e.id AS id",
  agreementsOfMeetings: "MATCH (g:Agreement)-[:REACHED_AT]->(m:Meeting) WHERE m.id IN $ids RETURN m.id AS meetingId, g.id AS id",
  sources: "MATCH (e)-[r:REPORTED_BY]->(a:Article) WHERE e.id IN $ids RETURN e.id AS id, a.id AS articleId, r.excerpt AS excerpt, r.start AS start, r.`end` AS endAt, r.confidence AS confidence",

  // lists (ids only, in a stable order; rows are fetched by id)
  listIds: (label: "Person" | "Place" | "Organization") => `MATCH (e:${label}) RETURN e.id AS id ORDER BY e.name, e.id SKIP $skip LIMIT $limit`,
  count: (label: "Person" | "Place" | "Organization" | "Article") => `MATCH (e:${label}) RETURN count(*) AS n`,
  listArticleIds: "MATCH (a:Article) RETURN a.id AS id ORDER BY a.publishedAt, a.id SKIP $skip LIMIT $limit",
  placesWithin: "MATCH (x:Place)-[:WITHIN*0..4]->(c:Place) WHERE c.id IN $ids RETURN DISTINCT x.id AS id",
  peopleWithRole: "MATCH (p:Person)-[:CLAIMED]->(c:RoleClaim) WHERE ($office = '' OR c.office = $office) AND ($country = '' OR c.countryId = $country) RETURN DISTINCT p.id AS id",
  meetingCounts: "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.kind = 'meeting' RETURN p.id AS id, count(*) AS n",
  meetingsFiltered: `MATCH (m:Meeting) WHERE m.kind IN $kinds AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) AND ($anyPlace OR m.placeId IN $places) AND ($p = '' OR EXISTS { MATCH (:Person {id: $p})-[:ATTENDED]->(m) }) AND ($w = '' OR EXISTS { MATCH (:Person {id: $w})-[:ATTENDED]->(m) }) RETURN m.id AS id, ${d.str("m.date")} AS date`,
  agreementsFiltered: `MATCH (g:Agreement) WHERE ($anyDate OR (g.date >= date($from) AND g.date <= date($to))) AND ($party = '' OR EXISTS { MATCH (g)-[:BETWEEN_PARTIES]->(x) WHERE x.id = $party }) AND ($sig = '' OR EXISTS { MATCH (:Person {id: $sig})-[:SIGNED_OR_ANNOUNCED]->(g) }) RETURN g.id AS id, ${d.str("g.date")} AS date`,
  // in-person meetings of one person (with another, if $w), from the person: one hop over MET
  meetingsOfPerson: `MATCH (a:Person {id: $p})-[r:MET]->(b:Person) WHERE ($w = '' OR b.id = $w) AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places)${d.hint("(a JOIN r) JOIN b")} RETURN DISTINCT r.meetingId AS id, ${d.str("r.date")} AS date`,
  metWith: `MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places)${d.hint("(a JOIN r) JOIN b")} RETURN a.id AS a, b.id AS b, collect(r.meetingId) AS meetings`,
  // one round trip for a nested answer (who-met, the meetings of two people, a timeline): the
  // meetings in full with their place, in flat rows (the API primes its DataLoaders with them)
  metWithDetails: `MATCH (a:Person)-[r:MET]->(b:Person) WHERE a.id IN $ids AND ($anyDate OR (r.date >= date($from) AND r.date <= date($to))) AND ($anyPlace OR r.placeId IN $places)${d.hint("(a JOIN r) JOIN b")}${d.placesApart ? "" : ` ${PLACE_OF_MET}`} RETURN a.id AS a, b.id AS b, b.name AS bName, ${metColumns(d)}${d.placesApart ? "" : `, ${PLACE_COLUMNS}`}`,
  // every place with the place it lies within (the directory of places.ts, where placesApart)
  allPlaces: "MATCH (p:Place) OPTIONAL MATCH (p)-[:WITHIN]->(w:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, w.id AS within",
  // a person's meetings and contacts of every kind, and the agreements they signed or announced (the
  // rows whose kind is '')
  timeline: `MATCH (p:Person {id: $p})-[:ATTENDED]->(m:Meeting) WHERE m.kind IN $kinds AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) ${PLACE_OF_MEETING} RETURN ${meetingColumns(d)}, ${PLACE_COLUMNS}, '' AS summary, '' AS status, '' AS meetingId, [''] AS partyIds, [''] AS signatoryIds
UNION ALL MATCH (p:Person {id: $p})-[:SIGNED_OR_ANNOUNCED]->(g:Agreement) WHERE ($anyDate OR (g.date >= date($from) AND g.date <= date($to))) OPTIONAL MATCH (g)-[:BETWEEN_PARTIES]->(x) OPTIONAL MATCH (s:Person)-[:SIGNED_OR_ANNOUNCED]->(g) RETURN g.id AS id, '' AS kind, ${d.str("g.date")} AS date, '' AS datePrecision, '' AS dateBasis, 0.0 AS confidence, '' AS placeId, g.reportIds AS reportIds, '' AS participantIds, '' AS placeName, '' AS placeKind, '' AS placeWithin, g.summary AS summary, g.status AS status, g.meetingId AS meetingId, collect(DISTINCT x.id) AS partyIds, collect(DISTINCT s.id) AS signatoryIds`,
  searchKeys: "MATCH (k:NameKey)-[:NAMES]->(e) WHERE k.key CONTAINS $q RETURN DISTINCT e.id AS id, k.key AS key LIMIT 500",
  // every name key with the entity it names (the in-memory index of name-index.ts, on the embedded store)
  allNameKeys: "MATCH (k:NameKey)-[:NAMES]->(e) RETURN DISTINCT e.id AS id, k.key AS key",
  allPeople: "MATCH (p:Person) RETURN p.id AS id, p.name AS name",
  // every MET edge with the columns of metWithDetails (met-graph.ts holds them, where the store knows its generation)
  allMet: `MATCH (a:Person)-[r:MET]->(b:Person)${d.placesApart ? "" : ` ${PLACE_OF_MET}`} RETURN a.id AS a, b.id AS b, b.name AS bName, ${metColumns(d)}${d.placesApart ? "" : `, ${PLACE_COLUMNS}`}`,
  allTitles: "MATCH (a:Article) RETURN a.id AS id, lower(a.title) AS title",
  searchArticles: "MATCH (a:Article) WHERE lower(a.title) CONTAINS $q RETURN a.id AS id LIMIT $limit",
  // integrity (kg check): articles and entities in id order, by keyset (no SKIP), and what each article wrote
  integrityArticles: `MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id, a.uri AS uri, a.sha256 AS sha256, a.title AS title, a.language AS language, ${d.str("a.publishedAt")} AS publishedAt, a.source AS source, a.text AS text, a.checksum AS checksum ORDER BY a.id LIMIT $limit`,
  integrityMentions: "UNWIND $ids AS i MATCH (m:Mention)-[:IN_ARTICLE]->(a:Article {id: i}) OPTIONAL MATCH (m)-[:REFERS_TO]->(e) RETURN a.id AS articleId, m.id AS id, m.text AS text, m.lang AS lang, m.start AS start, m.`end` AS endAt, m.kind AS kind, e.id AS entityId",
  integrityClaims: `UNWIND $ids AS i MATCH (c:RoleClaim)-[:CLAIMED_IN]->(a:Article {id: i}) OPTIONAL MATCH (p:Person)-[:CLAIMED]->(c) RETURN a.id AS articleId, c.id AS id, p.id AS personId, c.office AS office, c.countryId AS countryId, ${d.str("c.date")} AS date, c.sentence AS sentence, c.start AS start, c.\`end\` AS endAt, c.confidence AS confidence`,
  integrityEventReports: "UNWIND $ids AS i MATCH (x:EventReport)-[:REPORTED_IN]->(a:Article {id: i}) RETURN a.id AS articleId, x.id AS id, x.json AS json",
  integrityAgreementReports: "UNWIND $ids AS i MATCH (x:AgreementReport)-[:REPORTED_IN]->(a:Article {id: i}) RETURN a.id AS articleId, x.id AS id, x.json AS json",
  integrityEntities: (label: EntityLabel) => `MATCH (e:${label}) WHERE e.id > $after RETURN e.id AS id, e.name AS name ORDER BY e.id LIMIT $limit`,
  countAll: "MATCH (n) RETURN count(*) AS n",
  countRels: "MATCH ()-[r]->() RETURN count(*) AS n",
  countLabel: (label: string) => `MATCH (n:${label}) RETURN count(*) AS n`,
  /** In-person meetings only: calls, planned, cancelled and denied contacts are not meetings (as in meetings.totalCount). */
  countMeetings: "MATCH (m:Meeting) WHERE m.kind = 'meeting' RETURN count(*) AS n",
  };
}
