// CSRF prevention stays on; the documented client settings get through it (README "CSRF"). The requests
// below are shaped like the clients' own: urql's default GET, urql with preferGetMethod: false (a JSON
// POST, as Apollo Client sends), and a GET with the preflight header. examples/client/ runs the real clients.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../../src/api/errors.js";
import { startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer([]);
});
afterAll(async () => {
  await t?.close();
});

const QUERY = "{ stats { articles } }";
/** The accept header urql sends (exchanges/fetch, @urql/core 6). */
const URQL_ACCEPT = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
const get = (headers: Record<string, string>, query = QUERY) => fetch(`${t.server.url}?query=${encodeURIComponent(query)}`, { headers });
const post = (headers: Record<string, string>, body: unknown) => fetch(t.server.url, { method: "POST", headers, body: JSON.stringify(body) });

async function codeAndStatus(res: Response) {
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? null, data: body.data ?? null };
}

describe("CSRF prevention", () => {
  it("blocks urql's default GET, and a form-like POST, with BAD_REQUEST (400)", async () => {
    expect(await codeAndStatus(await get({ accept: URQL_ACCEPT }))).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    expect(await codeAndStatus(await post({ "content-type": "text/plain" }, { query: QUERY }))).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    expect(ERROR_CATALOGUE.BAD_REQUEST.status).toBe(400);
  });

  it("lets through a JSON POST (Apollo Client; urql with preferGetMethod: false) and a GET with apollo-require-preflight", async () => {
    const ok = { status: 200, code: null, data: { stats: { articles: 0 } } };
    expect(await codeAndStatus(await post({ "content-type": "application/json", accept: URQL_ACCEPT }, { query: QUERY }))).toEqual(ok);
    expect(await codeAndStatus(await get({ accept: URQL_ACCEPT, "apollo-require-preflight": "true" }))).toEqual(ok);
  });

  it("never runs a mutation over GET", async () => {
    expect(await codeAndStatus(await get({ "apollo-require-preflight": "true" }, `mutation { removeArticle(id: "article:x") }`))).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
  });
});

describe("request errors of the catalogue", () => {
  it("answer their code and status", async () => {
    const json = { "content-type": "application/json" };
    const cases: Array<[unknown, string]> = [
      [{}, "BAD_REQUEST"],
      [{ query: "query A { stats { people } } query B { stats { people } }" }, "OPERATION_RESOLUTION_FAILURE"],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } }, "PERSISTED_QUERY_NOT_FOUND"],
      [{ query: `mutation { removeArticle(id: "article:x") }` }, "UNAUTHENTICATED"],
    ];
    for (const [body, code] of cases) {
      const r = await codeAndStatus(await post(json, body));
      expect({ code: r.code, status: r.status }).toEqual({ code, status: ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE].status });
    }
  });
});
