// Writes of the Cypher store, each inside the caller's transaction: a batch of articles (all-or-nothing,
// existing ids skipped so that a re-run after a crash finishes the job without duplicates), and the
// removal of one article. Meetings and agreements are derived again in the same commit.
import type { EntityKind, PlaceRow, ResolvedArticle } from "../model.js";
import type { WriteResult } from "./types.js";
import { deriveIncrementally, insertRows, reportsOf } from "./derived.js";
import type { CorefKeys } from "./coref-keys.js";
import { checksumOf, recordOf } from "./checksum.js";
import { LABEL, type EntityLabel, type Params, type Queries, type Row } from "./cypher-types.js";
import { dedupe, dedupeBy, entitiesOf, str } from "./rows.js";

export type Run = (q: string, p?: Params) => Promise<Row[]>;

/** Writes the articles not stored yet, and fills in `result`. */
export async function writeBatch(run: Run, Q: Queries, coref: CorefKeys, bump: () => Promise<void>, articles: ResolvedArticle[], result: WriteResult): Promise<void> {
  // processes derive one after the other, each from the reports the previous one committed
  await bump();
  const insert = (q: string, rows: unknown[]) => insertRows(run, Q, q, rows);
  // (an empty list parameter has no element type in Kuzu, so empty lookups are not sent)
  const lookup = async (q: string, name: string, list: string[]) => (list.length ? run(q, { [name]: list }) : []);
  const existing = new Set((await lookup(Q.existingArticles, "ids", articles.map((a) => a.article.id))).map((r) => str(r.id)));
  const seen = new Set<string>();
  const todo = articles.filter((a) => !existing.has(a.article.id) && !seen.has(a.article.id) && seen.add(a.article.id));
  if (!todo.length) return;
  result.written = todo.length;
  result.writtenIds = todo.map((a) => a.article.id);
  const created: string[] = [];

  // entities: nodes once per id (the first name wins); keys and containment from EVERY article's
  // row (one article may know a spelling or a containing place that another does not), so how
  // articles are batched never changes the graph
  const keyLinks: Array<{ a: string; b: string; l: EntityLabel }> = [];
  for (const [kind, l] of Object.entries(LABEL) as Array<[EntityKind, EntityLabel]>) {
    const all = todo.flatMap((a) => entitiesOf(a, kind));
    const rows = dedupe(all);
    const known = new Set((await lookup(Q.existingIds(l), "ids", rows.map((e) => e.id))).map((r) => str(r.id)));
    const fresh = rows.filter((e) => !known.has(e.id));
    for (const e of fresh) created.push(e.id);
    if (l === "Person") await insert(Q.insertPeople, fresh.map((p) => ({ id: p.id, name: p.name })));
    if (l === "Place") await insert(Q.insertPlaces, fresh.map((p) => ({ id: p.id, name: p.name, kind: (p as PlaceRow).kind })));
    if (l === "Organization") await insert(Q.insertOrganizations, fresh.map((o) => ({ id: o.id, name: o.name })));
    const linked = new Set((await lookup(Q.existingNames(l), "ids", rows.filter((e) => known.has(e.id)).map((e) => e.id))).map((r) => `${str(r.key)}|${str(r.id)}`));
    for (const e of all) for (const key of e.keys) if (!linked.has(`${key}|${e.id}`)) keyLinks.push({ a: key, b: e.id, l });
  }
  const links = dedupeBy(keyLinks, (k) => `${k.a}|${k.b}`);
  const keys = [...new Set(links.map((k) => k.a))];
  const knownKeys = new Set((await lookup(Q.existingKeys, "keys", keys)).map((r) => str(r.key)));
  await insert(Q.insertKeys, keys.filter((k) => !knownKeys.has(k)).map((key) => ({ key })));
  for (const l of Object.values(LABEL)) await insert(Q.names(l), links.filter((k) => k.l === l).map(({ a, b }) => ({ a, b })));
  const places = todo.flatMap((a) => a.places).filter((p) => p.within);
  const contained = new Set((await lookup(Q.existingWithin, "ids", [...new Set(places.map((p) => p.id))])).map((r) => `${str(r.a)}|${str(r.b)}`));
  await insert(Q.within, dedupeBy(places.map((p) => ({ a: p.id, b: p.within! })), (w) => `${w.a}|${w.b}`).filter((w) => !contained.has(`${w.a}|${w.b}`)));

  // the articles and what they say: new with the article
  const mentions = todo.flatMap((a) => a.mentions);
  const roles = todo.flatMap((a) => a.roles);
  const events = todo.flatMap((a) => a.events);
  const agreements = todo.flatMap((a) => a.agreements);
  const checksums = new Map(todo.map((a) => [a.article.id, checksumOf(recordOf(a))]));
  await insert(Q.insertArticles, todo.map(({ article: a }) => ({ id: a.id, uri: a.uri, sha256: a.sha256, title: str(a.title), language: a.language, publishedAt: a.publishedAt || null, source: str(a.source), text: a.text, checksum: checksums.get(a.id) })));
  await insert(Q.insertMentions, mentions.map((m) => ({ id: m.id, text: m.text, lang: m.lang, start: m.start, endAt: m.end, kind: m.kind })));
  await insert(Q.mentionIn, mentions.map((m) => ({ a: m.id, b: m.articleId })));
  for (const [kind, l] of Object.entries(LABEL) as Array<[EntityKind, EntityLabel]>) await insert(Q.refersTo(l), mentions.filter((m) => m.kind === kind).map((m) => ({ a: m.id, b: m.entityId })));
  await insert(Q.insertClaims, roles.map((r) => ({ id: r.id, office: r.office, countryId: str(r.countryId), date: r.date || null, sentence: r.sentence, start: r.start, endAt: r.end, confidence: r.confidence })));
  await insert(Q.claimed, roles.map((r) => ({ a: r.personId, b: r.id })));
  await insert(Q.claimedIn, roles.map((r) => ({ a: r.id, b: r.articleId })));
  await insert(Q.insertEventReports, events.map((e) => ({ id: e.id, json: JSON.stringify(e) })));
  await insert(Q.eventReportIn, events.map((e) => ({ a: e.id, b: e.articleId })));
  await insert(Q.insertAgreementReports, agreements.map((g) => ({ id: g.id, json: JSON.stringify(g) })));
  await insert(Q.agreementReportIn, agreements.map((g) => ({ a: g.id, b: g.articleId })));
  // meetings and agreements in the same commit: only those the new reports can touch
  const t0 = Date.now();
  const fresh = await coref.file(run, events, agreements);
  const diff = await deriveIncrementally(run, Q, coref, { added: { events, agreements }, removed: { events: [], agreements: [] }, entities: created }, fresh);
  result.derivedReports = diff.reports;
  result.deriveMs = Date.now() - t0;
}

/** Removes one article and what only it said; false when it is not stored. */
export async function removeOne(run: Run, Q: Queries, coref: CorefKeys, bump: () => Promise<void>, id: string): Promise<boolean> {
  const found = await run(Q.existingArticles, { ids: [id] });
  if (!found.length) return false;
  await bump();
  const reports = reportsOf(await run(Q.reportsOfArticle, { id }));
  for (const q of [Q.removeMentions, Q.removeClaims, Q.removeEventReports, Q.removeAgreementReports, Q.removeArticle]) await run(q, { id });
  const deleted: string[] = [];
  for (const l of ["Person", "Organization"] as const) {
    const ids = (await run(Q.orphans(l))).map((r) => str(r.id));
    if (ids.length) await run(Q.deleteEntities(l), { ids });
    deleted.push(...ids);
  }
  await run(Q.orphanKeys);
  // meetings and agreements in the same commit: only those the removed reports took part in
  await coref.forget(run, reports);
  await deriveIncrementally(run, Q, coref, { added: { events: [], agreements: [] }, removed: reports, entities: deleted });
  return true;
}
