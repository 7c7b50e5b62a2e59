// kg load while kg serve runs: the server holds the embedded store, so kg load hands the articles to it
// through the control socket in the data directory. Real processes; the query runs against the server
// that was never restarted.
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { background, kg, KG, lines, type Background } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kg-live-"));
const running: Background[] = [];
afterAll(async () => {
  await Promise.all(running.map((b) => b.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function gql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("kg load into a running kg serve", () => {
  it("loads a directory through the server's control socket; the server answers with the new meetings, no restart", async () => {
    // the server was started with --data elsewhere (not ./data): kg load is pointed at the same directory
    const data = join(dir, "elsewhere", "data");
    const more = join(dir, "more");
    mkdirSync(more);
    writeFileSync(join(more, "a.txt"), "date 2025-10-02\nTurkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Baghdad on Wednesday.\n");
    writeFileSync(join(more, "b.txt"), "date 2025-10-06\nوزير الخارجية المصري بدر عبد العاطي استقبل نظيره الأردني أيمن الصفدي في القاهرة اليوم.\n");
    const server = background([KG, "serve", "--data", data, "--port", "0", "--load", "seeds"]);
    running.push(server);
    const url = (await server.waitFor(/serving kuzu store at (\S+)/))[1]!;
    expect((statSync(join(data, "kg.sock")).mode & 0o777).toString(8)).toBe("600");
    const before = await gql<{ meetings: { totalCount: number } }>(url, `{ meetings(participant: "Hakan Fidan") { totalCount } }`);
    expect(before.meetings.totalCount).toBe(0);

    const r = kg(["load", "--data", data, more]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/articles read 2, new 2, unchanged 0, failed 0 \(loaded by the running kg serve/);
    expect(r.stdout).toMatch(/meetings \+2, agreements \+0/);
    expect(r.stdout).toMatch(/the graph now holds \d+ people, 8 meetings, 2 agreements/);

    const after = await gql<{ fidan: { edges: Array<{ node: { date: string; participants: Array<{ name: string }> } }> }; safadi: { totalCount: number }; stats: { meetings: number }; all: { totalCount: number } }>(
      url,
      `{ fidan: meetings(participant: "هاكان فيدان") { edges { node { date participants { name } } } }
         safadi: meetings(participant: "Ayman Safadi", with: "Badr Abdelatty") { totalCount }
         stats { meetings } all: meetings { totalCount } }`,
    );
    expect(after.fidan.edges.map((e) => e.node.participants.map((p) => p.name).sort())).toEqual([["Fuad Hussein", "Hakan Fidan"]]);
    expect(after.safadi.totalCount).toBe(1);
    expect(after.stats.meetings).toBe(after.all.totalCount);

    // again: nothing new, and the summary says so (what this load added, not the store's totals)
    const again = kg(["load", "--data", data, more]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/articles read 2, new 0, unchanged 2, failed 0/);
    expect(again.stdout).toMatch(/meetings \+0, agreements \+0/);
    // a path that is not there is one line, before the server is asked
    const missing = kg(["load", "--data", data, join(more, "nope.txt")]);
    expect(missing.status).toBe(2);
    expect(lines(missing.stderr)).toHaveLength(1);

    // a server killed without cleaning up leaves a socket file nobody answers: kg load writes directly
    server.child.kill("SIGKILL");
    await new Promise((ok) => server.child.once("exit", ok));
    expect(existsSync(join(data, "kg.sock"))).toBe(true);
    writeFileSync(join(more, "c.txt"), "date 2025-10-08\nQatari Prime Minister Mohammed bin Abdulrahman Al Thani met Turkish Foreign Minister Hakan Fidan in Doha on Wednesday.\n");
    const direct = kg(["load", "--data", data, more]);
    // the killed server left the store open: it is rebuilt first (src/store/kuzu/recover.ts), and says so. The two
    // articles loaded through the server were answered before their checkpoint ended: when the kill came first and
    // Kuzu could not replay its WAL (it was dropped, and that is said too), the journal writes them again
    // (src/store/kuzu/journal.ts). Either way none is lost ("unchanged 2" below)
    const said = lines(direct.stderr);
    const dropped = said.some((l) => /write-ahead log could not be replayed/.test(l));
    expect(said.filter((l) => !/write-ahead log could not be replayed|^kg: replayed \d+ journalled write/.test(l))).toEqual([expect.stringMatching(/^kg: the store was not closed cleanly; rebuilt it from its rows in [\d.]+ s$/)]);
    if (dropped) expect(said).toContainEqual(expect.stringMatching(/^kg: replayed 1 journalled write\(s\) answered before the unclean stop: 2 article\(s\) written again, 0 removed again$/));
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/articles read 3, new 1, unchanged 2, failed 0\n/);
  }, 240_000);

  it("a server that goes away mid-load: one line saying so, exit 2", async () => {
    // a socket that takes the first article and drops the connection, as a killed server does
    const data = join(dir, "dropping");
    mkdirSync(data);
    const dropper = createServer((socket) => socket.once("data", () => socket.destroy()));
    await new Promise<void>((ok) => dropper.listen(join(data, "kg.sock"), ok));
    try {
      const load = background([KG, "load", "--data", data, "seeds"]);
      const code = await new Promise<number | null>((ok) => load.child.once("close", ok));
      expect(code).toBe(2);
      expect(lines(load.stderr())).toEqual(["kg: the running server closed the connection before the load finished: check that kg serve is still running, then run kg load again (loading is idempotent: what was committed stays)"]);
      expect(load.stdout()).toBe("");
    } finally {
      dropper.close();
    }
  }, 60_000);
});
