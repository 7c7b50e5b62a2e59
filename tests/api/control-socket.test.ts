// The control socket over a real embedded store: owner-only permissions, a load streamed through it, a
// malformed line answered with an error (not a crash), and a client that goes away before "end".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startControlSocket, type ControlReply, type ControlSocket } from "../../src/api/control-socket.js";
import { loadAndReport, serialQueue } from "../../src/load-report.js";
import { openStore } from "../../src/store/index.js";
import type { GraphStore } from "../../src/store/types.js";

const dir = mkdtempSync(join(tmpdir(), "kg-ctl-"));
let store: GraphStore;
let control: ControlSocket;

/** Sends lines, collects the replies until the server closes the connection. */
function exchange(lines: string[], opts: { end?: boolean } = {}): Promise<ControlReply[]> {
  return new Promise((ok, fail) => {
    const socket = connect(control.path);
    let text = "";
    socket.on("data", (d: Buffer) => (text += d.toString()));
    socket.on("error", fail);
    socket.on("close", () => ok(text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as ControlReply)));
    socket.on("connect", () => {
      for (const l of lines) socket.write(l + "\n");
      if (opts.end === false) socket.end(); // half-close without {"end"}: the client went away
    });
  });
}

const article = (text: string, uri: string) => JSON.stringify({ article: { uri, text, publishedAt: "2025-10-02" } });

beforeAll(async () => {
  store = await openStore({ dataDir: dir, kind: "kuzu" });
  const queue = serialQueue();
  const started = await startControlSocket(dir, (source, onProgress) => queue(() => loadAndReport(store, source, { onProgress })));
  if ("unavailable" in started) throw new Error(started.unavailable);
  control = started;
}, 60_000);
afterAll(async () => {
  await control?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("control socket", () => {
  it("is a socket file only its owner can open", () => {
    const st = statSync(control.path);
    expect(st.isSocket()).toBe(true);
    expect(st.mode & 0o777).toBe(0o600);
  });

  it("loads what a client streams, with failures passed through, and answers with what the load added", async () => {
    const replies = await exchange([
      article("Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Baghdad on Wednesday.", "a.txt"),
      JSON.stringify({ failure: { uri: "b.txt", reason: "binary" } }),
      JSON.stringify({ end: true }),
    ]);
    const last = replies.at(-1)!;
    expect("summary" in last && last.summary).toMatchObject({ read: 1, new: 1, failed: 1, added: { meetings: 1 }, totals: { meetings: 1 } });
  });

  it("answers a malformed line with an error and keeps serving", async () => {
    const replies = await exchange(["{not json"]);
    expect(replies.at(-1)).toEqual({ error: "control socket: a line is not JSON" });
    const odd = await exchange([JSON.stringify({ hello: 1 })]);
    expect(odd.at(-1)).toEqual({ error: "control socket: expected {article}, {failure} or {end}" });
    const again = await exchange([JSON.stringify({ end: true })]);
    expect(again.at(-1)).toMatchObject({ summary: { read: 0 } });
  });

  it("loads what a client sent before it went away", async () => {
    await exchange([article("وزير الخارجية المصري بدر عبد العاطي استقبل نظيره الأردني أيمن الصفدي في القاهرة اليوم.", "c.txt")], { end: false });
    const r = await exchange([JSON.stringify({ end: true })]); // queued after it: the first load has finished
    expect(r.at(-1)).toMatchObject({ summary: { totals: { meetings: 2 } } });
  });
});
