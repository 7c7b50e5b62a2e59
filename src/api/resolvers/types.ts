// Resolvers of the object types other than Query, Mutation and Person: one small map each.
import type { AgreementResolvers, AliasResolvers, ArticleResolvers, CounterpartConnectionResolvers, CounterpartEdgeResolvers, DateOriginResolvers, MeetingPathResolvers, MeetingResolvers, MetWithResolvers, NodeResolvers, OrganizationResolvers, PartyResolvers, PlaceResolvers, RoleClaimResolvers, SearchConnectionResolvers, SearchHitResolvers, SearchResultResolvers, SourceResolvers, TimelineConnectionResolvers, TimelineEntryResolvers, IngestResultResolvers } from "../../generated/resolvers.js";
import { encodeCursor } from "../../store/paging.js";
import { conflicting } from "./Person.js";
import { dateOrigin, officeEnum, placeKindEnum, precisionEnum, statusEnum } from "./enums.js";
import { edgesOf, fromKind, loadAll, notNull, pageInfoOf } from "./shared.js";
import { loadNode, typeOfId } from "./nodes.js";
import type { PersonRow } from "../../model.js";


export const Node: NodeResolvers = {
  __resolveType: (obj) => typeOfId((obj as { id: string }).id) ?? "Person",
};

export const Party: PartyResolvers = {
  __resolveType: (obj) => {
    const t = typeOfId((obj as { id: string }).id);
    return t === "Place" || t === "Organization" ? t : "Person";
  },
};

export const SearchResult: SearchResultResolvers = {
  __resolveType: (obj) => {
    const t = typeOfId(obj.id);
    return t === "Place" || t === "Organization" || t === "Article" ? t : "Person";
  },
};

export const Place: PlaceResolvers = {
  category: (p) => placeKindEnum(p.kind),
  within: (p, _, ctx) => (p.within ? ctx.loaders.place.load(p.within) : null),
  aliases: (p, _, ctx) => ctx.loaders.aliases.load(p.id),
};

export const Organization: OrganizationResolvers = {
  aliases: (o, _, ctx) => ctx.loaders.aliases.load(o.id),
};

export const Alias: AliasResolvers = {};

export const RoleClaim: RoleClaimResolvers = {
  office: (r) => officeEnum(r.office),
  country: (r, _, ctx) => (r.countryId ? ctx.loaders.place.load(r.countryId) : null),
  article: async (r, _, ctx) => (await ctx.loaders.article.load(r.articleId))!,
  excerpt: (r) => r.sentence,
  conflicting: async (r, _, ctx) => conflicting(r.personId, r.office, await ctx.loaders.roles.load(r.personId)),
};

export const Source: SourceResolvers = {
  article: async (s, _, ctx) => (await ctx.loaders.article.load(s.articleId))!,
};

export const Meeting: MeetingResolvers = {
  kind: (m) => fromKind(m.kind),
  datePrecision: (m) => precisionEnum(m.datePrecision),
  dateOrigin: (m) => dateOrigin(m.dateBasis),
  place: (m, _, ctx) => (m.placeId ? ctx.loaders.place.get(m.placeId) : null),
  participants: async (m, _, ctx) => loadAll(ctx.loaders.person, m.participantIds),
  sources: (m, _, ctx) => ctx.loaders.sources.load(m.id),
  agreements: async (m, _, ctx) => loadAll(ctx.loaders.agreement, await ctx.loaders.meetingAgreements.load(m.id)),
};

export const DateOrigin: DateOriginResolvers = {
  article: (d, _, ctx) => (d.articleId ? ctx.loaders.article.load(d.articleId) : null),
};

export const Agreement: AgreementResolvers = {
  status: (a) => statusEnum(a.status),
  // the states and organisations, then the people who signed for them (schema: "or people"): a document between two
  // bodies no gazetteer holds is known by its signers
  parties: async (a, _, ctx) => (await Promise.all([...new Set([...a.partyIds, ...a.signatoryIds])].map((id) => loadNode(ctx, id)))).filter(notNull) as never,
  signatories: async (a, _, ctx) => loadAll(ctx.loaders.person, a.signatoryIds),
  meeting: (a, _, ctx) => (a.meetingId ? ctx.loaders.meeting.load(a.meetingId) : null),
  sources: (a, _, ctx) => ctx.loaders.sources.load(a.id),
};

export const Article: ArticleResolvers = {
  meetings: async (a, _, ctx) => loadAll(ctx.loaders.meeting, (await ctx.loaders.articleEvents.load(a.id)).meetings),
  agreements: async (a, _, ctx) => loadAll(ctx.loaders.agreement, (await ctx.loaders.articleEvents.load(a.id)).agreements),
};

export const MetWith: MetWithResolvers = {
  // (at once when the request's nested read brought them: context.ts KnownLoader)
  person: (w, _, ctx) => ctx.loaders.person.get(w.personId) as PersonRow | Promise<PersonRow>,
  meetings: (w, _, ctx) => ctx.loaders.meeting.getAll(w.meetingIds),
};

export const MeetingPath: MeetingPathResolvers = {
  people: async (p, _, ctx) => loadAll(ctx.loaders.person, p.personIds),
  meetings: async (p, _, ctx) => loadAll(ctx.loaders.meeting, p.meetingIds),
  hops: async (p, _, ctx) =>
    Promise.all(
      p.meetingIds.map(async (mid, i) => ({
        from: (await ctx.loaders.person.load(p.personIds[i]))!,
        to: (await ctx.loaders.person.load(p.personIds[i + 1]))!,
        meeting: (await ctx.loaders.meeting.load(mid))!,
      })),
    ),
};

export const TimelineEntry: TimelineEntryResolvers = {
  meeting: (t) => t.meeting ?? null,
  agreement: (t) => t.agreement ?? null,
};

export const SearchHit: SearchHitResolvers = {
  node: async (h, _, ctx) => {
    const node = h.kind === "person" ? await ctx.loaders.person.load(h.id) : h.kind === "place" ? await ctx.loaders.place.load(h.id) : h.kind === "organization" ? await ctx.loaders.organization.load(h.id) : await ctx.loaders.article.load(h.id);
    if (!node) throw new Error(`search hit ${h.id} is not in the store`);
    return node;
  },
};

export const CounterpartEdge: CounterpartEdgeResolvers = {
  node: async (e, _, ctx) => {
    const person = await ctx.loaders.person.load(e.personId);
    if (!person) throw new Error(`counterpart ${e.personId} is not in the store`);
    return person;
  },
  meetingCount: (e) => e.meetingIds.length,
  meetings: (e, _, ctx) => loadAll(ctx.loaders.meeting, e.meetingIds),
};

export const CounterpartConnection: CounterpartConnectionResolvers = {
  edges: (page) => page.rows.map((r, i) => ({ ...r, cursor: encodeCursor(page.offset + i) })),
  pageInfo: (page) => pageInfoOf(page),
};

export const IngestResult: IngestResultResolvers = {};

/** Connection types: edges from a store Page. */
const connectionResolvers = {
  edges: <T,>(page: Parameters<typeof edgesOf<T>>[0]) => edgesOf(page),
  pageInfo: <T,>(page: Parameters<typeof edgesOf<T>>[0]) => pageInfoOf(page),
};
export const PersonConnection = connectionResolvers;
export const PlaceConnection = connectionResolvers;
export const OrganizationConnection = connectionResolvers;
export const ArticleConnection = connectionResolvers;
export const MeetingConnection = connectionResolvers;
export const AgreementConnection = connectionResolvers;
export const TimelineConnection: TimelineConnectionResolvers = connectionResolvers;
export const SearchConnection: SearchConnectionResolvers = connectionResolvers;
