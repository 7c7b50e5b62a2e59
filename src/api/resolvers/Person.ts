import type { PersonResolvers } from "../../generated/resolvers.js";
import type { AgreementRow, EventKind, MeetingRow } from "../../model.js";
import { getLexicon } from "../../lexicon/index.js";
import { userError } from "../errors.js";
import type { TimelineParent } from "../mappers.js";
import { pageArgs, toKind } from "./shared.js";

const ALL_KINDS: EventKind[] = ["meeting", "call", "planned", "cancelled", "denied"];

export const Person: PersonResolvers = {
  aliases: (p, _, ctx) => ctx.loaders.aliases.load(p.id),
  roles: (p, _, ctx) => ctx.loaders.roles.load(p.id),
  metWith: async (p, { from, to, place, first }, ctx) => {
    if (first !== null && first !== undefined && (first < 0 || first > 100)) throw userError("PAGE_SIZE_EXCEEDED", "`first` may be at most 100");
    let placeId: string | undefined;
    if (place) {
      const id = await ctx.resolveName("place", place);
      if (!id) return [];
      placeId = id;
    }
    const rows = await ctx.loaders.metWith({ from: from ?? undefined, to: to ?? undefined, placeId }).load(p.id);
    return rows.slice(0, first ?? 100).map((r) => ({ personId: r.otherId, meetingIds: r.meetingIds }));
  },
  meetings: (p, { kinds, from, to, first, after }, ctx) =>
    ctx.store.listMeetings({ ...pageArgs(first, after), participantId: p.id, kinds: kinds?.length ? kinds.map(toKind) : ["meeting"], from: from ?? undefined, to: to ?? undefined }),
  agreements: (p, { first, after }, ctx) => ctx.store.listAgreements({ ...pageArgs(first, after), signatoryId: p.id }),
  timeline: async (p, { from, to, first }, ctx) => {
    const n = pageArgs(first, null, 50).first;
    const [meetings, agreements] = await Promise.all([
      ctx.store.listMeetings({ first: 100, participantId: p.id, kinds: ALL_KINDS, from: from ?? undefined, to: to ?? undefined }),
      ctx.store.listAgreements({ first: 100, signatoryId: p.id, from: from ?? undefined, to: to ?? undefined }),
    ]);
    const entries: TimelineParent[] = [
      ...meetings.rows.map((m: MeetingRow) => ({ date: m.date, meeting: m })),
      ...agreements.rows.map((a: AgreementRow) => ({ date: a.date, agreement: a })),
    ];
    entries.sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1));
    return entries.slice(0, n);
  },
};

/** A claim conflicts when the lexicon knows the person and never had that office, or when another claim disagrees. */
export function conflicting(personId: string, office: string, all: Array<{ office: string }>): boolean {
  const entry = getLexicon().people.get(personId.replace(/^person:/, ""));
  if (entry?.offices?.length) return !entry.offices.some((o) => o.office === office);
  const counts = new Map<string, number>();
  for (const c of all) counts.set(c.office, (counts.get(c.office) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return !!top && top[0] !== office && counts.size > 1;
}

