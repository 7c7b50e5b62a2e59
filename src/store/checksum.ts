// The checksum kept with each article (Article.checksum): SHA-256 over a canonical form of everything
// written for that article — its metadata and text, its mentions with the entity each refers to, its
// role claims and its event and agreement reports. Computed from the ResolvedArticle at write time, and
// from what the store gives back at check time (integrity.ts): any byte that changed on disk in those
// rows shows as a different checksum.
import { createHash } from "node:crypto";
import type { ResolvedArticle } from "../model.js";

export interface ArticleRecord {
  article: { id: unknown; uri: unknown; sha256: unknown; title: unknown; language: unknown; publishedAt: unknown; source: unknown; text: unknown };
  mentions: Array<{ id: unknown; text: unknown; lang: unknown; start: unknown; end: unknown; kind: unknown; entityId: unknown }>;
  claims: Array<{ id: unknown; personId: unknown; office: unknown; countryId: unknown; date: unknown; sentence: unknown; start: unknown; end: unknown; confidence: unknown }>;
  events: Array<{ id: unknown; json: unknown }>;
  agreements: Array<{ id: unknown; json: unknown }>;
}

const s = (x: unknown) => (x === null || x === undefined ? "" : String(x));
const n = (x: unknown) => (x === null || x === undefined ? 0 : Number(x));
const day = (x: unknown) => s(x).slice(0, 10);
const byId = <T extends { id: unknown }>(xs: T[]) => [...xs].sort((a, b) => (s(a.id) < s(b.id) ? -1 : s(a.id) > s(b.id) ? 1 : 0));

/** "v1:" + hex SHA-256 of the canonical record. */
export function checksumOf(r: ArticleRecord): string {
  const a = r.article;
  const canonical = [
    [s(a.id), s(a.uri), s(a.sha256), s(a.title), s(a.language), day(a.publishedAt), s(a.source), s(a.text)],
    byId(r.mentions).map((m) => [s(m.id), s(m.text), s(m.lang), n(m.start), n(m.end), s(m.kind), s(m.entityId)]),
    byId(r.claims).map((c) => [s(c.id), s(c.personId), s(c.office), s(c.countryId), day(c.date), s(c.sentence), n(c.start), n(c.end), n(c.confidence)]),
    byId(r.events).map((e) => [s(e.id), s(e.json)]),
    byId(r.agreements).map((g) => [s(g.id), s(g.json)]),
  ];
  return `v1:${createHash("sha256").update(JSON.stringify(canonical)).digest("hex")}`;
}

/** The record of an article as the store writes it (cypher-writes.ts writeBatch). */
export function recordOf(a: ResolvedArticle): ArticleRecord {
  const x = a.article;
  return {
    article: { id: x.id, uri: x.uri, sha256: x.sha256, title: x.title, language: x.language, publishedAt: x.publishedAt, source: x.source, text: x.text },
    mentions: a.mentions.map((m) => ({ id: m.id, text: m.text, lang: m.lang, start: m.start, end: m.end, kind: m.kind, entityId: m.entityId })),
    claims: a.roles.map((c) => ({ id: c.id, personId: c.personId, office: c.office, countryId: c.countryId, date: c.date, sentence: c.sentence, start: c.start, end: c.end, confidence: c.confidence })),
    events: a.events.map((e) => ({ id: e.id, json: JSON.stringify(e) })),
    agreements: a.agreements.map((g) => ({ id: g.id, json: JSON.stringify(g) })),
  };
}
