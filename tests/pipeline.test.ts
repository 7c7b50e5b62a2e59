// The whole pipeline into a real embedded store: order independence and idempotency on the seeds.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSources } from "../src/ingest/index.js";
import { defaultBatchSize, loadArticles } from "../src/pipeline.js";
import { openStore } from "../src/store/index.js";

const SEEDS = join(import.meta.dirname, "../seeds");
const files = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));

async function graphAfter(orders: string[][]) {
  const dir = mkdtempSync(join(tmpdir(), "kg-pipe-"));
  const store = await openStore({ dataDir: dir, kind: "kuzu" });
  try {
    for (const batch of orders) await loadArticles(store, readSources(batch));
    const meetings = await store.listMeetings({ first: 100, kinds: ["meeting", "call", "planned", "cancelled", "denied"] });
    const agreements = await store.listAgreements({ first: 100 });
    return {
      stats: await store.stats(),
      meetings: meetings.rows.map((m) => [m.id, m.date, m.placeId, m.participantIds.join("+")]).sort(),
      agreements: agreements.rows.map((a) => [a.id, a.date]).sort(),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("pipeline into the store", () => {
  it("gives the same graph (ids, dates, places, counts) whatever the order and batching of the articles", async () => {
    const together = await graphAfter([files]);
    const oneByOne = await graphAfter(files.map((f) => [f]));
    const reversed = await graphAfter([...files].reverse().map((f) => [f]));
    const shuffled = await graphAfter([[files[3], files[1]], [files[4], files[0], files[2]]]);
    expect(oneByOne).toEqual(together);
    expect(reversed).toEqual(together);
    expect(shuffled).toEqual(together);
    expect(together.meetings.filter((m) => m[1] === "2025-07-31").length).toBe(3);
  }, 180_000);

  it("loading the seeds twice leaves identical node and relationship counts", async () => {
    const once = await graphAfter([files]);
    const twice = await graphAfter([files, files]);
    expect(twice).toEqual(once);
  }, 120_000);
});

describe("articles per write transaction", () => {
  it("KG_BATCH sets it, 2,000 by default; anything but a whole number of 1 or more is refused in one line", () => {
    expect(defaultBatchSize({})).toBe(2000);
    expect(defaultBatchSize({ KG_BATCH: "" })).toBe(2000);
    expect(defaultBatchSize({ KG_BATCH: "500" })).toBe(500);
    for (const bad of ["0", "-5", "2.5", "many"]) expect(() => defaultBatchSize({ KG_BATCH: bad }), bad).toThrow(/^KG_BATCH must be a whole number/);
  });
});
