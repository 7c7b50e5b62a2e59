// The name-key index: every name key (NameKey.key) with the entity it names, held in memory per store
// generation, with the keys that hold each three-letter sequence, every person's name by id and every
// article's title. `search` finds the keys and titles that contain its text here instead of asking the
// store, which scans every key and title (Kuzu has no index for CONTAINS: 2-5 ms at 16k keys, growing with
// the store); a name looked up by its keys
// (`findByKeys`) and the people a request shows (`getPeople`: id and name) are answered here too, which
// saves the one to three round trips of a who-met or a meetings-between before its one nested read.
//
// Only where the store knows its generation without a round trip (the embedded store, its own only writer).
// The index is read lazily: a search that finds it stale (a write committed since) is answered by the store
// as before, and starts one read of the keys in the background, which is kept only if no write committed
// while it ran. So a search is never slower than the store's scan, and a read-heavy server answers from
// memory. Neo4j answers CONTAINS from a TEXT index and has none.
import type { Row } from "./cypher-types.js";
import { str } from "./rows.js";
import { HeldAtGeneration } from "./held.js";

/** Letters in the sequences the index is keyed by. */
const GRAM = 3;

interface Held {
  keys: string[];
  ids: string[];
  /** Row numbers (into keys/ids) of the keys that contain each sequence of GRAM letters. */
  grams: Map<string, number[]>;
  /** Row numbers of each key. */
  exact: Map<string, number[]>;
  /** Every person's name, by id. */
  people: Map<string, string>;
  /** Every article's id and lower-case title, in the store's order. */
  articleIds: string[];
  titles: string[];
}

export class NameKeyIndex {
  private readonly index: HeldAtGeneration<Held>;

  constructor(
    /** Every (entity id, key) row, as the store's `allNameKeys` gives them. */
    readAll: () => Promise<Row[]>,
    generation: () => number | undefined,
    /** Every person's (id, name) row, as the store's `allPeople` gives them. */
    readPeople: () => Promise<Row[]> = async () => [],
    /** Every article's (id, lower-case title) row, as the store's `allTitles` gives them. */
    readTitles: () => Promise<Row[]> = async () => [],
  ) {
    this.index = new HeldAtGeneration(async () => build(...(await Promise.all([readAll(), readPeople(), readTitles()]))), generation);
  }

  /** The ids of the first `limit` articles whose lower-case title contains q (the store's `searchArticles`); undefined when not current. */
  articles(q: string, limit: number): string[] | undefined {
    const held = this.current();
    if (!held) return undefined;
    const out: string[] = [];
    for (let i = 0; i < held.titles.length && out.length < limit; i++) if (held.titles[i].includes(q)) out.push(held.articleIds[i]);
    return out;
  }

  /** The index at the store's current generation, or undefined (and a read of it started) when it is stale. */
  private current(): Held | undefined {
    return this.index.current();
  }

  /**
   * The (entity id, hits) rows of the entities some of `keys` name, hits being how many of the keys name each,
   * as the store's `findByKeys` gives them before its ordering; undefined when the index is not current.
   */
  byKeys(keys: readonly string[]): Row[] | undefined {
    const held = this.current();
    if (!held) return undefined;
    const hits = new Map<string, number>();
    for (const key of new Set(keys)) for (const i of held.exact.get(key) ?? []) hits.set(held.ids[i], (hits.get(held.ids[i]) ?? 0) + 1);
    return [...hits].map(([id, n]) => ({ id, hits: n }));
  }

  /** The (id, name) row of each person, null for an id no person has; undefined when the index is not current. */
  people(ids: readonly string[]): Array<Row | null> | undefined {
    const held = this.current();
    if (!held) return undefined;
    return ids.map((id) => {
      const name = held.people.get(id);
      return name === undefined ? null : { id, name };
    });
  }

  /**
   * The (entity id, key) rows whose key contains q, at most `limit`, as the store's `searchKeys` gives them;
   * undefined when the index is not current (the caller asks the store, and the index is read meanwhile).
   */
  find(q: string, limit: number): Row[] | undefined {
    const held = this.current();
    if (!held) return undefined;
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
    return this.index.settled();
  }
}

function build(rows: Row[], people: Row[], titles: Row[]): Held {
  const keys: string[] = [];
  const ids: string[] = [];
  const grams = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  for (const r of rows) {
    const i = keys.length;
    const key = str(r.key);
    keys.push(key);
    ids.push(str(r.id));
    const same = exact.get(key);
    if (same) same.push(i);
    else exact.set(key, [i]);
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
  const people_ = new Map(people.map((r) => [str(r.id), str(r.name)]));
  return { keys, ids, grams, exact, people: people_, articleIds: titles.map((r) => str(r.id)), titles: titles.map((r) => str(r.title)) };
}
