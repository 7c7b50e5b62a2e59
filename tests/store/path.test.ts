// Kuzu answers a path without a date range with its own shortest-path search (one statement); path.ts searches
// level by level otherwise. On a generated corpus both give a path of the same length for every pair asked,
// made of real meetings between the people it links. Once the embedded store holds who met whom in memory
// (store/met-graph.ts), a path asks the store nothing, and is the one the level-by-level search finds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, prng } from "../../bench/corpus.js";
import { articleFromText } from "../../src/ingest/index.js";
import { loadArticles } from "../../src/pipeline.js";
import { openStore } from "../../src/store/index.js";
import { shortestChain } from "../../src/store/path.js";
import type { GraphStore } from "../../src/store/types.js";

let dir: string;
let store: GraphStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-path-"));
  store = await openStore({ dataDir: dir, kind: "kuzu" });
  await loadArticles(store, generate(150, 5).articles.map((a) => articleFromText(a.text, { uri: a.uri })) as never);
}, 180_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("path on Kuzu", () => {
  it("the database's search and the level-by-level one find paths of the same length, of real meetings", async () => {
    const people = (await store.listPeople({ first: 1000, orderBy: "MEETING_COUNT" })).rows.map((p) => p.id);
    expect(people.length).toBeGreaterThan(30);
    const rand = prng(11);
    let found = 0;
    for (let i = 0; i < 120; i++) {
      const a = people[Math.floor(rand() * people.length)];
      // half the pairs at random (mostly unlinked), half at the end of a random walk of 1-4 meetings from a
      let b = people[Math.floor(rand() * people.length)];
      if (i % 2) {
        b = a;
        for (let step = 1 + Math.floor(rand() * 4); step > 0; step--) {
          const [next] = await store.metWith([b]);
          if (next.length) b = next[Math.floor(rand() * next.length)].otherId;
        }
      }
      if (a === b) continue;
      const maxHops = 1 + Math.floor(rand() * 4);
      const own = await store.connection(a, b, { maxHops });
      const levels = await shortestChain(a, b, maxHops, (ids) => store.metWith(ids));
      expect(own?.meetingIds.length, `${a} → ${b}, ${maxHops} hops`).toBe(levels?.meetingIds.length);
      if (!own) continue;
      found++;
      expect([own.personIds[0], own.personIds.at(-1)]).toEqual([a, b]);
      const met = await store.metWith(own.personIds.slice(0, -1));
      own.meetingIds.forEach((m, h) => {
        const hop = met[h].find((r) => r.otherId === own.personIds[h + 1]);
        expect(hop?.meetingIds, `hop ${h} of ${a} → ${b}`).toContain(m);
      });
    }
    expect(found).toBeGreaterThan(10);
  });

  it("held in memory, a path asks the store nothing and is the level-by-level search's, with and without a date range", async () => {
    const people = (await store.listPeople({ first: 1000, orderBy: "MEETING_COUNT" })).rows.map((p) => p.id);
    const held = store as unknown as { metGraph: { settled(): Promise<void> } };
    await store.connection(people[0], people[1], { maxHops: 2 }); // (finds the graph cold, and starts reading it)
    await held.metGraph.settled();
    const rand = prng(12);
    // ranges cut at the quartiles of the meetings' days
    const days = (await store.listMeetings({ first: 1000 })).rows.map((m) => m.date).filter((d): d is string => !!d).sort();
    const [q1, q3] = [days[Math.floor(days.length / 4)], days[Math.floor((3 * days.length) / 4)]];
    const ranges = [{}, { since: q1 }, { until: q3 }, { since: q1, until: q3 }];
    let found = 0;
    for (let i = 0; i < 80; i++) {
      const a = people[Math.floor(rand() * people.length)];
      // most pairs at the end of a random walk of 1-4 meetings from a, some at random
      let b = people[Math.floor(rand() * people.length)];
      if (i % 4) {
        b = a;
        for (let step = 1 + Math.floor(rand() * 4); step > 0; step--) {
          const [next] = await store.metWith([b]);
          if (next.length) b = next[Math.floor(rand() * next.length)].otherId;
        }
      }
      const range = ranges[i % ranges.length] as { since?: string; until?: string };
      const maxHops = 1 + Math.floor(rand() * 4);
      const trips = store.roundTrips;
      const memory = await store.connection(a, b, { maxHops, ...range });
      expect(store.roundTrips, "no store round trip").toBe(trips);
      const levels = await shortestChain(a, b, maxHops, (ids) => store.metWith(ids, { from: range.since, to: range.until }));
      expect(memory, `${a} → ${b}, ${maxHops} hops, ${JSON.stringify(range)}`).toEqual(levels);
      if (memory && memory.meetingIds.length) found++;
    }
    expect(found).toBeGreaterThan(10);
  });
});
