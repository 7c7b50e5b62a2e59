// Nested reads of the Cypher store: who-met, the meetings of two people and a person's timeline,
// each in one query that returns the rows the answer shows (meetings in full, their places, the
// counterparts), so that the API answers the whole nested selection from one round trip.
import type { MeetingRow, PersonRow, PlaceRow } from "../model.js";
import type { EventFilter, MetWithRow, Nested, Page, Timeline } from "./types.js";
import type { Row } from "./cypher-types.js";
import { CypherLists } from "./cypher-lists.js";
import { agreementRow, dateRange, meetingRow, placeOfMeeting, sortByDate, str } from "./rows.js";
import { MEETING, PLACE, type MetFilter } from "./met-graph.js";

/** Meetings and their places, each once, from flat rows. */
function collectRows(rows: Row[]): { meetings: Map<string, MeetingRow>; places: Map<string, PlaceRow> } {
  const meetings = new Map<string, MeetingRow>();
  const places = new Map<string, PlaceRow>();
  for (const r of rows) {
    const id = str(r.id);
    // (rows of the held graph carry both, built once: met-graph.ts)
    if (!meetings.has(id)) meetings.set(id, (r[MEETING as never] as MeetingRow | undefined) ?? meetingRow(r));
    const place = MEETING in r ? (r[PLACE as never] as PlaceRow | undefined) : placeOfMeeting(r);
    if (place && !places.has(place.id)) places.set(place.id, place);
  }
  return { meetings, places };
}

/** Rows in the order sortByDate gives their ids. */
function inDateOrder<T extends { id: string; date: string | null }>(rows: Iterable<T>, order: "DATE_ASC" | "DATE_DESC" = "DATE_ASC"): T[] {
  const byId = new Map([...rows].map((r) => [r.id, r]));
  return sortByDate([...byId.values()].map((r) => ({ id: r.id, date: r.date })), order).map((id) => byId.get(id)!);
}

/** The kinds a timeline lists (a "visit" only dates other reports). */
const TIMELINE_KINDS = ["meeting", "call", "planned", "cancelled", "denied"];

export class CypherNested extends CypherLists {
  /** The rows of who-met for these people, each with its meeting's place. */
  private async metRows(personIds: readonly string[], params: MetFilter) {
    // held in memory on the embedded store, when current (met-graph.ts), with their places
    const held = this.metGraph.rows(personIds, params);
    if (held) return held;
    const rows = await this.byKeys(this.Q.metWithDetails, personIds, { ...params });
    return this.Q.placesApart ? this.places.addTo(rows) : rows;
  }

  async metWithDetails(personIds: readonly string[], f: { from?: string; to?: string; placeId?: string } = {}): Promise<Nested<MetWithRow[][]>> {
    if (!personIds.length) return { result: [], people: [], meetings: [], places: [] };
    const places = await this.placeScope(f.placeId, undefined);
    const rows = await this.metRows(personIds, { ...dateRange(f.from, f.to), places: places ?? [""], anyPlace: !places });
    const at = new Map(personIds.map((id, i) => [id, i]));
    const pairs = personIds.map(() => new Map<string, Set<string>>());
    const people = new Map<string, PersonRow>();
    for (const r of rows) {
      const i = at.get(str(r.a));
      if (i === undefined) continue;
      const other = str(r.b);
      let ms = pairs[i].get(other);
      if (!ms) pairs[i].set(other, (ms = new Set()));
      ms.add(str(r.id));
      if (!people.has(other)) people.set(other, { id: other, name: str(r.bName), aliases: [], keys: [] });
    }
    // the same lists and order as metWith
    const result = pairs.map((m, i) =>
      [...m]
        .map(([otherId, ids]) => ({ personId: personIds[i], otherId, meetingIds: [...ids].sort() }))
        .sort((a, b) => b.meetingIds.length - a.meetingIds.length || (a.otherId < b.otherId ? -1 : 1)),
    );
    const found = collectRows(rows);
    return { result, people: [...people.values()], meetings: [...found.meetings.values()], places: [...found.places.values()] };
  }

  async listMeetingsDetails(f: EventFilter): Promise<Nested<Page<MeetingRow>>> {
    const kinds = f.kinds?.length ? f.kinds : ["meeting"];
    const onePerson = f.participantId && kinds.length === 1 && kinds[0] === "meeting" && !f.placeId && !f.countryId;
    if (!onePerson) return { result: await this.listMeetings(f), people: [], meetings: [], places: [] };
    // the rows of who-met for this person (one key: the read cache shares them with who-met), kept for `withId`
    const all = await this.metRows([f.participantId!], { ...dateRange(f.from, f.to), places: [""], anyPlace: true });
    const found = collectRows(f.withId ? all.filter((r) => str(r.b) === f.withId) : all);
    const ordered = inDateOrder(found.meetings.values(), f.orderBy ?? "DATE_ASC");
    const result = await this.pageFromIds(ordered.map((m) => m.id), f, async (page) => page.map((id) => found.meetings.get(id) ?? null));
    return { result, people: [], meetings: result.rows, places: [...found.places.values()] };
  }

  async timeline(personId: string, f: { from?: string; to?: string } = {}): Promise<Nested<Timeline>> {
    const rows = await this.x.run(this.Q.timeline, { p: personId, kinds: TIMELINE_KINDS, ...dateRange(f.from, f.to) });
    // (an agreement's row has the kind '')
    const found = collectRows(rows.filter((r) => str(r.kind) !== ""));
    const agreements = rows.filter((r) => str(r.kind) === "").map(agreementRow);
    const result = { meetings: inDateOrder(found.meetings.values()), agreements: inDateOrder(agreements) };
    return { result, people: [], meetings: result.meetings, places: [...found.places.values()] };
  }
}
