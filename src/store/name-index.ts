// The name-key index: every name key (NameKey.key) with the entity it names, held in memory per store
// generation, with the keys that hold each three-letter sequence. `search` finds the keys that contain its
// text here instead of asking the store, which scans every key (Kuzu has no index for CONTAINS: 2-5 ms at 16k
// keys, growing with the store).
//
// Only where the store knows its generation without a round trip (the embedded store, its own only writer).
// The index is read lazily: a search that finds it stale (a write committed since) is answered by the store
// as before, and starts one read of the keys in the background, which is kept only if no write committed
// while it ran. So a search is never slower than the store's scan, and a read-heavy server answers from
// memory. Neo4j answers CONTAINS from a TEXT index and has none.
import type { Row } from "./cypher-types.js";
import { str } from "./rows.js";
import { outsideRequest } from "./abort.js";

/** Letters in the sequences the index is keyed by. */
const GRAM = 3;

interface Held {
  generation: number;
  keys: string[];
  ids: string[];
  /** Row numbers (into keys/ids) of the keys that contain each sequence of GRAM letters. */
  grams: Map<string, number[]>;
}

export class NameKeyIndex {
  private held?: Held;
  private loading?: number;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly readAll: () => Promise<Row[]>,
    private readonly generation: () => number | undefined,
  ) {}

  /**
   * The (entity id, key) rows whose key contains q, at most `limit`, as the store's `searchKeys` gives them;
   * undefined when the index is not current (the caller asks the store, and the index is read meanwhile).
   */
  find(q: string, limit: number): Row[] | undefined {
    const g = this.generation();
    if (g === undefined) return undefined;
    const held = this.held;
    if (held?.generation !== g) {
      this.load(g);
      return undefined;
    }
    const candidates = q.length >= GRAM ? this.rarestGram(held, q) : undefined;
    const out: Row[] = [];
    const take = (i: number) => {
      if (held.keys[i].includes(q)) out.push({ id: held.ids[i], key: held.keys[i] });
      return out.length < limit;
    };
    if (candidates) {
      for (const i of candidates) if (!take(i)) break;
    } else {
      for (let i = 0; i < held.keys.length; i++) if (!take(i)) break;
    }
    return out;
  }

  /** The rows of the sequence of q that the fewest keys hold (every key containing q holds all of them). */
  private rarestGram(held: Held, q: string): number[] {
    let best: number[] | undefined;
    for (let k = 0; k + GRAM <= q.length; k++) {
      const rows = held.grams.get(q.slice(k, k + GRAM)) ?? [];
      if (!best || rows.length < best.length) best = rows;
      if (!best.length) break;
    }
    return best!;
  }

  /** Settles when the read of the keys started last has ended (for tests and warm-up). */
  settled(): Promise<void> {
    return this.pending;
  }

  private load(g: number): void {
    if (this.loading === g) return;
    this.loading = g;
    // not on behalf of the request that found the index stale: its cancellation and its read cache are its own
    this.pending = outsideRequest(() => this.readAll()).then(
      (rows) => {
        if (this.loading === g) this.loading = undefined;
        // kept only if no write committed while the keys were read
        if (this.generation() === g) this.held = build(g, rows);
      },
      () => {
        if (this.loading === g) this.loading = undefined;
      },
    );
  }
}

function build(generation: number, rows: Row[]): Held {
  const keys: string[] = [];
  const ids: string[] = [];
  const grams = new Map<string, number[]>();
  for (const r of rows) {
    const i = keys.length;
    const key = str(r.key);
    keys.push(key);
    ids.push(str(r.id));
    const seen = new Set<string>();
    for (let k = 0; k + GRAM <= key.length; k++) {
      const gram = key.slice(k, k + GRAM);
      if (seen.has(gram)) continue;
      seen.add(gram);
      let list = grams.get(gram);
      if (!list) grams.set(gram, (list = []));
      list.push(i);
    }
  }
  return { generation, keys, ids, grams };
}
