// CypherStore: the GraphStore logic shared by both adapters. An adapter gives it an executor (its one
// boundary to the database: sessions, transactions, error mapping, round-trip count) and its named
// Cypher strings (store/kuzu/cypher.ts, store/neo4j/cypher.ts); everything else is the same.
// Writes: one transaction per batch of articles (all-or-nothing), MERGE by derived ids so that a
// re-run after a crash finishes the job without duplicates. Reads: one query per batch call, so the
// API's DataLoaders cost a constant number of round trips per request.
import type { AgreementReport, AgreementRow, AliasRow, ArticleRow, DerivedEvents, EntityKind, EventReport, Lang, MeetingRow, OrganizationRow, PersonRow, PlaceRow, ResolvedArticle, RoleClaimRow, SourceRow } from "../model.js";
import type { AgreementFilter, EventFilter, GraphStore, MetWithRow, Page, PageArgs, PathRow, PeopleFilter, SearchHit, StoreStats, WriteResult } from "./types.js";
import type { buildQueries } from "./queries.js";
import { decodeCursor, pageOf } from "./paging.js";
import { agreementKeys, eventKeys } from "../resolve/incremental.js";
import { bumpGeneration, DERIVATION_VERSION, deriveIncrementally, insertRows, readMeta, rederiveAll, replaceAll, reportsOf, writeKeys } from "./derived.js";
import { shortestChain } from "./path.js";
import { throwIfCancelled } from "./abort.js";
import { checksumOf, recordOf } from "./checksum.js";
import { checkIntegrity, type IntegrityOptions, type IntegrityReport } from "./integrity.js";
import { isAgreementId, isOrgId, isPersonId, isPlaceId, kindOfId } from "../ids.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** The one boundary to a database: how an adapter runs Cypher. */
export interface Executor {
  roundTrips: number;
  run(query: string, params?: Params): Promise<Row[]>;
  transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Statements that change the database (a Neo4j write session, the Kuzu writer connection); the rest are reads. */
export const isWrite = (q: string) => /\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|COPY|ALTER|BEGIN|COMMIT|ROLLBACK|CHECKPOINT|CALL|INSTALL|LOAD)\b/i.test(q);

/** The named queries an adapter provides (same names, each in its own dialect). */
export type Queries = ReturnType<typeof buildQueries> & {
  shortestPath?: string;
  /** Run after each committed batch of articles (Kuzu: CHECKPOINT, so a kill later finds no committed work left in the WAL to replay). */
  afterWrite?: string;
  /** For a bulk insert query, the query to use for a few rows (Kuzu: a COPY has a large fixed cost). */
  small?: Map<string, string>;
};

export const LABEL = { person: "Person", place: "Place", organization: "Organization" } as const;
export type EntityLabel = (typeof LABEL)[keyof typeof LABEL];

const str = (x: unknown): string => (x === null || x === undefined ? "" : String(x));
const opt = (x: unknown): string | undefined => (x === null || x === undefined || x === "" ? undefined : String(x));
const num = (x: unknown): number => (typeof x === "bigint" ? Number(x) : Number(x ?? 0));
const labelOfId = (id: string): EntityLabel | undefined => (isPersonId(id) ? "Person" : isPlaceId(id) ? "Place" : isOrgId(id) ? "Organization" : undefined);

export class CypherStore implements GraphStore {
  protected readonly x: Executor;

  constructor(
    readonly kind: string,
    x: Executor,
    protected readonly Q: Queries,
    private readonly schema: string[],
  ) {
    // a cancelled request (abort.ts) starts no further read; writes always finish (or roll back) whole
    const run = (q: string, p?: Params) => {
      if (!isWrite(q)) throwIfCancelled();
      return x.run(q, p);
    };
    this.x = { get roundTrips() { return x.roundTrips; }, run, transaction: (fn) => x.transaction(fn), close: () => x.close() };
  }

  get roundTrips(): number {
    return this.x.roundTrips;
  }

  async init(): Promise<void> {
    for (const ddl of this.schema) await this.x.run(ddl);
    // a store derived by other rules (or before keys existed), or never derived: derive it in full now
    const meta = await this.x.transaction((run) => readMeta(run, this.Q));
    // the embedded store knows its generation from here on (no read per request; writes keep it current)
    if (this.soleWriter && this.knownGeneration === undefined) this.knownGeneration = meta.generation;
    if (meta.derived !== DERIVATION_VERSION) await this.rederive();
  }

  /**
   * The generation: read from the store (so API replicas on one Neo4j agree), except on an embedded
   * store, whose only writer is this process: there it is the value its own last commit wrote.
   */
  async generation(): Promise<number> {
    if (this.soleWriter && this.knownGeneration !== undefined) return this.knownGeneration;
    const g = (await readMeta((q, p) => this.x.run(q, p), this.Q)).generation;
    if (this.soleWriter) this.knownGeneration = g;
    return g;
  }

  /** True when no other process writes to this store (the embedded one). */
  protected soleWriter = false;
  private knownGeneration?: number;
  /** Runs a writing transaction that bumps the generation, and records the new one once committed. */
  private async writing<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>, bump: () => Promise<void>) => Promise<T>): Promise<T> {
    let g: number | undefined;
    const out = await this.x.transaction((run) => fn(run, async () => void (g = await bumpGeneration(run, this.Q))));
    if (g !== undefined && this.soleWriter) this.knownGeneration = g;
    return out;
  }

  async rederive(): Promise<{ meetings: number; agreements: number }> {
    const d = await this.writing(async (run, bump) => {
      await bump();
      return rederiveAll(run, this.Q);
    });
    await this.afterCommit(Infinity);
    return { meetings: d.meetings.filter((m) => m.kind === "meeting").length, agreements: d.agreements.length };
  }

  async derivedCounts(): Promise<{ meetings: number; agreements: number }> {
    const [m] = await this.x.run(this.Q.countMeetings);
    const [g] = await this.x.run(this.Q.countLabel("Agreement"));
    return { meetings: num(m?.n), agreements: num(g?.n) };
  }

  async close(): Promise<void> {
    clearTimeout(this.pendingCheckpoint);
    this.closed = true;
    return this.x.close();
  }

  private pendingCheckpoint?: NodeJS.Timeout;
  private closed = false;

  /**
   * After a commit: the adapter's afterWrite (Kuzu: CHECKPOINT) at once after a bulk batch, and one
   * second after the last of a run of small writes (a checkpoint costs 0.1 to 1 s of disk syncs, more
   * than a one-article ingest itself; the WAL then holds at most a second of small writes).
   */
  private async afterCommit(articles: number): Promise<void> {
    const q = this.Q.afterWrite;
    if (!q) return;
    clearTimeout(this.pendingCheckpoint);
    // a checkpoint that fails (Kuzu gives up when readers keep transactions open) loses nothing: the
    // commit is durable in the WAL, and the next checkpoint takes it. It must not make a committed
    // write look failed (the loader would then count stored articles as unchanged).
    if (articles >= 50) return void (await this.x.run(q).catch(() => undefined));
    this.pendingCheckpoint = setTimeout(() => {
      if (!this.closed) this.x.run(q).catch(() => undefined);
    }, 1000);
    this.pendingCheckpoint.unref();
  }

  // ------------------------------------------------------------------ writes

  async existingArticles(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.x.run(this.Q.existingArticles, { ids });
    return new Set(rows.map((r) => str(r.id)));
  }

  writeArticle(article: ResolvedArticle): Promise<WriteResult> {
    return this.writeArticles([article]);
  }

  async writeArticles(articles: ResolvedArticle[]): Promise<WriteResult> {
    const result: WriteResult = { written: 0, writtenIds: [], derivedReports: 0, deriveMs: 0 };
    await this.writing(async (run, bump) => {
      // first: bumping the generation locks the meta row, so on Neo4j writers from several
      // processes derive one after the other, each from the reports the previous one committed
      await bump();
      const insert = (q: string, rows: unknown[]) => insertRows(run, this.Q, q, rows);
      // (an empty list parameter has no element type in Kuzu, so empty lookups are not sent)
      const lookup = async (q: string, name: string, list: string[]) => (list.length ? run(q, { [name]: list }) : []);
      const existing = new Set((await lookup(this.Q.existingArticles, "ids", articles.map((a) => a.article.id))).map((r) => str(r.id)));
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
        const known = new Set((await lookup(this.Q.existingIds(l), "ids", rows.map((e) => e.id))).map((r) => str(r.id)));
        const fresh = rows.filter((e) => !known.has(e.id));
        for (const e of fresh) created.push(e.id);
        if (l === "Person") await insert(this.Q.insertPeople, fresh.map((p) => ({ id: p.id, name: p.name })));
        if (l === "Place") await insert(this.Q.insertPlaces, fresh.map((p) => ({ id: p.id, name: p.name, kind: (p as PlaceRow).kind })));
        if (l === "Organization") await insert(this.Q.insertOrganizations, fresh.map((o) => ({ id: o.id, name: o.name })));
        const linked = new Set((await lookup(this.Q.existingNames(l), "ids", rows.filter((e) => known.has(e.id)).map((e) => e.id))).map((r) => `${str(r.key)}|${str(r.id)}`));
        for (const e of all) for (const key of e.keys) if (!linked.has(`${key}|${e.id}`)) keyLinks.push({ a: key, b: e.id, l });
      }
      const links = dedupeBy(keyLinks, (k) => `${k.a}|${k.b}`);
      const keys = [...new Set(links.map((k) => k.a))];
      const knownKeys = new Set((await lookup(this.Q.existingKeys, "keys", keys)).map((r) => str(r.key)));
      await insert(this.Q.insertKeys, keys.filter((k) => !knownKeys.has(k)).map((key) => ({ key })));
      for (const l of Object.values(LABEL)) await insert(this.Q.names(l), links.filter((k) => k.l === l).map(({ a, b }) => ({ a, b })));
      const places = todo.flatMap((a) => a.places).filter((p) => p.within);
      const contained = new Set((await lookup(this.Q.existingWithin, "ids", [...new Set(places.map((p) => p.id))])).map((r) => `${str(r.a)}|${str(r.b)}`));
      await insert(this.Q.within, dedupeBy(places.map((p) => ({ a: p.id, b: p.within! })), (w) => `${w.a}|${w.b}`).filter((w) => !contained.has(`${w.a}|${w.b}`)));

      // the articles and what they say: new with the article
      const mentions = todo.flatMap((a) => a.mentions);
      const roles = todo.flatMap((a) => a.roles);
      const events = todo.flatMap((a) => a.events);
      const agreements = todo.flatMap((a) => a.agreements);
      const checksums = new Map(todo.map((a) => [a.article.id, checksumOf(recordOf(a))]));
      await insert(this.Q.insertArticles, todo.map(({ article: a }) => ({ id: a.id, uri: a.uri, sha256: a.sha256, title: str(a.title), language: a.language, publishedAt: a.publishedAt || null, source: str(a.source), text: a.text, checksum: checksums.get(a.id) })));
      await insert(this.Q.insertMentions, mentions.map((m) => ({ id: m.id, text: m.text, lang: m.lang, start: m.start, endAt: m.end, kind: m.kind })));
      await insert(this.Q.mentionIn, mentions.map((m) => ({ a: m.id, b: m.articleId })));
      for (const [kind, l] of Object.entries(LABEL) as Array<[EntityKind, EntityLabel]>) await insert(this.Q.refersTo(l), mentions.filter((m) => m.kind === kind).map((m) => ({ a: m.id, b: m.entityId })));
      await insert(this.Q.insertClaims, roles.map((r) => ({ id: r.id, office: r.office, countryId: str(r.countryId), date: r.date || null, sentence: r.sentence, start: r.start, endAt: r.end, confidence: r.confidence })));
      await insert(this.Q.claimed, roles.map((r) => ({ a: r.personId, b: r.id })));
      await insert(this.Q.claimedIn, roles.map((r) => ({ a: r.id, b: r.articleId })));
      await insert(this.Q.insertEventReports, events.map((e) => ({ id: e.id, json: JSON.stringify(e) })));
      await insert(this.Q.eventReportIn, events.map((e) => ({ a: e.id, b: e.articleId })));
      await insert(this.Q.insertAgreementReports, agreements.map((g) => ({ id: g.id, json: JSON.stringify(g) })));
      await insert(this.Q.agreementReportIn, agreements.map((g) => ({ a: g.id, b: g.articleId })));
      // meetings and agreements in the same commit: only those the new reports can touch
      const t0 = Date.now();
      await writeKeys(run, this.Q, events, agreements);
      const diff = await deriveIncrementally(run, this.Q, { added: { events, agreements }, removed: { events: [], agreements: [] }, entities: created });
      result.derivedReports = diff.reports;
      result.deriveMs = Date.now() - t0;
    });
    if (result.written) await this.afterCommit(result.written);
    return result;
  }

  async removeArticle(id: string): Promise<boolean> {
    const removed = await this.writing(async (run, bump) => {
      const found = await run(this.Q.existingArticles, { ids: [id] });
      if (!found.length) return false;
      await bump();
      const reports = reportsOf(await run(this.Q.reportsOfArticle, { id }));
      for (const q of [this.Q.removeMentions, this.Q.removeClaims, this.Q.removeEventReports, this.Q.removeAgreementReports, this.Q.removeArticle]) await run(q, { id });
      const deleted: string[] = [];
      for (const l of ["Person", "Organization"] as const) {
        const ids = (await run(this.Q.orphans(l))).map((r) => str(r.id));
        if (ids.length) await run(this.Q.deleteEntities(l), { ids });
        deleted.push(...ids);
      }
      await run(this.Q.orphanKeys);
      // meetings and agreements in the same commit: only those the removed reports took part in
      await deriveIncrementally(run, this.Q, { added: { events: [], agreements: [] }, removed: reports, entities: deleted });
      const keys = [...new Set([...reports.events.flatMap(eventKeys), ...reports.agreements.flatMap(agreementKeys)])];
      if (keys.length) await run(this.Q.orphanCorefKeys, { keys });
      return true;
    });
    if (removed) await this.afterCommit(1);
    return removed;
  }

  async listReports(): Promise<{ events: EventReport[]; agreements: AgreementReport[] }> {
    const ev = await this.x.run(this.Q.eventReports);
    const ag = await this.x.run(this.Q.agreementReports);
    return { events: ev.map((r) => JSON.parse(str(r.json)) as EventReport), agreements: ag.map((r) => JSON.parse(str(r.json)) as AgreementReport) };
  }

  async replaceDerived(d: DerivedEvents): Promise<void> {
    await this.writing(async (run, bump) => {
      await replaceAll(run, this.Q, d);
      await bump();
    });
  }

  // ------------------------------------------------------------------ lookups

  async findByKeys(kind: EntityKind, keys: string[]): Promise<string[]> {
    if (!keys.length) return [];
    const rows = await this.x.run(this.Q.findByKeys(LABEL[kind]), { keys });
    return rows.map((r) => str(r.id));
  }

  async getPeople(ids: readonly string[]): Promise<Array<PersonRow | null>> {
    const rows = ids.length ? await this.x.run(this.Q.getPeople, { ids: [...ids] }) : [];
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), aliases: [], keys: [] }));
  }

  async getPlaces(ids: readonly string[]): Promise<Array<PlaceRow | null>> {
    const rows = ids.length ? await this.x.run(this.Q.getPlaces, { ids: [...ids] }) : [];
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), kind: str(r.kind), within: opt(r.within), aliases: [], keys: [] }));
  }

  async getOrganizations(ids: readonly string[]): Promise<Array<OrganizationRow | null>> {
    const rows = ids.length ? await this.x.run(this.Q.getOrganizations, { ids: [...ids] }) : [];
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), aliases: [], keys: [] }));
  }

  async getArticles(ids: readonly string[]): Promise<Array<ArticleRow | null>> {
    const rows = ids.length ? await this.x.run(this.Q.getArticles, { ids: [...ids] }) : [];
    return byId(ids, rows, (r) => ({ id: str(r.id), uri: str(r.uri), sha256: str(r.sha256), title: opt(r.title), language: str(r.language) as Lang, publishedAt: opt(r.publishedAt), source: opt(r.source), text: str(r.text) }));
  }

  async getMeetings(ids: readonly string[]): Promise<Array<MeetingRow | null>> {
    if (!ids.length) return [];
    const rows = await this.x.run(this.Q.getMeetings, { ids: [...ids] });
    return byId(ids, rows, (r) => ({
      id: str(r.id),
      kind: str(r.kind) as MeetingRow["kind"],
      date: opt(r.date) ?? null,
      datePrecision: (opt(r.datePrecision) ?? null) as MeetingRow["datePrecision"],
      dateBasis: str(r.dateBasis),
      confidence: num(r.confidence),
      participantIds: r.participantIds ? (JSON.parse(str(r.participantIds)) as string[]).sort() : [],
      placeId: opt(r.placeId),
      sources: [],
      reportIds: r.reportIds ? (JSON.parse(str(r.reportIds)) as string[]) : [],
    }));
  }

  async getAgreements(ids: readonly string[]): Promise<Array<AgreementRow | null>> {
    if (!ids.length) return [];
    const rows = await this.x.run(this.Q.getAgreements, { ids: [...ids] });
    return byId(ids, rows, (r) => ({
      id: str(r.id),
      summary: str(r.summary),
      date: opt(r.date) ?? null,
      status: str(r.status) as AgreementRow["status"],
      partyIds: ((r.partyIds as string[] | null) ?? []).filter(Boolean).sort(),
      signatoryIds: ((r.signatoryIds as string[] | null) ?? []).filter(Boolean).sort(),
      meetingId: opt(r.meetingId),
      sources: [],
      reportIds: r.reportIds ? (JSON.parse(str(r.reportIds)) as string[]) : [],
    }));
  }

  async aliasesOf(ids: readonly string[]): Promise<AliasRow[][]> {
    const rows = ids.length ? await this.x.run(this.Q.aliases, { ids: [...ids] }) : [];
    return groupBy(ids, rows, (r) => ({ text: str(r.text), language: str(r.lang) as Lang }), (a) => `${a.language}|${a.text}`);
  }

  async rolesOf(personIds: readonly string[]): Promise<RoleClaimRow[][]> {
    const rows = personIds.length ? await this.x.run(this.Q.roles, { ids: [...personIds] }) : [];
    return groupBy(personIds, rows, (r) => ({ id: str(r.id), personId: str(r.personId), office: str(r.office), countryId: opt(r.countryId), articleId: str(r.articleId), date: opt(r.date) ?? null, sentence: str(r.sentence), start: num(r.start), end: num(r.endAt), confidence: num(r.confidence) }), (c) => c.id, "personId");
  }

  async sourcesOf(eventIds: readonly string[]): Promise<SourceRow[][]> {
    const rows = eventIds.length ? await this.x.run(this.Q.sources, { ids: [...eventIds] }) : [];
    return groupBy(eventIds, rows, (r) => ({ articleId: str(r.articleId), excerpt: str(r.excerpt), start: num(r.start), end: num(r.endAt), confidence: num(r.confidence) }), (s) => `${s.articleId}|${s.start}`).map((list) =>
      // in a stable order, whatever order the rows were written in
      list.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start)),
    );
  }

  async eventsOfArticles(articleIds: readonly string[]): Promise<Array<{ meetings: string[]; agreements: string[] }>> {
    const rows = articleIds.length ? await this.x.run(this.Q.eventsOfArticles, { ids: [...articleIds] }) : [];
    const at = new Map(articleIds.map((id, i) => [id, i]));
    const out = articleIds.map(() => ({ meetings: [] as string[], agreements: [] as string[] }));
    for (const r of rows) {
      const i = at.get(str(r.articleId));
      if (i === undefined) continue;
      const id = str(r.id);
      (isAgreementId(id) ? out[i].agreements : out[i].meetings).push(id);
    }
    for (const o of out) {
      o.meetings = [...new Set(o.meetings)].sort();
      o.agreements = [...new Set(o.agreements)].sort();
    }
    return out;
  }

  async agreementsOfMeetings(meetingIds: readonly string[]): Promise<string[][]> {
    const rows = meetingIds.length ? await this.x.run(this.Q.agreementsOfMeetings, { ids: [...meetingIds] }) : [];
    return groupBy(meetingIds, rows, (r) => str(r.id), (id) => id, "meetingId").map((ids) => ids.sort());
  }

  // ------------------------------------------------------------------ lists

  async listPeople(f: PeopleFilter): Promise<Page<PersonRow>> {
    let ids: string[] | undefined = f.ids;
    if (f.office || f.countryId) {
      const withRole = (await this.x.run(this.Q.peopleWithRole, { office: f.office ?? "", country: f.countryId ?? "" })).map((r) => str(r.id));
      ids = ids ? ids.filter((i) => withRole.includes(i)) : withRole;
    }
    if (ids || f.orderBy === "MEETING_COUNT") {
      // a filtered or ranked list: ids in memory, rows by id
      let all = ids ?? (await this.x.run(this.Q.listIds("Person"), { skip: 0, limit: 1_000_000 })).map((r) => str(r.id));
      if (f.orderBy === "MEETING_COUNT") {
        const counts = new Map((await this.x.run(this.Q.meetingCounts)).map((r) => [str(r.id), num(r.n)]));
        all = [...all].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
      } else {
        const rows = await this.getPeople(all);
        all = rows.filter((r): r is PersonRow => !!r).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);
      }
      return this.pageFromIds(all, f, (page) => this.getPeople(page));
    }
    return this.listByLabel("Person", f, (page) => this.getPeople(page));
  }

  listPlaces(args: PageArgs): Promise<Page<PlaceRow>> {
    return this.listByLabel("Place", args, (page) => this.getPlaces(page));
  }

  listOrganizations(args: PageArgs): Promise<Page<OrganizationRow>> {
    return this.listByLabel("Organization", args, (page) => this.getOrganizations(page));
  }

  async listArticles(args: PageArgs): Promise<Page<ArticleRow>> {
    const skip = decodeCursor(args.after);
    const total = num((await this.x.run(this.Q.count("Article")))[0]?.n);
    if (skip >= total) return pageOf([], skip, total);
    const ids = (await this.x.run(this.Q.listArticleIds, { skip, limit: args.first })).map((r) => str(r.id));
    const rows = (await this.getArticles(ids)).filter((r): r is ArticleRow => !!r);
    return pageOf(rows, skip, total);
  }

  async listMeetings(f: EventFilter): Promise<Page<MeetingRow>> {
    const places = await this.placeScope(f.placeId, f.countryId);
    if (places && !places.length) return pageOf([], 0, 0);
    const kinds = f.kinds?.length ? f.kinds : ["meeting"];
    const range = { ...dateRange(f.from, f.to), places: places ?? [""], anyPlace: !places };
    // in-person meetings of a given person: from that person, not a scan of every meeting
    const fromPerson = f.participantId && kinds.length === 1 && kinds[0] === "meeting";
    const rows = fromPerson
      ? await this.x.run(this.Q.meetingsOfPerson, { ...range, p: f.participantId, w: f.withId ?? "" })
      : await this.x.run(this.Q.meetingsFiltered, { kinds, ...range, p: f.participantId ?? "", w: f.withId ?? "" });
    const ordered = sortByDate(rows, f.orderBy ?? "DATE_ASC");
    return this.pageFromIds(ordered, f, async (page) => this.getMeetings(page));
  }

  async listAgreements(f: AgreementFilter): Promise<Page<AgreementRow>> {
    const rows = await this.x.run(this.Q.agreementsFiltered, { ...dateRange(f.from, f.to), party: f.partyId ?? "", sig: f.signatoryId ?? "" });
    return this.pageFromIds(sortByDate(rows, "DATE_ASC"), f, (page) => this.getAgreements(page));
  }

  async metWith(personIds: readonly string[], f: { from?: string; to?: string; placeId?: string } = {}): Promise<MetWithRow[][]> {
    if (!personIds.length) return [];
    const places = await this.placeScope(f.placeId, undefined);
    const rows = await this.x.run(this.Q.metWith, { ids: [...personIds], ...dateRange(f.from, f.to), places: places ?? [""], anyPlace: !places });
    const out = personIds.map(() => [] as MetWithRow[]);
    const at = new Map(personIds.map((id, i) => [id, i]));
    for (const r of rows) {
      const i = at.get(str(r.a));
      if (i === undefined) continue;
      out[i].push({ personId: str(r.a), otherId: str(r.b), meetingIds: [...new Set(r.meetings as string[])].sort() });
    }
    for (const list of out) list.sort((a, b) => b.meetingIds.length - a.meetingIds.length || (a.otherId < b.otherId ? -1 : 1));
    return out;
  }

  async connection(aId: string, bId: string, opts: { maxHops: number; since?: string; until?: string }): Promise<PathRow | null> {
    if (this.Q.shortestPath) {
      // the database's own shortestPath (Neo4j): person, meeting, person, … within the date range
      const rows = await this.x.run(this.Q.shortestPath, { a: aId, b: bId, ...dateRange(opts.since, opts.until) });
      const ids = (rows[0]?.ids as string[] | undefined) ?? [];
      if (!ids.length || (ids.length - 1) / 2 > opts.maxHops) return null;
      return { personIds: ids.filter((_, i) => i % 2 === 0), meetingIds: ids.filter((_, i) => i % 2 === 1) };
    }
    return shortestChain(aId, bId, opts.maxHops, (ids) => this.metWith(ids, { from: opts.since, to: opts.until }));
  }

  async search(text: string, kinds: Array<EntityKind | "article">, first: number): Promise<SearchHit[]> {
    const q = text.trim();
    if (!q) return [];
    const hits = new Map<string, SearchHit>();
    const entityKinds = kinds.filter((k): k is EntityKind => k !== "article");
    if (entityKinds.length) {
      for (const r of await this.x.run(this.Q.searchKeys, { q })) {
        const id = str(r.id);
        const kind: EntityKind | undefined = kindOfId(id);
        if (!kind || !entityKinds.includes(kind)) continue;
        const key = str(r.key);
        const score = key === q ? 1 : key.startsWith(q) ? 0.8 : 0.5 * (q.length / key.length) + 0.2;
        const prev = hits.get(id);
        if (!prev || prev.score < score) hits.set(id, { kind, id, score: Math.round(score * 1000) / 1000 });
      }
    }
    if (kinds.includes("article")) for (const r of await this.x.run(this.Q.searchArticles, { q, limit: first })) hits.set(str(r.id), { kind: "article", id: str(r.id), score: 0.4 });
    return [...hits.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, first);
  }

  async stats(): Promise<StoreStats> {
    const n = async (label: string) => num((await this.x.run(this.Q.countLabel(label)))[0]?.n);
    return {
      articles: await n("Article"),
      people: await n("Person"),
      places: await n("Place"),
      organizations: await n("Organization"),
      mentions: await n("Mention"),
      meetings: num((await this.x.run(this.Q.countMeetings))[0]?.n),
      agreements: await n("Agreement"),
      relationships: num((await this.x.run(this.Q.countRels))[0]?.n),
    };
  }

  checkIntegrity(opts?: IntegrityOptions): Promise<IntegrityReport> {
    return checkIntegrity((q, p) => this.x.run(q, p), this.Q, opts);
  }

  // ------------------------------------------------------------------ helpers

  /** Place ids a place or country filter covers (the place and every place within it), or undefined for no filter. */
  private async placeScope(placeId?: string, countryId?: string): Promise<string[] | undefined> {
    const roots = [placeId, countryId].filter((x): x is string => !!x);
    if (!roots.length) return undefined;
    const rows = await this.x.run(this.Q.placesWithin, { ids: roots });
    return rows.map((r) => str(r.id));
  }

  private async listByLabel<T>(label: "Person" | "Place" | "Organization", args: PageArgs, fetch: (ids: string[]) => Promise<Array<T | null>>): Promise<Page<T>> {
    const skip = decodeCursor(args.after);
    const total = num((await this.x.run(this.Q.count(label)))[0]?.n);
    // never a SKIP past the end: Kuzu 0.11.3's ORDER BY … SKIP n crashes the process (SIGSEGV) when n
    // exceeds the rows by a few thousand (README "Reliability")
    if (skip >= total) return pageOf([], skip, total);
    const ids = (await this.x.run(this.Q.listIds(label), { skip, limit: args.first })).map((r) => str(r.id));
    const rows = (await fetch(ids)).filter((r): r is Awaited<T> & NonNullable<T> => !!r);
    return pageOf(rows as T[], skip, total);
  }

  private async pageFromIds<T>(ids: string[], args: PageArgs, fetch: (ids: string[]) => Promise<Array<T | null>>): Promise<Page<T>> {
    const skip = decodeCursor(args.after);
    const page = ids.slice(skip, skip + args.first);
    const rows = (await fetch(page)).filter((r): r is NonNullable<T> => !!r);
    return pageOf(rows as T[], skip, ids.length);
  }
}

/** Date range parameters: always valid dates (Kuzu evaluates both sides of an OR), plus "no range". */
function dateRange(from?: string, to?: string): { from: string; to: string; anyDate: boolean } {
  return { from: from || "0001-01-01", to: to || "9999-12-31", anyDate: !from && !to };
}

/**
 * A bulk insert in chunks: the database converts a parameter list into its own values all at once,
 * so one statement with a whole load's relationships would hold them all in memory twice.
 */


function entitiesOf(a: ResolvedArticle, kind: EntityKind): Array<PersonRow | PlaceRow | OrganizationRow> {
  return kind === "person" ? a.people : kind === "place" ? a.places : a.organizations;
}

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  return dedupeBy(rows, (r) => r.id);
}

function dedupeBy<T>(rows: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function byId<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T): Array<T | null> {
  const m = new Map(rows.map((r) => [str(r.id), map(r)]));
  return ids.map((id) => m.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T, key: (t: T) => string, idField = "id"): T[][] {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const out = ids.map(() => [] as T[]);
  const seen = ids.map(() => new Set<string>());
  for (const r of rows) {
    const i = at.get(str(r[idField]));
    if (i === undefined) continue;
    const t = map(r);
    const k = key(t);
    if (seen[i].has(k)) continue;
    seen[i].add(k);
    out[i].push(t);
  }
  return out;
}

/** Ids ordered by date (undated last), then id. */
function sortByDate(rows: Row[], order: "DATE_ASC" | "DATE_DESC"): string[] {
  return rows
    .map((r) => ({ id: str(r.id), date: opt(r.date) }))
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (!a.date) return 1;
        if (!b.date) return -1;
        return order === "DATE_ASC" ? (a.date < b.date ? -1 : 1) : a.date < b.date ? 1 : -1;
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((x) => x.id);
}

