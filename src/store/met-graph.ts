// Who met whom, held in memory for one store generation (held.ts) on the embedded store: every MET edge with
// the columns of the store's metWithDetails, by person. Who-met and the meetings of two people (the rows of
// metWithDetails) and `connection` (path.ts's level-by-level search) then ask the store nothing. At 100k
// articles a much-met person's who-met read took p99 about 400 ms at 32 connections, and Kuzu's own
// shortest-path search p50 1.4 s, each holding one of the few read connections every other request waits for.
// The rows are filtered as the store's query filters them (a date range, the places in scope), so a request
// gets the rows it would get from the store. Each held row carries its meeting and its place already built
// (under the symbols MEETING and PLACE: frozen, shared by every request of the generation), so a request neither parses the
// meeting's id lists nor copies rows to add places (together about a tenth of a who-met's server time at 100k).
import type { Row } from "./cypher-types.js";
import type { MetWithRow } from "./types.js";
import type { MeetingRow } from "../model.js";
import { HeldAtGeneration } from "./held.js";
import { meetingRow, opt, placeOfMeeting, str } from "./rows.js";

/** A held row's meeting and place, built once per generation (read by cypher-nested.ts collectRows). */
export const MEETING = Symbol("meeting");
export const PLACE = Symbol("place");

const frozen = <T extends object>(x: T): T => {
  for (const v of Object.values(x)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(x);
};

/** The filters of the store's metWithDetails: a date range (dateRange) and the places in scope. */
export interface MetFilter {
  from: string;
  to: string;
  anyDate: boolean;
  places: string[];
  anyPlace: boolean;
}

interface Held {
  /** Each person's rows (the MET edges from them). */
  byPerson: Map<string, Row[]>;
  /** Each meeting (in person: the meetings MET edges stand for), as getMeetings gives it. */
  meetings: Map<string, MeetingRow>;
  /** Each person's neighbours without a filter, made as they are asked for. */
  unfiltered: Map<string, MetWithRow[]>;
}

export class MetGraph {
  private readonly graph: HeldAtGeneration<Held>;

  constructor(
    /** Every MET edge as the store's `allMet` gives it: the columns of metWithDetails, with the meeting's place's. */
    readAll: () => Promise<Row[]>,
    generation: () => number | undefined,
  ) {
    this.graph = new HeldAtGeneration(async () => {
      const byPerson = new Map<string, Row[]>();
      const meetings = new Map<string, MeetingRow>();
      for (const r of await readAll()) {
        const id = str(r.id);
        let meeting = meetings.get(id);
        if (!meeting) meetings.set(id, (meeting = frozen(meetingRow(r))));
        const place = placeOfMeeting(r);
        r[MEETING as never] = meeting as never;
        r[PLACE as never] = (place && frozen(place)) as never;
        const a = str(r.a);
        const list = byPerson.get(a);
        if (list) list.push(r);
        else byPerson.set(a, [r]);
      }
      return { byPerson, meetings, unfiltered: new Map() };
    }, generation);
  }

  /** The rows of metWithDetails for these people within the filter; undefined when the graph is not current. */
  rows(personIds: readonly string[], f: MetFilter): Row[] | undefined {
    const byPerson = this.graph.current()?.byPerson;
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
    const held = this.graph.current();
    if (!held) return undefined;
    // without a filter (most paths), each person's list is made once per generation
    const memo = f.anyDate && f.anyPlace ? held.unfiltered : undefined;
    return (ids) =>
      ids.map((personId) => {
        const known = memo?.get(personId);
        if (known) return known;
        const byOther = new Map<string, Set<string>>();
        for (const r of this.rows([personId], f) ?? []) {
          const ms = byOther.get(str(r.b)) ?? new Set<string>();
          byOther.set(str(r.b), ms.add(str(r.id)));
        }
        const rows = [...byOther].map(([otherId, ms]) => ({ personId, otherId, meetingIds: [...ms].sort() }));
        rows.sort((a, b) => b.meetingIds.length - a.meetingIds.length || (a.otherId < b.otherId ? -1 : 1));
        memo?.set(personId, rows);
        return rows;
      });
  }

  /** The meetings of these ids, as getMeetings gives them; undefined when the graph is not current or lacks one of them. */
  meetings(ids: readonly string[]): MeetingRow[] | undefined {
    const held = this.graph.current();
    if (!held) return undefined;
    const out: MeetingRow[] = [];
    for (const id of ids) {
      const m = held.meetings.get(id);
      if (!m) return undefined;
      out.push(m);
    }
    return out;
  }

  /** Settles when the read started last has ended (for tests and warm-up). */
  settled(): Promise<void> {
    return this.graph.settled();
  }
}
