import type { PersonResolvers } from "../../generated/resolvers.js";
import type { AgreementRow, MeetingRow } from "../../model.js";
import { getLexicon } from "../../lexicon/index.js";
import { decodeCursor, pageOf } from "../../store/paging.js";
import type { MetWithRow } from "../../store/types.js";
import type { ApiContext } from "../context.js";
import type { TimelineParent } from "../mappers.js";
import { checkRange, emptyPage, pageArgs, pageOfList, selects, toKind } from "./shared.js";
import { storePersonSlug } from "../../ids.js";

/**
 * A person's counterparts (most meetings first), or null when the place filter names no place.
 * With `details` (the query asks for the counterparts or the meetings), the counterparts' rows and
 * the meetings with their places come in the same round trip.
 */
async function counterpartsOf(ctx: ApiContext, personId: string, details: boolean, from?: string | null, to?: string | null, place?: string | null): Promise<MetWithRow[] | null> {
  checkRange(from, to);
  let placeId: string | undefined;
  if (place) {
    const id = await ctx.resolveName("place", place);
    if (!id) return null;
    placeId = id;
  }
  const filter = { from: from ?? undefined, to: to ?? undefined, placeId };
  return (details ? ctx.loaders.metWithDetails(filter) : ctx.loaders.metWith(filter)).load(personId);
}

/** Timeline order: by date, undated last; on the same date meetings before agreements (a stable sort). */
function byDate(a: TimelineParent, b: TimelineParent): number {
  return a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1;
}

export const Person: PersonResolvers = {
  aliases: (p, _, ctx) => ctx.loaders.aliases.load(p.id),
  roles: (p, _, ctx) => ctx.loaders.roles.load(p.id),
  metWith: async (p, { from, to, place, first }, ctx, info) => {
    const n = pageArgs(first, null, 100).first;
    const rows = (await counterpartsOf(ctx, p.id, selects(info, ["person"]) || selects(info, ["meetings"]), from, to, place)) ?? [];
    return rows.slice(0, n).map((r) => ({ personId: r.otherId, meetingIds: r.meetingIds }));
  },
  counterparts: async (p, { from, to, place, first, after }, ctx, info) => {
    const page = pageArgs(first, after);
    const rows = await counterpartsOf(ctx, p.id, selects(info, ["edges", "node"]) || selects(info, ["edges", "meetings"]), from, to, place);
    if (!rows) return emptyPage();
    return pageOfList(rows.map((r) => ({ personId: r.otherId, meetingIds: r.meetingIds })), page);
  },
  meetings: (p, { kinds, from, to, first, after }, ctx) => {
    checkRange(from, to);
    return ctx.store.listMeetings({ ...pageArgs(first, after), participantId: p.id, kinds: kinds?.length ? kinds.map(toKind) : ["meeting"], from: from ?? undefined, to: to ?? undefined });
  },
  agreements: (p, { first, after }, ctx) => ctx.store.listAgreements({ ...pageArgs(first, after), signatoryId: p.id }),
  timeline: async (p, { from, to, first, after }, ctx) => {
    const { first: n } = pageArgs(first, after, 50);
    checkRange(from, to);
    const skip = decodeCursor(after);
    // one round trip: the meetings (with their places) and agreements, each list in date order
    const { meetings, agreements } = ctx.loaders.prime(await ctx.store.timeline(p.id, { from: from ?? undefined, to: to ?? undefined }));
    const entries: TimelineParent[] = [
      ...meetings.map((m: MeetingRow) => ({ date: m.date, meeting: m })),
      ...agreements.map((a: AgreementRow) => ({ date: a.date, agreement: a })),
    ].sort(byDate);
    return pageOf(entries.slice(skip, skip + n), skip, entries.length);
  },
};

/** A claim conflicts when the lexicon knows the person and never had that office, or when another claim disagrees. */
export function conflicting(personId: string, office: string, all: Array<{ office: string }>): boolean {
  const entry = getLexicon().people.get(storePersonSlug(personId));
  if (entry?.offices?.length) return !entry.offices.some((o) => o.office === office);
  const counts = new Map<string, number>();
  for (const c of all) counts.set(c.office, (counts.get(c.office) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return !!top && top[0] !== office && counts.size > 1;
}
