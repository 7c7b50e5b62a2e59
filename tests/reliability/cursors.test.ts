// Issue 15, item 1: a forged page cursor (base64url of "o:100000") crashed the server with SIGSEGV:
// Kuzu 0.11.3 segfaults on ORDER BY … SKIP n when n is thousands past the last row. Cursors are now
// signed and bounded (src/store/paging.ts), and the store never sends a SKIP past the end.
// The server runs in a child process, so a crash shows as its exit signal, not as a dead test runner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, MAX_OFFSET, setCursorSecret } from "../../src/store/paging.js";
import { removeTempDirs } from "./helpers.js";
import { startServerChild, type ServerChild } from "./server-child.js";

const SECRET = "reliability-cursor-secret";
const LISTS = ["people", "places", "organizations", "articles"];
const b64 = (s: string) => Buffer.from(s).toString("base64url");

let srv: ServerChild;
beforeAll(async () => {
  setCursorSecret(SECRET);
  srv = await startServerChild({ KG_CURSOR_SECRET: SECRET });
});
afterAll(async () => {
  await srv?.stop();
  removeTempDirs();
});

const page = (list: string, after: string) => srv.gql(`query($a: String) { ${list}(first: 5, after: $a) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`, { a: after });

describe("forged cursors", () => {
  it("are rejected with BAD_CURSOR on every list, and the server keeps running", async () => {
    const forged = ["bzoxMDAwMDA", b64("o:100000"), b64("o:99999999999"), b64(`o:${2 ** 53}`), b64("o:-1"), "x".repeat(5000), "", "bzoxMDAwMDA.AAAAAAAAAAAAAAAAAAAAAA", `${b64("o:100000")}.${encodeCursor(3).split(".")[1]}`];
    for (let round = 0; round < 8; round++) {
      for (const list of LISTS) {
        for (const after of forged) {
          const r = await page(list, after);
          expect(srv.ended, `server died on ${list}(after: "${after.slice(0, 30)}")`).toBeNull();
          if (after === "") {
            expect(r.errors).toBeUndefined();
            continue;
          }
          expect(r.errors?.[0]?.extensions?.code, `${list} ${after.slice(0, 30)}`).toBe("BAD_CURSOR");
        }
      }
    }
    expect(srv.ended).toBeNull();
  });

  it("a genuine cursor past the end of a list gives an empty page, not a SKIP that crashes the store", async () => {
    for (let round = 0; round < 8; round++) {
      for (const list of LISTS) {
        for (const offset of [100_000, MAX_OFFSET]) {
          const r = await page(list, encodeCursor(offset));
          expect(srv.ended, `server died on ${list} at offset ${offset}`).toBeNull();
          expect(r.errors).toBeUndefined();
          const conn = r.data![list] as { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
          expect(conn.edges).toEqual([]);
          expect(conn.pageInfo.hasNextPage).toBe(false);
        }
      }
    }
  });

  it("real cursors still page through every list, and each edge cursor resumes after its edge", async () => {
    for (const list of LISTS) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const r = await srv.gql(`query($a: String) { ${list}(first: 3, after: $a) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { a: after });
        expect(r.errors).toBeUndefined();
        const conn = r.data![list] as { totalCount: number; edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
        seen.push(...conn.edges.map((e) => e.node.id));
        if (conn.edges.length) expect(decodeCursor(conn.edges[0].cursor)).toBe(seen.length - conn.edges.length + 1);
        if (!conn.pageInfo.hasNextPage) {
          expect(seen.length).toBe(conn.totalCount);
          break;
        }
        after = conn.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThan(0);
    }
  });

  it("a cursor signed with another secret (another process, before a restart) is BAD_CURSOR", () => {
    const mine = encodeCursor(2);
    expect(decodeCursor(mine)).toBe(3);
    setCursorSecret("another-secret");
    expect(() => decodeCursor(mine)).toThrow(/invalid cursor/);
    setCursorSecret(SECRET);
    expect(() => encodeCursor(MAX_OFFSET + 1)).toThrow(RangeError);
  });
});
