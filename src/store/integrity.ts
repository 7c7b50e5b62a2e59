// kg check and the start-up check: stored data against what was written.
//   - each article: its text against its sha256 and id, and everything written for it (metadata, text,
//     mentions and the entities they refer to, role claims, reports) against Article.checksum;
//   - each person, place and organisation name: a lexicon entity's against the lexicon, an unknown
//     person's against the name part of its id, and no U+FFFD or control characters in any.
// Articles and entities are read in id order by keyset pages (no SKIP). The quick form checks a
// sample: the articles after a random id, and the first names of each kind.
import { createHash } from "node:crypto";
import { getLexicon } from "../lexicon/index.js";
import { slug } from "../resolve/entities.js";
import { transliterate } from "../resolve/transliterate.js";
import type { ArticleRecord } from "./checksum.js";
import { checksumOf } from "./checksum.js";
import { LABEL, type Params, type Queries, type Row } from "./cypher-types.js";

export interface IntegrityReport {
  articles: number;
  entities: number;
  /** Articles written before checksums existed: their text is checked, their facts are not. */
  withoutChecksum: number;
  problems: Array<{ id: string; uri?: string; problem: string }>;
}

export interface IntegrityOptions {
  /** Check about this many articles (and ten times as many names of each kind) instead of everything. */
  sample?: number;
  onProgress?: (articlesChecked: number) => void;
}

const PAGE = 200;
const NAME_PAGE = 5_000;
const str = (x: unknown) => (x === null || x === undefined ? "" : String(x));
const BAD_CHARS = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export async function checkIntegrity(run: (q: string, p?: Params) => Promise<Row[]>, Q: Queries, opts: IntegrityOptions = {}): Promise<IntegrityReport> {
  const report: IntegrityReport = { articles: 0, entities: 0, withoutChecksum: 0, problems: [] };
  const sample = opts.sample;
  // articles: all, or `sample` of them after a random point of the id order (ids are content hashes)
  let after = sample ? `article:${createHash("sha256").update(String(Math.random())).digest("hex").slice(0, 16)}` : "";
  const start = after;
  let wrapped = !sample;
  for (;;) {
    const limit = sample ? Math.min(PAGE, sample - report.articles) : PAGE;
    if (limit <= 0) break;
    let rows = await run(Q.integrityArticles, { after, limit });
    // a sample that wrapped around stops where it began
    if (sample && wrapped) rows = rows.filter((r) => str(r.id) <= start);
    if (!rows.length) {
      if (wrapped) break;
      wrapped = true;
      after = "";
      continue;
    }
    await checkArticles(run, Q, rows, report);
    after = str(rows[rows.length - 1].id);
    opts.onProgress?.(report.articles);
  }
  const lex = getLexicon();
  for (const label of Object.values(LABEL)) {
    let from = "";
    let seen = 0;
    for (;;) {
      const limit = sample ? Math.min(NAME_PAGE, sample * 10 - seen) : NAME_PAGE;
      if (limit <= 0) break;
      const rows = await run(Q.integrityEntities(label), { after: from, limit });
      if (!rows.length) break;
      for (const r of rows) {
        const problem = nameProblem(str(r.id), str(r.name), lex);
        if (problem) report.problems.push({ id: str(r.id), problem });
      }
      seen += rows.length;
      report.entities += rows.length;
      from = str(rows[rows.length - 1].id);
    }
  }
  return report;
}

async function checkArticles(run: (q: string, p?: Params) => Promise<Row[]>, Q: Queries, rows: Row[], report: IntegrityReport): Promise<void> {
  const ids = rows.map((r) => str(r.id));
  const [mentions, claims, events, agreements] = await Promise.all([run(Q.integrityMentions, { ids }), run(Q.integrityClaims, { ids }), run(Q.integrityEventReports, { ids }), run(Q.integrityAgreementReports, { ids })]);
  const group = (xs: Row[]) => {
    const m = new Map<string, Row[]>();
    for (const x of xs) m.set(str(x.articleId), [...(m.get(str(x.articleId)) ?? []), x]);
    return m;
  };
  const [ms, cs, es, gs] = [group(mentions), group(claims), group(events), group(agreements)];
  for (const a of rows) {
    report.articles++;
    const id = str(a.id);
    const uri = str(a.uri);
    const sha = createHash("sha256").update(str(a.text), "utf8").digest("hex");
    if (sha !== str(a.sha256)) report.problems.push({ id, uri, problem: "the text does not match its sha256" });
    else if (id !== `article:${sha.slice(0, 16)}`) report.problems.push({ id, uri, problem: "the id does not match the text's sha256" });
    if (a.checksum === null || a.checksum === undefined || a.checksum === "") {
      report.withoutChecksum++;
      continue;
    }
    const record: ArticleRecord = {
      article: { id: a.id, uri: a.uri, sha256: a.sha256, title: a.title, language: a.language, publishedAt: a.publishedAt, source: a.source, text: a.text },
      mentions: (ms.get(id) ?? []).map((m) => ({ id: m.id, text: m.text, lang: m.lang, start: m.start, end: m.endAt, kind: m.kind, entityId: m.entityId })),
      claims: (cs.get(id) ?? []).map((c) => ({ id: c.id, personId: c.personId, office: c.office, countryId: c.countryId, date: c.date, sentence: c.sentence, start: c.start, end: c.endAt, confidence: c.confidence })),
      events: (es.get(id) ?? []).map((e) => ({ id: e.id, json: e.json })),
      agreements: (gs.get(id) ?? []).map((g) => ({ id: g.id, json: g.json })),
    };
    if (checksumOf(record) !== str(a.checksum)) report.problems.push({ id, uri, problem: "its facts, metadata or text differ from what was written (checksum mismatch)" });
  }
}

function nameProblem(id: string, name: string, lex: ReturnType<typeof getLexicon>): string | undefined {
  if (!name.trim() || BAD_CHARS.test(name)) return `the name ${JSON.stringify(name)} has invalid characters`;
  const [kind, key] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  const entry = kind === "person" ? lex.people.get(key) : kind === "place" ? lex.places.get(key) : kind === "org" ? lex.organizations.get(key) : undefined;
  if (entry) return entry.name === name ? undefined : `the name ${JSON.stringify(name)} differs from the lexicon's ${JSON.stringify(entry.name)} (corrupt, or written with another lexicon version)`;
  const m = /^x-(.+)-[0-9a-f]{6}$/.exec(key);
  if (m && slug(transliterate(name)) !== m[1]) return `the name ${JSON.stringify(name)} does not match its id`;
  return undefined;
}
