// Lists, filters, who-met, connection, search and counts of the Cypher store.
import type { AgreementRow, ArticleRow, EntityKind, MeetingRow, OrganizationRow, PersonRow, PlaceRow } from "../model.js";
import type { AgreementFilter, EventFilter, MetWithRow, Page, PageArgs, PathRow, PeopleFilter, SearchHit, StoreStats } from "./types.js";
import { decodeCursor, pageOf } from "./paging.js";
import { shortestChain } from "./path.js";
import { checkIntegrity, type IntegrityOptions, type IntegrityReport } from "./integrity.js";
import { kindOfId } from "../ids.js";
import { CypherReads } from "./cypher-reads.js";
import { dateRange, num, sortByDate, str } from "./rows.js";

/** Name keys a search reads at most (queries.ts searchKeys has the same LIMIT). */
const SEARCH_KEYS = 500;

export class CypherLists extends CypherReads {
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
    const rows = await this.byKeys(this.Q.metWith, personIds, { ...dateRange(f.from, f.to), places: places ?? [""], anyPlace: !places });
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
    // the embedded store: who met whom held in memory, when current (met-graph.ts)
    const held = this.metGraph.neighbours({ ...dateRange(opts.since, opts.until), places: [], anyPlace: true });
    if (held) return shortestChain(aId, bId, opts.maxHops, async (ids) => held(ids));
    const byHops = this.Q.shortestMetUpTo?.[opts.maxHops];
    if (byHops && aId !== bId && !opts.since && !opts.until) {
      // the database's own search (Kuzu), where no date range filters the edges
      const [row] = await this.x.run(byHops, { a: aId, b: bId });
      return row ? { personIds: row.people as string[], meetingIds: row.meetings as string[] } : null;
    }
    return shortestChain(aId, bId, opts.maxHops, (ids) => this.metWith(ids, { from: opts.since, to: opts.until }));
  }

  async search(text: string, kinds: Array<EntityKind | "article">, first: number): Promise<SearchHit[]> {
    const q = text.trim();
    if (!q) return [];
    const hits = new Map<string, SearchHit>();
    const entityKinds = kinds.filter((k): k is EntityKind => k !== "article");
    if (entityKinds.length) {
      for (const r of this.nameKeys.find(q, SEARCH_KEYS) ?? (await this.x.run(this.Q.searchKeys, { q }))) {
        const id = str(r.id);
        const kind: EntityKind | undefined = kindOfId(id);
        if (!kind || !entityKinds.includes(kind)) continue;
        const key = str(r.key);
        const score = key === q ? 1 : key.startsWith(q) ? 0.8 : 0.5 * (q.length / key.length) + 0.2;
        const prev = hits.get(id);
        if (!prev || prev.score < score) hits.set(id, { kind, id, score: Math.round(score * 1000) / 1000 });
      }
    }
    if (kinds.includes("article")) {
      const ids = this.nameKeys.articles(q, first) ?? (await this.x.run(this.Q.searchArticles, { q, limit: first })).map((r) => str(r.id));
      for (const id of ids) hits.set(id, { kind: "article", id, score: 0.4 });
    }
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
  protected async placeScope(placeId?: string, countryId?: string): Promise<string[] | undefined> {
    const roots = [placeId, countryId].filter((x): x is string => !!x);
    if (!roots.length) return undefined;
    const rows = await this.x.run(this.Q.placesWithin, { ids: roots });
    return rows.map((r) => str(r.id));
  }

  protected async listByLabel<T>(label: "Person" | "Place" | "Organization", args: PageArgs, fetch: (ids: string[]) => Promise<Array<T | null>>): Promise<Page<T>> {
    const skip = decodeCursor(args.after);
    const total = num((await this.x.run(this.Q.count(label)))[0]?.n);
    // never a SKIP past the end: Kuzu 0.11.3's ORDER BY … SKIP n crashes the process (SIGSEGV) when n
    // exceeds the rows by a few thousand (README "Reliability")
    if (skip >= total) return pageOf([], skip, total);
    const ids = (await this.x.run(this.Q.listIds(label), { skip, limit: args.first })).map((r) => str(r.id));
    const rows = (await fetch(ids)).filter((r): r is Awaited<T> & NonNullable<T> => !!r);
    return pageOf(rows as T[], skip, total);
  }

  protected async pageFromIds<T>(ids: string[], args: PageArgs, fetch: (ids: string[]) => Promise<Array<T | null>>): Promise<Page<T>> {
    const skip = decodeCursor(args.after);
    const page = ids.slice(skip, skip + args.first);
    const rows = (await fetch(page)).filter((r): r is NonNullable<T> => !!r);
    return pageOf(rows as T[], skip, ids.length);
  }
}
