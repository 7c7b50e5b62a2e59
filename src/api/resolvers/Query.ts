// Root queries. Names in arguments are resolved with ctx.resolveName (any script or spelling).
import type { QueryResolvers } from "../../generated/resolvers.js";
import type { EntityKind, EventKind, MeetingRow } from "../../model.js";
import { exactKey } from "../../resolve/keys.js";
import { userError } from "../errors.js";
import { emptyPage, pageArgs, toKind } from "./shared.js";
import { loadNode } from "./nodes.js";

const SEARCH_KINDS: Record<string, EntityKind | "article"> = { PERSON: "person", PLACE: "place", ORGANIZATION: "organization", ARTICLE: "article" };

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(ctx, id),

  person: async (_, { id, name }, ctx) => {
    if (!id && !name) throw userError("BAD_USER_INPUT", "person needs `id` or `name`");
    const pid = id ?? (await ctx.resolveName("person", name!));
    return pid ? ctx.loaders.person.load(pid) : null;
  },

  people: async (_, { search, role, country, first, after, orderBy }, ctx) => {
    const page = pageArgs(first, after);
    let ids: string[] | undefined;
    if (search) {
      const hits = await ctx.store.search(exactKey(search), ["person"], 100);
      const direct = await ctx.resolveName("person", search);
      ids = [...new Set([...(direct ? [direct] : []), ...hits.map((h) => h.id)])];
      if (!ids.length) return emptyPage();
    }
    let countryId: string | undefined;
    if (country) {
      countryId = (await ctx.resolveName("place", country)) ?? undefined;
      if (!countryId) return emptyPage();
    }
    return ctx.store.listPeople({ ...page, ids, office: role ?? undefined, countryId, orderBy: orderBy ?? "NAME" });
  },

  place: async (_, { id, name }, ctx) => {
    if (!id && !name) throw userError("BAD_USER_INPUT", "place needs `id` or `name`");
    const pid = id ?? (await ctx.resolveName("place", name!));
    return pid ? ctx.loaders.place.load(pid) : null;
  },

  places: (_, { first, after }, ctx) => ctx.store.listPlaces(pageArgs(first, after)),
  organizations: (_, { first, after }, ctx) => ctx.store.listOrganizations(pageArgs(first, after)),
  articles: (_, { first, after }, ctx) => ctx.store.listArticles(pageArgs(first, after)),
  article: (_, { id }, ctx) => ctx.loaders.article.load(id),

  meetings: async (_, args, ctx) => {
    const page = pageArgs(args.first, args.after);
    const resolve = async (kind: EntityKind, v: string | null | undefined) => (v ? ctx.resolveName(kind, v) : undefined);
    const [participantId, withId, placeId, countryId] = await Promise.all([
      resolve("person", args.participant),
      resolve("person", args.with),
      resolve("place", args.place),
      resolve("place", args.country),
    ]);
    // a name that matches no one matches no meeting
    if (participantId === null || withId === null || placeId === null || countryId === null) return emptyPage<MeetingRow>();
    const kinds: EventKind[] = args.kinds?.length ? args.kinds.map(toKind) : ["meeting"];
    return ctx.store.listMeetings({ ...page, kinds, participantId, withId: withId && participantId ? withId : undefined, from: args.from ?? undefined, to: args.to ?? undefined, placeId, countryId, orderBy: args.orderBy ?? "DATE_ASC" });
  },

  agreements: async (_, args, ctx) => {
    const page = pageArgs(args.first, args.after);
    let partyId: string | null | undefined;
    if (args.party) partyId = (await ctx.resolveName("place", args.party)) ?? (await ctx.resolveName("organization", args.party)) ?? (await ctx.resolveName("person", args.party));
    const signatoryId = args.signatory ? await ctx.resolveName("person", args.signatory) : undefined;
    if (partyId === null || signatoryId === null) return emptyPage();
    return ctx.store.listAgreements({ ...page, partyId, signatoryId, from: args.from ?? undefined, to: args.to ?? undefined });
  },

  connection: async (_, { a, b, maxHops, since, until }, ctx) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > 6) throw userError("BAD_USER_INPUT", "`maxHops` must be between 1 and 6");
    const [ia, ib] = await Promise.all([ctx.resolveName("person", a), ctx.resolveName("person", b)]);
    if (!ia || !ib) return null;
    return ctx.store.connection(ia, ib, { maxHops: hops, since: since ?? undefined, until: until ?? undefined });
  },

  search: async (_, { text, kinds, first }, ctx) => {
    const n = first ?? 10;
    if (n > 100) throw userError("PAGE_SIZE_EXCEEDED", "`first` may be at most 100");
    const key = exactKey(text);
    if (!key) throw userError("BAD_USER_INPUT", "search text is empty");
    const ks = kinds?.length ? kinds.map((k) => SEARCH_KINDS[k]) : (["person", "place", "organization", "article"] as const);
    return ctx.store.search(key, [...ks], n);
  },

  stats: (_, __, ctx) => ctx.store.stats(),
};

