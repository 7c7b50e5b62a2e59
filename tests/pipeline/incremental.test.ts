// Incremental derivation in the real embedded store equals one full load: random corpora of reports
// written in random groups and orders, with removals (some articles come back later), compared with
// the same final set of articles written at once into a fresh store, and with a full `rederive` of
// the store itself. Meetings, agreements, their sources and links, MET, and every count.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { GraphStore } from "../../src/store/types.js";
import { prng, randomArticles, resolvedOf, shuffle, type RandomArticle } from "../resolve/random-reports.js";

const ALL_KINDS = ["meeting", "call", "planned", "cancelled", "denied"] as const;

async function withStore<T>(fn: (s: GraphStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "kg-incr-"));
  const store = await openStore({ dataDir: dir, kind: "kuzu" });
  try {
    return await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything derived, as the API would read it. */
async function derivedState(store: GraphStore) {
  const meetings = (await store.listMeetings({ first: 10_000, kinds: [...ALL_KINDS] })).rows;
  const ids = meetings.map((m) => m.id);
  const agreements = (await store.listAgreements({ first: 10_000 })).rows;
  const people = (await store.listPeople({ first: 10_000 })).rows.map((p) => p.id);
  const { meetings: m, agreements: g } = await store.derivedCounts();
  // every count but places (a removal keeps place nodes, a gazetteer) and relationships (Kuzu's
  // count of a relationship table still includes relationships deleted by DETACH DELETE)
  const { places: _p, relationships: _r, ...stats } = await store.stats();
  return {
    meetings,
    meetingSources: await store.sourcesOf(ids),
    reachedAt: await store.agreementsOfMeetings(ids),
    agreements,
    agreementSources: await store.sourcesOf(agreements.map((a) => a.id)),
    people,
    metWith: await store.metWith(people),
    counts: { m, g },
    stats,
  };
}

describe("pipeline: incremental derivation in the store equals a full load", () => {
  it("random loads and removals in random order (Kuzu)", async () => {
    let compared = 0;
    for (let seed = 1; seed <= 3; seed++) {
      const rand = prng(1000 + seed);
      const articles = randomArticles(rand, 12, `k${seed}-`);
      const present = new Set<RandomArticle>();
      const incremental = await withStore(async (store) => {
        const queue = shuffle(rand, articles);
        while (queue.length) {
          const add = queue.splice(0, 1 + Math.floor(rand() * 4));
          await store.writeArticles(add.map(resolvedOf));
          for (const a of add) present.add(a);
          for (const a of [...present]) {
            if (rand() >= 0.15) continue;
            expect(await store.removeArticle(a.id)).toBe(true);
            present.delete(a);
            if (rand() < 0.5) queue.push(a);
          }
        }
        const state = await derivedState(store);
        await store.rederive();
        expect(await derivedState(store), `seed ${seed}: rederive of the same store`).toEqual(state);
        return state;
      });
      const final = articles.filter((a) => present.has(a));
      const full = await withStore(async (store) => {
        await store.writeArticles(final.map(resolvedOf));
        return derivedState(store);
      });
      expect(incremental, `seed ${seed}: vs one full load`).toEqual(full);
      compared += full.meetings.length;
    }
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
