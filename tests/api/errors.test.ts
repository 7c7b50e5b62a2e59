// The error catalogue (src/api/errors.ts, README "Errors"): each case answers its code and its HTTP status,
// and no internal message reaches a client, in development or in production.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ERROR_CATALOGUE, type ErrorCode } from "../../src/api/errors.js";
import { startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function expectError(query: string, variables: Record<string, unknown> | undefined, code: ErrorCode) {
  const r = await t.gql(query, variables);
  expect(r.errors?.map((e) => e.extensions?.code), query).toEqual([code]);
  expect(r.status, query).toBe(ERROR_CATALOGUE[code].status);
  return r;
}

describe("dates", () => {
  it("an impossible date is BAD_USER_INPUT (400) as a literal and as a variable, and never reaches the store", async () => {
    for (const d of ["2025-02-30", "2025-13-01", "31/07/2025"]) {
      const literal = await expectError(`{ meetings(from: "${d}") { totalCount } }`, undefined, "BAD_USER_INPUT");
      const variable = await expectError(`query($d: Date) { meetings(from: $d) { totalCount } }`, { d }, "BAD_USER_INPUT");
      for (const r of [literal, variable]) expect(JSON.stringify(r.errors)).not.toMatch(/kuzu|conversion|exception/i);
    }
    const leap = await t.gql<{ meetings: { totalCount: number } }>(`{ meetings(from: "2024-02-29") { totalCount } }`);
    expect(leap.errors).toBeUndefined();
  });
});

describe("arguments", () => {
  it("person and place without a name, or with id and name, fail validation (400)", async () => {
    await expectError(`{ person { id } }`, undefined, "GRAPHQL_VALIDATION_FAILED");
    await expectError(`{ person(id: "person:sergey-lavrov", name: "Putin") { id } }`, undefined, "GRAPHQL_VALIDATION_FAILED");
    await expectError(`{ place { id } }`, undefined, "GRAPHQL_VALIDATION_FAILED");
    await expectError(`query($n: String) { person(name: $n) { id } }`, { n: "Putin" }, "GRAPHQL_VALIDATION_FAILED");
  });
  it("a missing required variable is BAD_USER_INPUT, an empty name too", async () => {
    await expectError(`query($n: String!) { person(name: $n) { id } }`, {}, "BAD_USER_INPUT");
    await expectError(`{ person(name: "  ") { id } }`, undefined, "BAD_USER_INPUT");
    await expectError(`{ path(a: "", b: "Lavrov") { people { name } } }`, undefined, "BAD_USER_INPUT");
  });
  it("a range that ends before it starts, and `with` without `participant`, are BAD_USER_INPUT", async () => {
    await expectError(`{ meetings(from: "2025-08-01", to: "2025-07-01") { totalCount } }`, undefined, "BAD_USER_INPUT");
    await expectError(`{ person(name: "Lavrov") { timeline(from: "2025-08-01", to: "2025-07-01") { totalCount } } }`, undefined, "BAD_USER_INPUT");
    await expectError(`{ path(a: "Lavrov", b: "Putin", since: "2025-08-01", until: "2025-07-01") { people { name } } }`, undefined, "BAD_USER_INPUT");
    await expectError(`{ meetings(with: "Lavrov") { totalCount } }`, undefined, "BAD_USER_INPUT");
    const sameDay = await t.gql(`{ meetings(from: "2025-07-31", to: "2025-07-31") { totalCount } }`);
    expect(sameDay.errors).toBeUndefined();
  });
  it("contradictory office and role are BAD_USER_INPUT", async () => {
    await expectError(`{ people(office: PRESIDENT, role: "defence-minister") { totalCount } }`, undefined, "BAD_USER_INPUT");
  });
  it("an id and a name each have their field", async () => {
    const r = await t.gql<{ byId: { name: string }; byName: { name: string }; notAPerson: null }>(`{ byId: personById(id: "person:sergey-lavrov") { name } byName: person(name: "Putin") { name } notAPerson: personById(id: "place:moscow") { name } }`);
    expect(r.data).toEqual({ byId: { name: "Sergey Lavrov" }, byName: { name: "Vladimir Putin" }, notAPerson: null });
  });
  it("paging errors: BAD_CURSOR and PAGE_SIZE_EXCEEDED (400)", async () => {
    await expectError(`{ search(text: "Lavrov", after: "nope") { totalCount } }`, undefined, "BAD_CURSOR");
    await expectError(`{ person(name: "Lavrov") { counterparts(after: "nope") { totalCount } } }`, undefined, "BAD_CURSOR");
    await expectError(`{ search(text: "Lavrov", first: 101) { totalCount } }`, undefined, "PAGE_SIZE_EXCEEDED");
  });
});

describe("the catalogue", () => {
  it("README lists every code with its HTTP status", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    for (const [code, { status }] of Object.entries(ERROR_CATALOGUE)) expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`));
  });
});

describe("internal errors", () => {
  it("a store failure is INTERNAL_SERVER_ERROR (500) with no store message, in development and in production", async () => {
    const broken = await startTestServer([]);
    await broken.store.close(); // every store call now fails inside the store
    const env = process.env.NODE_ENV;
    try {
      for (const mode of ["development", "production"]) {
        process.env.NODE_ENV = mode;
        const r = await broken.gql(`{ stats { people } }`);
        expect(r.status).toBe(500);
        expect(r.errors).toEqual([expect.objectContaining({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
      }
    } finally {
      process.env.NODE_ENV = env;
      await broken.server.stop();
    }
  });
});
