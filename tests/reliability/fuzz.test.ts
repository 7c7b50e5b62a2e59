// Issue 15, item 8: a fuzzer of GraphQL documents and cursors against a real server process for a
// bounded time (FUZZ_SECONDS, default 30; FUZZ_SEED replays a run). It passes when the server never
// dies, never answers INTERNAL_SERVER_ERROR or HTTP 500, and its event loop (perf_hooks, measured in
// the server process) is never blocked for a second or more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/server.js";
import { removeTempDirs } from "./helpers.js";
import { document, rng } from "./fuzz-docs.js";
import { startServerChild, type ServerChild } from "./server-child.js";

const SECONDS = Math.min(600, Number(process.env.FUZZ_SECONDS ?? 30));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const IN_FLIGHT = 4;

let srv: ServerChild;
beforeAll(async () => {
  srv = await startServerChild({ KG_TOKEN: "fuzz-token", NODE_ENV: "production" });
});
afterAll(async () => {
  await srv?.stop();
  removeTempDirs();
});

describe("fuzzer", () => {
  it(`random documents and cursors for ${SECONDS} s: no crash, no internal error, no event-loop block of 1 s`, { timeout: (SECONDS + 120) * 1000 }, async () => {
    const schema = buildSchema();
    const r = rng(SEED);
    const real: string[] = [];
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let sent = 0;
    let maxDelay = await srv.maxDelayMs();
    maxDelay = 0;
    const end = Date.now() + SECONDS * 1000;
    const one = async () => {
      const body = document(r, schema, real);
      const res = await srv.gql(body.query, body.variables);
      sent++;
      const text = JSON.stringify(res);
      for (const m of text.matchAll(/"(?:cursor|endCursor)":"([^"]+)"/g)) if (real.length < 200) real.push(m[1]);
      const code = res.errors?.length ? String(res.errors[0].extensions?.code ?? "NO_CODE") : "OK";
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (res.status >= 500 && code !== "BUSY" && code !== "TIMEOUT") failures.push(`HTTP ${res.status} ${code}: ${body.query.slice(0, 300)} ${JSON.stringify(body.variables ?? {})}`);
      if (text.includes("INTERNAL_SERVER_ERROR") || res.errors?.some((e) => !e.extensions?.code)) failures.push(`internal error: ${body.query.slice(0, 300)} ${JSON.stringify(body.variables ?? {})} → ${text.slice(0, 200)}`);
    };
    while (Date.now() < end && !srv.ended && failures.length < 20) {
      await Promise.all(Array.from({ length: IN_FLIGHT }, () => one().catch((e: Error) => failures.push(`request failed: ${e.message}`))));
      if (sent % 40 < IN_FLIGHT) maxDelay = Math.max(maxDelay, await srv.maxDelayMs());
    }
    if (!srv.ended) maxDelay = Math.max(maxDelay, await srv.maxDelayMs());
    console.log(`fuzz seed ${SEED}: ${sent} requests in ${SECONDS} s, largest event-loop delay ${maxDelay.toFixed(0)} ms, codes ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(srv.ended, `the server process ended (seed ${SEED})`).toBeNull();
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(maxDelay, `seed ${SEED}`).toBeLessThan(1000);
    expect(sent).toBeGreaterThan(50);
  });
});
