// The coreference keys the embedded store holds in memory (src/store/coref-keys.ts MemoryKeys): what a write
// files is found by the next one once committed, and a rolled-back write leaves no trace. The store's run is
// a stand-in that answers the three report reads from a map of stored reports, and records what was asked.
// (That keys in memory derive exactly what a full derivation derives, in the real store, is
// tests/pipeline/incremental.test.ts; the stored keys of Neo4j run the same suite in tests/neo4j.)
import { describe, expect, it } from "vitest";
import { MemoryKeys, type Run } from "../../src/store/coref-keys.js";
import { Q } from "../../src/store/kuzu/cypher.js";
import { keysOf, type ReportSet } from "../../src/resolve/incremental.js";
import { prng, randomArticles } from "../resolve/random-reports.js";

/** `stored`: the reports in the store when the keys are read from it; `all`: every report a read by id finds. */
function fakeStore(stored: ReportSet, all: ReportSet = both) {
  const asked: string[] = [];
  const json = (r: { id: string }) => ({ id: r.id, json: JSON.stringify(r) });
  const run: Run = async (q, p) => {
    if (q === Q.eventReports) return (asked.push("all events"), stored.events.map(json));
    if (q === Q.agreementReports) return (asked.push("all agreements"), stored.agreements.map(json));
    const ids = (p?.ids ?? []) as string[];
    asked.push(...ids);
    if (q === Q.eventReportsByIds) return all.events.filter((r) => ids.includes(r.id)).map(json);
    if (q === Q.agreementReportsByIds) return all.agreements.filter((r) => ids.includes(r.id)).map(json);
    return [];
  };
  return { run, asked };
}

const [first, second] = randomArticles(prng(7), 40, "ck-").filter((a) => a.events.length && a.agreements.length);
const reports = (a: typeof first): ReportSet => ({ events: a.events, agreements: a.agreements });
const idsOf = (r: ReportSet) => [...r.events, ...r.agreements].map((x) => x.id).sort();
const both: ReportSet = { events: [...first.events, ...second.events], agreements: [...first.agreements, ...second.agreements] };
const none: ReportSet = { events: [], agreements: [] };
const everyKey = [...new Set([...keysOf(reports(first)), ...keysOf(reports(second))].map((k) => k.key))];

describe("store: coreference keys held in memory", () => {
  it("a committed write's reports are found under their keys by the next write", async () => {
    const { run, asked } = fakeStore(none);
    const keys = new MemoryKeys(Q);
    await keys.begin(run);
    expect(asked).toEqual(["all events", "all agreements"]); // (read once, from the store: empty here)
    await keys.file(run, first.events, first.agreements);
    keys.end(true);
    asked.length = 0;
    await keys.begin(run);
    expect(asked).toEqual([]); // (held: not read again)
    expect(idsOf(await keys.find(run, everyKey, new Set()))).toEqual(idsOf(reports(first)));
  });

  it("a rolled-back write leaves the keys as they were, filed or forgotten", async () => {
    const { run } = fakeStore(none);
    const keys = new MemoryKeys(Q);
    await keys.begin(run);
    await keys.file(run, first.events, first.agreements);
    keys.end(true);
    await keys.begin(run);
    await keys.file(run, second.events, second.agreements);
    await keys.forget(run, reports(first));
    expect(idsOf(await keys.find(run, everyKey, new Set()))).toEqual(idsOf(reports(second)));
    keys.end(false);
    await keys.begin(run);
    expect(idsOf(await keys.find(run, everyKey, new Set()))).toEqual(idsOf(reports(first)));
  });

  it("a rolled-back refile makes the next write read the keys from the store again", async () => {
    const stored = reports(first);
    const { run, asked } = fakeStore(stored);
    const keys = new MemoryKeys(Q);
    await keys.begin(run, true);
    expect(asked).toEqual([]); // (a refile reads none of the keys before it)
    await keys.refile(run, second.events, second.agreements);
    keys.end(false);
    asked.length = 0;
    await keys.begin(run);
    expect(asked).toEqual(["all events", "all agreements"]);
    expect(idsOf(await keys.find(run, everyKey, new Set()))).toEqual(idsOf(stored));
  });

  it("finds nothing it is told to skip, and refuses use outside a writing transaction", async () => {
    const { run } = fakeStore(reports(first));
    const keys = new MemoryKeys(Q);
    await expect(keys.find(run, everyKey, new Set())).rejects.toThrow(/outside a writing transaction/);
    await keys.begin(run);
    expect(idsOf(await keys.find(run, everyKey, new Set(first.events.map((r) => r.id))))).toEqual(first.agreements.map((g) => g.id).sort());
  });

  it("read ahead of the first write (warm), the keys are not read again by it", async () => {
    const reader = fakeStore(reports(first));
    const writer = fakeStore(reports(first));
    const keys = new MemoryKeys(Q);
    keys.warm(reader.run);
    await keys.begin(writer.run); // (waits for the read the warm-up started)
    expect(reader.asked).toEqual(["all events", "all agreements"]);
    expect(writer.asked).toEqual([]);
    expect(idsOf(await keys.find(writer.run, everyKey, new Set()))).toEqual(idsOf(reports(first)));
  });
});
