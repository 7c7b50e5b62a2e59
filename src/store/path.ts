// The shortest chain of meetings between two people, by breadth-first search from both ends over
// "who met whom" (one store query per level on each side). Shared by both adapters, so the date
// range applies the same way in Kuzu and Neo4j.
import type { MetWithRow, PathRow } from "./types.js";

/** Each neighbour list sorted by the other person's id, once per list (held lists live for a store generation). */
const byOther = new WeakMap<MetWithRow[], MetWithRow[]>();
function sortedByOther(list: MetWithRow[]): MetWithRow[] {
  let sorted = byOther.get(list);
  if (!sorted) byOther.set(list, (sorted = [...list].sort((x, y) => (x.otherId < y.otherId ? -1 : 1))));
  return sorted;
}

/** The most hops a path may have (the API refuses more). */
export const MAX_HOPS = 6;

export async function shortestChain(
  aId: string,
  bId: string,
  maxHops: number,
  neighbours: (ids: string[]) => Promise<MetWithRow[][]>,
): Promise<PathRow | null> {
  if (aId === bId) return { personIds: [aId], meetingIds: [] };
  // parent maps: person -> [previous person, meeting between them]
  const fromA = new Map<string, [string, string] | null>([[aId, null]]);
  const fromB = new Map<string, [string, string] | null>([[bId, null]]);
  let frontA = [aId];
  let frontB = [bId];
  for (let hops = 0; hops < maxHops && frontA.length && frontB.length; hops++) {
    // expand the smaller side
    const expandA = frontA.length <= frontB.length;
    const front = expandA ? frontA : frontB;
    const seen = expandA ? fromA : fromB;
    const other = expandA ? fromB : fromA;
    const lists = await neighbours(front);
    const next: string[] = [];
    let meet: string | undefined;
    front.forEach((p, i) => {
      for (const row of sortedByOther(lists[i])) {
        if (seen.has(row.otherId)) continue;
        seen.set(row.otherId, [p, row.meetingIds[0]]);
        next.push(row.otherId);
        if (!meet && other.has(row.otherId)) meet = row.otherId;
      }
    });
    if (meet) return join(meet, fromA, fromB);
    if (expandA) frontA = next;
    else frontB = next;
  }
  return null;
}

function join(meet: string, fromA: Map<string, [string, string] | null>, fromB: Map<string, [string, string] | null>): PathRow {
  const left: string[] = [meet];
  const leftMeetings: string[] = [];
  for (let cur = fromA.get(meet); cur; cur = fromA.get(cur[0])) {
    left.unshift(cur[0]);
    leftMeetings.unshift(cur[1]);
  }
  const personIds = [...left];
  const meetingIds = [...leftMeetings];
  for (let cur = fromB.get(meet); cur; cur = fromB.get(cur[0])) {
    personIds.push(cur[0]);
    meetingIds.push(cur[1]);
  }
  return { personIds, meetingIds };
}
