// Reads by id of the Cypher store: one query per batch call, so the API's DataLoaders cost a constant
// number of round trips per request.
import type { AgreementReport, AgreementRow, AliasRow, ArticleRow, EntityKind, EventReport, Lang, MeetingRow, OrganizationRow, PersonRow, PlaceRow, RoleClaimRow, SourceRow } from "../model.js";
import { LABEL, type Executor, type Params, type Queries, type Row } from "./cypher-types.js";
import { agreementRow, byId, groupBy, meetingRow, num, opt, str } from "./rows.js";
import { isAgreementId, kindOfId } from "../ids.js";
import { NameKeyIndex } from "./name-index.js";
import { MetGraph } from "./met-graph.js";
import { PlaceDirectory } from "./places.js";

/**
 * Above this many keys, one list query costs less than a lookup per key. A lookup costs about 0.2 ms
 * (more on a busy machine); a scan costs under a millisecond on a table of a few thousand rows (the
 * people of a 20k-article store) and 14 ms on 200k.
 */
const ONE_KEY_MAX = 8;

export class CypherReads {
  /** Name keys and people's names in memory, where the store knows its generation without a round trip (name-index.ts). */
  protected readonly nameKeys = new NameKeyIndex(
    () => this.x.run(this.Q.allNameKeys),
    () => this.generationWithoutRoundTrip(),
    () => this.x.run(this.Q.allPeople),
    () => this.x.run(this.Q.allTitles),
  );
  /** Who met whom in memory, for who-met, the meetings of two people and `connection` (met-graph.ts); KG_HOLD_MET=0 turns it off. */
  protected readonly metGraph = new MetGraph(
    async () => {
      const rows = await this.x.run(this.Q.allMet);
      return this.Q.placesApart ? this.places.addTo(rows) : rows;
    },
    () => (process.env.KG_HOLD_MET === "0" ? undefined : this.generationWithoutRoundTrip()),
  );

  /** Places by id, for rows that come without theirs (Queries.placesApart). */
  protected readonly places = new PlaceDirectory(
    () => this.x.run(this.Q.allPlaces),
    () => this.generationWithoutRoundTrip(),
  );

  constructor(
    protected readonly x: Executor,
    protected readonly Q: Queries,
  ) {}

  /** The store's generation where this process knows it without a round trip (the embedded store), else undefined. */
  protected generationWithoutRoundTrip(): number | undefined {
    return undefined;
  }

  async listReports(): Promise<{ events: EventReport[]; agreements: AgreementReport[] }> {
    const ev = await this.x.run(this.Q.eventReports);
    const ag = await this.x.run(this.Q.agreementReports);
    return { events: ev.map((r) => JSON.parse(str(r.json)) as EventReport), agreements: ag.map((r) => JSON.parse(str(r.json)) as AgreementReport) };
  }

  /**
   * Rows of a read by a list of keys (`$ids`, or `$keys` for name keys). Where the adapter has a
   * one-key form of the query (Kuzu: `Q.one`, queries.ts oneKey), a batch of up to ONE_KEY_MAX keys
   * runs it once per key (in one call, Executor.runEach), each an index lookup, instead of one
   * query that scans the table.
   */
  protected async byKeys(query: string, keys: readonly string[], params: Params = {}, param: "ids" | "keys" = "ids"): Promise<Row[]> {
    if (!keys.length) return [];
    const one = this.Q.one?.get(query);
    if (!one || !this.x.runEach || keys.length > ONE_KEY_MAX) return this.x.run(query, { ...params, [param]: [...keys] });
    const key = param === "ids" ? "id" : "key";
    return this.x.runEach(one, [...new Set(keys)].map((k) => ({ ...params, [key]: k })));
  }

  // ------------------------------------------------------------------ lookups

  async findByKeys(kind: EntityKind, keys: string[]): Promise<string[]> {
    const rows = this.nameKeys.byKeys(keys)?.filter((r) => kindOfId(str(r.id)) === kind) ?? (await this.byKeys(this.Q.findByKeys(LABEL[kind]), keys, {}, "keys"));
    // (one query per key gives a row per key and entity: add up the hits, as the list query does)
    const hits = new Map<string, number>();
    for (const r of rows) hits.set(str(r.id), (hits.get(str(r.id)) ?? 0) + num(r.hits));
    return [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([id]) => id);
  }

  async getPeople(ids: readonly string[]): Promise<Array<PersonRow | null>> {
    const rows = this.nameKeys.people(ids)?.filter((r): r is Row => !!r) ?? (await this.byKeys(this.Q.getPeople, ids));
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), aliases: [], keys: [] }));
  }

  async getPlaces(ids: readonly string[]): Promise<Array<PlaceRow | null>> {
    const rows = await this.byKeys(this.Q.getPlaces, ids);
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), kind: str(r.kind), within: opt(r.within), aliases: [], keys: [] }));
  }

  async getOrganizations(ids: readonly string[]): Promise<Array<OrganizationRow | null>> {
    const rows = await this.byKeys(this.Q.getOrganizations, ids);
    return byId(ids, rows, (r) => ({ id: str(r.id), name: str(r.name), aliases: [], keys: [] }));
  }

  async getArticles(ids: readonly string[]): Promise<Array<ArticleRow | null>> {
    const rows = await this.byKeys(this.Q.getArticles, ids);
    return byId(ids, rows, (r) => ({ id: str(r.id), uri: str(r.uri), sha256: str(r.sha256), title: opt(r.title), language: str(r.language) as Lang, publishedAt: opt(r.publishedAt), source: opt(r.source), text: str(r.text) }));
  }

  async getMeetings(ids: readonly string[]): Promise<Array<MeetingRow | null>> {
    if (!ids.length) return [];
    // in-person meetings are held with who met whom on the embedded store (met-graph.ts)
    const held = this.metGraph.meetings(ids);
    if (held) return held;
    const rows = await this.byKeys(this.Q.getMeetings, ids);
    return byId(ids, rows, meetingRow);
  }

  async getAgreements(ids: readonly string[]): Promise<Array<AgreementRow | null>> {
    if (!ids.length) return [];
    const rows = await this.byKeys(this.Q.getAgreements, ids);
    return byId(ids, rows, agreementRow);
  }

  async aliasesOf(ids: readonly string[]): Promise<AliasRow[][]> {
    const rows = await this.byKeys(this.Q.aliases, ids);
    return groupBy(ids, rows, (r) => ({ text: str(r.text), language: str(r.lang) as Lang }), (a) => `${a.language}|${a.text}`);
  }

  async rolesOf(personIds: readonly string[]): Promise<RoleClaimRow[][]> {
    const rows = await this.byKeys(this.Q.roles, personIds);
    return groupBy(personIds, rows, (r) => ({ id: str(r.id), personId: str(r.personId), office: str(r.office), countryId: opt(r.countryId), articleId: str(r.articleId), date: opt(r.date) ?? null, sentence: str(r.sentence), start: num(r.start), end: num(r.endAt), confidence: num(r.confidence) }), (c) => c.id, "personId");
  }

  async sourcesOf(eventIds: readonly string[]): Promise<SourceRow[][]> {
    const rows = await this.byKeys(this.Q.sources, eventIds);
    return groupBy(eventIds, rows, (r) => ({ articleId: str(r.articleId), excerpt: str(r.excerpt), start: num(r.start), end: num(r.endAt), confidence: num(r.confidence) }), (s) => `${s.articleId}|${s.start}`).map((list) =>
      // in a stable order, whatever order the rows were written in
      list.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start)),
    );
  }

  async eventsOfArticles(articleIds: readonly string[]): Promise<Array<{ meetings: string[]; agreements: string[] }>> {
    const rows = await this.byKeys(this.Q.eventsOfArticles, articleIds);
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
    const rows = await this.byKeys(this.Q.agreementsOfMeetings, meetingIds);
    return groupBy(meetingIds, rows, (r) => str(r.id), (id) => id, "meetingId").map((ids) => ids.sort());
  }
}
