// Who met whom, held in memory for one store generation (held.ts), so that `connection` on the embedded store
// searches for its chain of meetings without asking the store: at 100k articles Kuzu's own shortest-path search
// took p50 1.4 s at 32 connections, holding one of the few read connections every other request waits for.
// The search is path.ts's, level by level, over the same rows the store's metWith gives (the same people met,
// the same meetings, in the same order), so it finds what it would find asking the store.
import type { Row } from "./cypher-types.js";
import type { MetWithRow } from "./types.js";
import { HeldAtGeneration } from "./held.js";
import { opt, str } from "./rows.js";

/** One MET edge: the other person, the meeting, its day (undefined when undated). */
interface Edge {
  other: string;
  meetingId: string;
  date?: string;
}

export class MetGraph {
  private readonly graph: HeldAtGeneration<Map<string, Edge[]>>;

  constructor(
    /** Every MET edge as (a, b, meetingId, date as YYYY-MM-DD) rows: the store's `allMet`. */
    readAll: () => Promise<Row[]>,
    generation: () => number | undefined,
  ) {
    this.graph = new HeldAtGeneration(async () => {
      const edges = new Map<string, Edge[]>();
      for (const r of await readAll()) {
        const a = str(r.a);
        const list = edges.get(a) ?? [];
        if (!list.length) edges.set(a, list);
        list.push({ other: str(r.b), meetingId: str(r.meetingId), date: opt(r.date) });
      }
      return edges;
    }, generation);
  }

  /**
   * A neighbours function for path.ts: per person, the people met within the date range with the meetings'
   * ids, as the store's metWith gives them (meetings sorted; most meetings first, then by id); undefined when
   * the graph is not current (the caller asks the store, and the graph is read meanwhile).
   */
  neighbours(range: { from?: string; to?: string }): ((ids: readonly string[]) => MetWithRow[][]) | undefined {
    const edges = this.graph.current();
    if (!edges) return undefined;
    const anyDate = !range.from && !range.to;
    const from = range.from || "0001-01-01";
    const to = range.to || "9999-12-31";
    return (ids) =>
      ids.map((personId) => {
        const byOther = new Map<string, Set<string>>();
        for (const e of edges.get(personId) ?? []) {
          if (!anyDate && !(e.date && e.date >= from && e.date <= to)) continue;
          const ms = byOther.get(e.other) ?? new Set<string>();
          byOther.set(e.other, ms.add(e.meetingId));
        }
        const rows = [...byOther].map(([otherId, ms]) => ({ personId, otherId, meetingIds: [...ms].sort() }));
        return rows.sort((a, b) => b.meetingIds.length - a.meetingIds.length || (a.otherId < b.otherId ? -1 : 1));
      });
  }

  /** Settles when the read started last has ended (for tests and warm-up). */
  settled(): Promise<void> {
    return this.graph.settled();
  }
}
