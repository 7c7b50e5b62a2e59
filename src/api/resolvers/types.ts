// Resolvers of the object types other than Query, Mutation and Person: one small map each.
import type { AgreementResolvers, AliasResolvers, ArticleResolvers, ConnectionResolvers, MeetingResolvers, MetWithResolvers, NodeResolvers, OrganizationResolvers, PartyResolvers, PlaceResolvers, RoleClaimResolvers, SearchHitResolvers, SourceResolvers, TimelineEntryResolvers, IngestResultResolvers } from "../../generated/resolvers.js";
import { conflicting } from "./Person.js";
import { fromKind, notNull } from "./shared.js";
import { loadNode, typeOfId } from "./nodes.js";
import { edgesOf, loadAll } from "./shared.js";


export const Node: NodeResolvers = {
  __resolveType: (obj) => typeOfId((obj as { id: string }).id) ?? "Person",
};

export const Party: PartyResolvers = {
  __resolveType: (obj) => {
    const t = typeOfId((obj as { id: string }).id);
    return t === "Place" || t === "Organization" ? t : "Person";
  },
};

export const Place: PlaceResolvers = {
  within: (p, _, ctx) => (p.within ? ctx.loaders.place.load(p.within) : null),
  aliases: (p, _, ctx) => ctx.loaders.aliases.load(p.id),
};

export const Organization: OrganizationResolvers = {
  aliases: (o, _, ctx) => ctx.loaders.aliases.load(o.id),
};

export const Alias: AliasResolvers = {};

export const RoleClaim: RoleClaimResolvers = {
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
  place: (m, _, ctx) => (m.placeId ? ctx.loaders.place.load(m.placeId) : null),
  participants: async (m, _, ctx) => loadAll(ctx.loaders.person, m.participantIds),
  sources: (m, _, ctx) => ctx.loaders.sources.load(m.id),
  agreements: async (m, _, ctx) => loadAll(ctx.loaders.agreement, await ctx.loaders.meetingAgreements.load(m.id)),
};

export const Agreement: AgreementResolvers = {
  parties: async (a, _, ctx) => (await Promise.all(a.partyIds.map((id) => loadNode(ctx, id)))).filter(notNull) as never,
  signatories: async (a, _, ctx) => loadAll(ctx.loaders.person, a.signatoryIds),
  meeting: (a, _, ctx) => (a.meetingId ? ctx.loaders.meeting.load(a.meetingId) : null),
  sources: (a, _, ctx) => ctx.loaders.sources.load(a.id),
};

export const Article: ArticleResolvers = {
  meetings: async (a, _, ctx) => loadAll(ctx.loaders.meeting, (await ctx.loaders.articleEvents.load(a.id)).meetings),
  agreements: async (a, _, ctx) => loadAll(ctx.loaders.agreement, (await ctx.loaders.articleEvents.load(a.id)).agreements),
};

export const MetWith: MetWithResolvers = {
  person: async (w, _, ctx) => (await ctx.loaders.person.load(w.personId))!,
  meetings: async (w, _, ctx) => loadAll(ctx.loaders.meeting, w.meetingIds),
};

export const Connection: ConnectionResolvers = {
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
  node: async (h, _, ctx) => (await loadNode(ctx, h.id))!,
};

export const IngestResult: IngestResultResolvers = {};

/** Connection types: edges from a store Page. */
const connectionResolvers = {
  edges: <T,>(page: Parameters<typeof edgesOf<T>>[0]) => edgesOf(page),
  pageInfo: <T,>(page: Parameters<typeof edgesOf<T>>[0]) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
};
export const PersonConnection = connectionResolvers;
export const PlaceConnection = connectionResolvers;
export const OrganizationConnection = connectionResolvers;
export const ArticleConnection = connectionResolvers;
export const MeetingConnection = connectionResolvers;
export const AgreementConnection = connectionResolvers;
