// Reads by id of the Cypher store: one query per batch call, so the API's DataLoaders cost a constant
// number of round trips per request.
import type { AgreementReport, AgreementRow, AliasRow, ArticleRow, EntityKind, EventReport, Lang, MeetingRow, OrganizationRow, PersonRow, PlaceRow, RoleClaimRow, SourceRow } from "../model.js";
import { LABEL, type Executor, type Queries } from "./cypher-types.js";
import { agreementRow, byId, groupBy, meetingRow, num, opt, str } from "./rows.js";
import { isAgreementId } from "../ids.js";

export class CypherReads {
  constructor(
    protected readonly x: Executor,
    protected readonly Q: Queries,
  ) {}

  async listReports(): Promise<{ events: EventReport[]; agreements: AgreementReport[] }> {
    const ev = await this.x.run(this.Q.eventReports);
    const ag = await this.x.run(this.Q.agreementReports);
    return { events: ev.map((r) => JSON.parse(str(r.json)) as EventReport), agreements: ag.map((r) => JSON.parse(str(r.json)) as AgreementReport) };
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
    return byId(ids, rows, meetingRow);
  }

  async getAgreements(ids: readonly string[]): Promise<Array<AgreementRow | null>> {
    if (!ids.length) return [];
    const rows = await this.x.run(this.Q.getAgreements, { ids: [...ids] });
    return byId(ids, rows, agreementRow);
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
}
