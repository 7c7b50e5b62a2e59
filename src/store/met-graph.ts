// Who met whom, held in memory for one store generation (held.ts) on the embedded store: every MET edge with
// the columns of the store's metWithDetails, by person. Who-met and the meetings of two people (the rows of
// metWithDetails) and `connection` (path.ts's level-by-level search) then ask the store nothing. At 100k
// articles a much-met person's who-met read took p99 about 400 ms at 32 connections, and Kuzu's own
// shortest-path search p50 1.4 s, each holding one of the few read connections every other request waits for.
// The rows are filtered as the store's query filters them (a date range, the places in scope), so a request
// gets the rows it would get from the store.
import type { Row } from "./cypher-types.js";
import type { MetWithRow } from "./types.js";
import { HeldAtGeneration } from "./held.js";
import { opt, str } from "./rows.js";

/** The filters of the store's metWithDetails: a date range (dateRange) and the places in scope. */
export interface MetFilter {
  from: string;
  to: string;
  anyDate: boolean;
  places: string[];
  anyPlace: boolean;
}

export class MetGraph {
  private readonly graph: HeldAtGeneration<Map<string, Row[]>>;

  constructor(
    /** Every MET edge as the store's `allMet` gives it: the columns of metWithDetails. */
    readAll: () => Promise<Row[]>,
    generation: () => number | undefined,
  ) {
    this.graph = new HeldAtGeneration(async () => {
      const byPerson = new Map<string, Row[]>();
      for (const r of await readAll()) {
        const a = str(r.a);
        const list = byPerson.get(a);
        if (list) list.push(r);
        else byPerson.set(a, [r]);
      }
      return byPerson;
    }, generation);
  }

  /** The rows of metWithDetails for these people within the filter; undefined when the graph is not current. */
  rows(personIds: readonly string[], f: MetFilter): Row[] | undefined {
    const byPerson = this.graph.current();
    if (!byPerson) return undefined;
    const places = new Set(f.places);
    const keep = (r: Row) => {
      const date = opt(r.date);
      return (f.anyDate || (!!date && date >= f.from && date <= f.to)) && (f.anyPlace || places.has(str(r.placeId)));
    };
    return [...new Set(personIds)].flatMap((id) => (byPerson.get(id) ?? []).filter(keep));
  }

  /**
   * A neighbours function for path.ts within a date range: per person, the people met with the meetings' ids,
   * as the store's metWith gives them (meetings sorted; most meetings first, then by id); undefined when the
   * graph is not current (the caller asks the store, and the graph is read meanwhile).
   */
  neighbours(f: MetFilter): ((ids: readonly string[]) => MetWithRow[][]) | undefined {
    if (!this.graph.current()) return undefined;
    return (ids) =>
      ids.map((personId) => {
        const byOther = new Map<string, Set<string>>();
        for (const r of this.rows([personId], f) ?? []) {
          const ms = byOther.get(str(r.b)) ?? new Set<string>();
          byOther.set(str(r.b), ms.add(str(r.id)));
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
