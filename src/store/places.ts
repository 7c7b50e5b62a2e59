// The directory of places: every place's name, kind and the place it lies within, by id, held in memory
// per store generation. Where an adapter's who-met rows leave the meeting's place out (Dialect.placesApart:
// Kuzu, which finds a place by a key from another row only by scanning the Place table), the store adds
// it from here. Places are few beside meetings (hundreds to a few thousand), and one read of them all
// costs a few milliseconds.
//
// The embedded store refreshes it after each commit (cypher-store.ts), so a request finds it current;
// a store that does not know its generation without a round trip reads it whenever it is asked.
import type { Row } from "./cypher-types.js";
import { opt, str } from "./rows.js";

interface PlaceInfo {
  name: string;
  kind: string;
  within: string | null;
}

export class PlaceDirectory {
  private held?: { generation: number; byId: Map<string, PlaceInfo> };
  private loading?: { generation: number | undefined; done: Promise<Map<string, PlaceInfo>> };

  constructor(
    private readonly readAll: () => Promise<Row[]>,
    private readonly generation: () => number | undefined,
  ) {}

  /** The places as of the store's current generation. */
  async byId(): Promise<Map<string, PlaceInfo>> {
    const g = this.generation();
    if (g !== undefined && this.held?.generation === g) return this.held.byId;
    if (g !== undefined && this.loading?.generation === g) return this.loading.done;
    return this.load(g);
  }

  /** Reads the places again (after a commit); a failure leaves the next request to read them. */
  refresh(): Promise<void> {
    return this.load(this.generation()).then(
      () => undefined,
      () => undefined,
    );
  }

  private load(g: number | undefined): Promise<Map<string, PlaceInfo>> {
    const done = this.readAll().then((rows) => {
      const byId = new Map(rows.map((r) => [str(r.id), { name: str(r.name), kind: str(r.kind), within: opt(r.within) ?? null }]));
      // kept only if no write committed while it was read
      if (g !== undefined && this.generation() === g) this.held = { generation: g, byId };
      return byId;
    });
    this.loading = { generation: g, done };
    done.finally(() => {
      if (this.loading?.done === done) this.loading = undefined;
    }).catch(() => undefined);
    return done;
  }

  /** Rows of meetings with their place's columns (placeName, placeKind, placeWithin) added from the directory. */
  async addTo(rows: readonly Row[]): Promise<Row[]> {
    if (!rows.some((r) => opt(r.placeId))) return [...rows];
    const byId = await this.byId();
    return rows.map((r) => {
      const p = opt(r.placeId) ? byId.get(str(r.placeId)) : undefined;
      return { ...r, placeName: p?.name ?? null, placeKind: p?.kind ?? null, placeWithin: p?.within ?? null };
    });
  }
}
