// The named Cypher queries of the store, written once for both adapters. The two dialects differ in
// little that the queries need: how a DATE becomes a string (Kuzu CAST, Neo4j toString). Where they
// differ more (table declarations vs constraints, Neo4j's shortestPath), each adapter's cypher.ts adds
// its own. Values always travel as parameters ($name); nothing from a user is spliced into a string.
import type { EntityLabel } from "./cypher-store.js";

export interface Dialect {
  /** A DATE expression as an ISO string (null stays null). */
  str(expr: string): string;
}

const optDate = (x: string) => `CASE WHEN ${x} = '' THEN NULL ELSE date(${x}) END`;

export function buildQueries(d: Dialect) {
  return {
  existingArticles: "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id",
  mergePeople: "UNWIND $rows AS r MERGE (p:Person {id: r.id}) ON CREATE SET p.name = r.name",
  mergePlaces: "UNWIND $rows AS r MERGE (p:Place {id: r.id}) ON CREATE SET p.name = r.name, p.kind = r.kind",
  mergeOrganizations: "UNWIND $rows AS r MERGE (o:Organization {id: r.id}) ON CREATE SET o.name = r.name",
  mergeKeys: "UNWIND $rows AS r MERGE (k:NameKey {key: r.key})",
  names: (label: EntityLabel) => `UNWIND $rows AS r MATCH (k:NameKey {key: r.key}), (e:${label} {id: r.id}) MERGE (k)-[:NAMES]->(e)`,
  within: "UNWIND $rows AS r MATCH (a:Place {id: r.a}), (b:Place {id: r.b}) MERGE (a)-[:WITHIN]->(b)",
  createArticles: `UNWIND $rows AS r CREATE (:Article {id: r.id, uri: r.uri, sha256: r.sha256, title: r.title, language: r.language, publishedAt: ${optDate("r.publishedAt")}, source: r.source, text: r.text})`,
  createMentions: "UNWIND $rows AS r MERGE (m:Mention {id: r.id}) ON CREATE SET m.text = r.text, m.lang = r.lang, m.start = r.start, m.`end` = r.endAt, m.kind = r.kind",
  mentionIn: "UNWIND $rows AS r MATCH (m:Mention {id: r.id}), (a:Article {id: r.articleId}) MERGE (m)-[:IN_ARTICLE]->(a)",
  refersTo: (label: EntityLabel) => `UNWIND $rows AS r MATCH (m:Mention {id: r.id}), (e:${label} {id: r.entityId}) MERGE (m)-[:REFERS_TO]->(e)`,
  createClaims: `UNWIND $rows AS r MERGE (c:RoleClaim {id: r.id}) ON CREATE SET c.office = r.office, c.countryId = r.countryId, c.date = ${optDate("r.date")}, c.sentence = r.sentence, c.start = r.start, c.\`end\` = r.endAt, c.confidence = r.confidence`,
  claimed: "UNWIND $rows AS r MATCH (p:Person {id: r.personId}), (c:RoleClaim {id: r.id}) MERGE (p)-[:CLAIMED]->(c)",
  claimedIn: "UNWIND $rows AS r MATCH (c:RoleClaim {id: r.id}), (a:Article {id: r.articleId}) MERGE (c)-[:CLAIMED_IN]->(a)",
  createEventReports: "UNWIND $rows AS r MERGE (x:EventReport {id: r.id}) ON CREATE SET x.json = r.json",
  eventReportIn: "UNWIND $rows AS r MATCH (x:EventReport {id: r.id}), (a:Article {id: r.articleId}) MERGE (x)-[:REPORTED_IN]->(a)",
  createAgreementReports: "UNWIND $rows AS r MERGE (x:AgreementReport {id: r.id}) ON CREATE SET x.json = r.json",
  agreementReportIn: "UNWIND $rows AS r MATCH (x:AgreementReport {id: r.id}), (a:Article {id: r.articleId}) MERGE (x)-[:REPORTED_IN]->(a)",

  // removal of one article
  removeMentions: "MATCH (m:Mention)-[:IN_ARTICLE]->(a:Article {id: $id}) DETACH DELETE m",
  removeClaims: "MATCH (c:RoleClaim)-[:CLAIMED_IN]->(a:Article {id: $id}) DETACH DELETE c",
  removeEventReports: "MATCH (x:EventReport)-[:REPORTED_IN]->(a:Article {id: $id}) DETACH DELETE x",
  removeAgreementReports: "MATCH (x:AgreementReport)-[:REPORTED_IN]->(a:Article {id: $id}) DETACH DELETE x",
  removeArticle: "MATCH (a:Article {id: $id}) DETACH DELETE a RETURN count(*) AS n",
  orphans: (label: EntityLabel) => `MATCH (e:${label}) WHERE NOT EXISTS { MATCH (:Mention)-[:REFERS_TO]->(e) } DETACH DELETE e`,
  orphanKeys: "MATCH (k:NameKey) WHERE NOT EXISTS { MATCH (k)-[:NAMES]->() } DELETE k",

  // derived events
  eventReports: "MATCH (x:EventReport) RETURN x.json AS json",
  agreementReports: "MATCH (x:AgreementReport) RETURN x.json AS json",
  clearMeetings: "MATCH (m:Meeting) DETACH DELETE m",
  clearAgreements: "MATCH (g:Agreement) DETACH DELETE g",
  createMeetings: `UNWIND $rows AS r CREATE (:Meeting {id: r.id, kind: r.kind, date: ${optDate("r.date")}, datePrecision: r.datePrecision, dateBasis: r.dateBasis, confidence: r.confidence, placeId: r.placeId, reportIds: r.reportIds})`,
  attended: "UNWIND $rows AS r MATCH (p:Person {id: r.a}), (m:Meeting {id: r.b}) CREATE (p)-[:ATTENDED]->(m)",
  heldIn: "UNWIND $rows AS r MATCH (m:Meeting {id: r.a}), (p:Place {id: r.b}) CREATE (m)-[:HELD_IN]->(p)",
  meetingReportedBy: "UNWIND $rows AS r MATCH (m:Meeting {id: r.a}), (a:Article {id: r.b}) CREATE (m)-[:REPORTED_BY {excerpt: r.excerpt, start: r.start, `end`: r.endAt, confidence: r.confidence}]->(a)",
  createAgreements: `UNWIND $rows AS r CREATE (:Agreement {id: r.id, summary: r.summary, date: ${optDate("r.date")}, status: r.status, meetingId: r.meetingId, reportIds: r.reportIds})`,
  between: (label: EntityLabel) => `UNWIND $rows AS r MATCH (g:Agreement {id: r.a}), (e:${label} {id: r.b}) CREATE (g)-[:BETWEEN_PARTIES]->(e)`,
  signed: "UNWIND $rows AS r MATCH (p:Person {id: r.a}), (g:Agreement {id: r.b}) CREATE (p)-[:SIGNED_OR_ANNOUNCED]->(g)",
  reachedAt: "UNWIND $rows AS r MATCH (g:Agreement {id: r.a}), (m:Meeting {id: r.b}) CREATE (g)-[:REACHED_AT]->(m)",
  agreementReportedBy: "UNWIND $rows AS r MATCH (g:Agreement {id: r.a}), (a:Article {id: r.b}) CREATE (g)-[:REPORTED_BY {excerpt: r.excerpt, start: r.start, `end`: r.endAt, confidence: r.confidence}]->(a)",

  // lookups
  findByKeys: (label: EntityLabel) => `MATCH (k:NameKey)-[:NAMES]->(e:${label}) WHERE k.key IN $keys RETURN e.id AS id, count(*) AS hits ORDER BY hits DESC, id`,
  getPeople: "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name",
  getPlaces: "MATCH (p:Place) WHERE p.id IN $ids OPTIONAL MATCH (p)-[:WITHIN]->(w:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, w.id AS within",
  getOrganizations: "MATCH (o:Organization) WHERE o.id IN $ids RETURN o.id AS id, o.name AS name",
  getArticles: `MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.uri AS uri, a.sha256 AS sha256, a.title AS title, a.language AS language, ${d.str("a.publishedAt")} AS publishedAt, a.source AS source, a.text AS text`,
  getMeetings: `MATCH (m:Meeting) WHERE m.id IN $ids OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m) RETURN m.id AS id, m.kind AS kind, ${d.str("m.date")} AS date, m.datePrecision AS datePrecision, m.dateBasis AS dateBasis, m.confidence AS confidence, m.placeId AS placeId, m.reportIds AS reportIds, collect(p.id) AS participantIds`,
  getAgreements: `MATCH (g:Agreement) WHERE g.id IN $ids OPTIONAL MATCH (g)-[:BETWEEN_PARTIES]->(x) OPTIONAL MATCH (s:Person)-[:SIGNED_OR_ANNOUNCED]->(g) RETURN g.id AS id, g.summary AS summary, ${d.str("g.date")} AS date, g.status AS status, g.meetingId AS meetingId, g.reportIds AS reportIds, collect(DISTINCT x.id) AS partyIds, collect(DISTINCT s.id) AS signatoryIds`,
  aliases: "MATCH (m:Mention)-[:REFERS_TO]->(e) WHERE e.id IN $ids RETURN DISTINCT e.id AS id, m.text AS text, m.lang AS lang",
  roles: `MATCH (p:Person)-[:CLAIMED]->(c:RoleClaim)-[:CLAIMED_IN]->(a:Article) WHERE p.id IN $ids RETURN p.id AS personId, c.id AS id, c.office AS office, c.countryId AS countryId, a.id AS articleId, ${d.str("c.date")} AS date, c.sentence AS sentence, c.start AS start, c.\`end\` AS endAt, c.confidence AS confidence`,
  eventsOfArticles: "MATCH (e)-[:REPORTED_BY]->(a:Article) WHERE a.id IN $ids RETURN a.id AS articleId, e.id AS id",
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
  metWith: "MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE a.id IN $ids AND a <> b AND m.kind = 'meeting' AND ($anyDate OR (m.date >= date($from) AND m.date <= date($to))) AND ($anyPlace OR m.placeId IN $places) RETURN a.id AS a, b.id AS b, collect(m.id) AS meetings",
  searchKeys: "MATCH (k:NameKey)-[:NAMES]->(e) WHERE k.key CONTAINS $q RETURN DISTINCT e.id AS id, k.key AS key LIMIT 500",
  searchArticles: "MATCH (a:Article) WHERE lower(a.title) CONTAINS $q RETURN a.id AS id LIMIT $limit",
  countAll: "MATCH (n) RETURN count(*) AS n",
  countRels: "MATCH ()-[r]->() RETURN count(*) AS n",
  countLabel: (label: string) => `MATCH (n:${label}) RETURN count(*) AS n`,
  };
}
