// Root queries. Names in arguments are resolved with ctx.resolveName (any script or spelling).
import type { QueryResolvers } from "../../generated/resolvers.js";
import type { EntityKind, EventKind, MeetingRow } from "../../model.js";
import { exactKey } from "../../text/keys.js";
import { userError } from "../errors.js";
import type { ApiContext } from "../context.js";
import { officeKey } from "./enums.js";
import { checkRange, emptyPage, pageArgs, pageOfList, selects, toKind } from "./shared.js";
import { loadNode } from "./nodes.js";
import { isPersonId, isPlaceId } from "../../ids.js";
import { MAX_HOPS } from "../../store/path.js";

const SEARCH_KINDS: Record<string, EntityKind | "article"> = { PERSON: "person", PLACE: "place", ORGANIZATION: "organization", ARTICLE: "article" };

/** Search ranks at most this many hits (the store's name-key scan stops at 500 too). */
const SEARCH_MAX = 500;

function nonEmpty(value: string, arg: string): string {
  if (!value.trim()) throw userError("BAD_USER_INPUT", `\`${arg}\` is empty`);
  return value;
}

async function meetingPath(ctx: ApiContext, { a, b, maxHops, since, until }: { a: string; b: string; maxHops?: number | null; since?: string | null; until?: string | null }) {
  const hops = maxHops ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw userError("BAD_USER_INPUT", `\`maxHops\` must be between 1 and ${MAX_HOPS}`);
  checkRange(since, until, ["since", "until"]);
  const [ia, ib] = await Promise.all([ctx.resolveName("person", nonEmpty(a, "a")), ctx.resolveName("person", nonEmpty(b, "b"))]);
  if (!ia || !ib) return null;
  return ctx.store.connection(ia, ib, { maxHops: hops, since: since ?? undefined, until: until ?? undefined });
}

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(ctx, id),

  person: async (_, { name }, ctx) => {
    const pid = await ctx.resolveName("person", nonEmpty(name, "name"));
    return pid ? ctx.loaders.person.load(pid) : null;
  },
  personById: (_, { id }, ctx) => (isPersonId(id) ? ctx.loaders.person.load(id) : null),

  people: async (_, { search, office, role, country, first, after, orderBy }, ctx) => {
    const page = pageArgs(first, after);
    if (office && role && officeKey(office) !== role) throw userError("BAD_USER_INPUT", "`office` and `role` name different offices; give `office` only");
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
    return ctx.store.listPeople({ ...page, ids, office: office ? officeKey(office) : role ?? undefined, countryId, orderBy: orderBy ?? "NAME" });
  },

  place: async (_, { name }, ctx) => {
    const pid = await ctx.resolveName("place", nonEmpty(name, "name"));
    return pid ? ctx.loaders.place.load(pid) : null;
  },
  placeById: (_, { id }, ctx) => (isPlaceId(id) ? ctx.loaders.place.load(id) : null),

  places: (_, { first, after }, ctx) => ctx.store.listPlaces(pageArgs(first, after)),
  organizations: (_, { first, after }, ctx) => ctx.store.listOrganizations(pageArgs(first, after)),
  articles: (_, { first, after }, ctx) => ctx.store.listArticles(pageArgs(first, after)),
  article: (_, { id }, ctx) => ctx.loaders.article.load(id),

  meetings: async (_, args, ctx, info) => {
    const page = pageArgs(args.first, args.after);
    checkRange(args.from, args.to);
    if (args.with && !args.participant) throw userError("BAD_USER_INPUT", "`with` needs `participant`: together they give the meetings between two people");
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
    const filter = { ...page, kinds, participantId, withId: withId && participantId ? withId : undefined, from: args.from ?? undefined, to: args.to ?? undefined, placeId, countryId, orderBy: args.orderBy ?? "DATE_ASC" } as const;
    // the meetings of a person (or of two people) with their places in one round trip, when the query shows them
    return selects(info, ["edges", "node"]) ? ctx.loaders.prime(await ctx.store.listMeetingsDetails(filter)) : ctx.store.listMeetings(filter);
  },

  agreements: async (_, args, ctx) => {
    const page = pageArgs(args.first, args.after);
    checkRange(args.from, args.to);
    let partyId: string | null | undefined;
    if (args.party) partyId = (await ctx.resolveName("place", args.party)) ?? (await ctx.resolveName("organization", args.party)) ?? (await ctx.resolveName("person", args.party));
    const signatoryId = args.signatory ? await ctx.resolveName("person", args.signatory) : undefined;
    if (partyId === null || signatoryId === null) return emptyPage();
    return ctx.store.listAgreements({ ...page, partyId, signatoryId, from: args.from ?? undefined, to: args.to ?? undefined });
  },

  path: (_, args, ctx) => meetingPath(ctx, args),
  connection: (_, args, ctx) => meetingPath(ctx, args),

  search: async (_, { text, kinds, first, after }, ctx) => {
    const page = pageArgs(first, after, 10);
    const key = exactKey(text);
    if (!key) throw userError("BAD_USER_INPUT", "search text is empty");
    const ks = kinds?.length ? kinds.map((k) => SEARCH_KINDS[k]) : (["person", "place", "organization", "article"] as const);
    return pageOfList(await ctx.store.search(key, [...ks], SEARCH_MAX), page);
  },

  stats: (_, __, ctx) => ctx.store.stats(),
};

