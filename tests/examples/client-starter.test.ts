// The client starter (examples/client/, its own package): generate its types from schema/, type-check it with
// tsc --strict, then run its urql and Apollo Client variants against the real server on a free port.
// Needs `npm --prefix examples/client ci` first (.ci/run does it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { startTestServer, type TestServer } from "../api/helpers.js";

const DIR = join(import.meta.dirname, "../../examples/client");
const run = promisify(execFile);
const npm = (args: string[], env: Record<string, string> = {}) => run("npm", ["run", "--silent", ...args], { cwd: DIR, env: { ...process.env, NODE_ENV: "development", ...env } });
const generated = () => readFileSync(join(DIR, "src/gql/graphql.ts"), "utf8");

let t: TestServer;
beforeAll(async () => {
  if (!existsSync(join(DIR, "node_modules"))) throw new Error("examples/client is not installed: run `npm --prefix examples/client ci` first");
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe("examples/client", () => {
  it("generates its types from schema/ and type-checks with tsc --strict", async () => {
    await npm(["codegen"]);
    expect(generated()).toContain("export type WhoMetQuery");
    await npm(["typecheck"]); // rejects (non-zero exit) on any type error
  });

  it("generates the same types from the live server (introspection) as from schema/", async () => {
    const fromFiles = generated();
    await npm(["codegen"], { KG_SCHEMA: t.server.url });
    expect(generated()).toBe(fromFiles);
  });

  it("runs urql (with preferGetMethod: false) and Apollo Client (default) against a live server", async () => {
    const { stdout } = await npm(["smoke", "--", t.server.url]);
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual(expect.arrayContaining(["urql: Vladimir Putin: 2025-07-31 (Kremlin)", "urql: Sergey Lavrov: 2025-07-31 (Moscow)"]));
    expect(lines.some((l) => l.startsWith("urql: Alexander Novak"))).toBe(false); // September: outside the range
    expect(lines).toContain("apollo: person Sergey Lavrov (foreign_minister)");
    // why urql needs its setting: its default GET is refused by CSRF prevention
    expect(lines).toContain("urql default (GET): refused, BAD_REQUEST");
  });
});
