// A wrong NEO4J_URI / NEO4J_DATABASE / NEO4J_PASSWORD, as a user meets it: a real `kg serve` process fails fast (the
// store gives up within 4 s) with one line that says what is wrong and how to fix it, and no stack trace.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
const kgServe = (env: Record<string, string>) =>
  spawnSync(process.execPath, [join(ROOT, "bin/kg.mjs"), "serve", "--port", "0"], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? "", NEO4J_DATABASE: "", ...env } });

/** A port on 127.0.0.1 that nothing listens on (bound by the OS, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("kg with a wrong Neo4j", () => {
  it("an unreachable NEO4J_URI: exit 2, one line naming the address and the fix", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = kgServe({ NEO4J_URI: uri });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, new RegExp(`^kg: cannot reach Neo4j at ${uri} \\(connection refused\\): start Neo4j there \\(npm run neo4j starts a test one\\), fix NEO4J_URI, or unset NEO4J_URI to use the embedded store$`));
  }, 60_000);

  it("a NEO4J_URI that is not a Neo4j address: exit 2, one line", () => {
    const r = kgServe({ NEO4J_URI: "http://127.0.0.1:7474" });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, /^kg: NEO4J_URI=http:\/\/127\.0\.0\.1:7474 is not a Neo4j address .*; use bolt:\/\/HOST:7687/);
  }, 60_000);

  // needs a live server: run by npm run test:neo4j, which sets NEO4J_URI to the test Neo4j
  it.skipIf(!process.env.NEO4J_URI)("a database the server does not have: exit 2, one line naming it and the fix", () => {
    const r = kgServe({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_DATABASE: "nosuchdb" });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, /^kg: Neo4j at bolt:\/\/\S+ has no database "nosuchdb": set NEO4J_DATABASE to an existing one/);
  }, 60_000);

  // the test Neo4j of npm run test:neo4j runs with auth on (tests/neo4j/run.ts)
  it.skipIf(!process.env.NEO4J_URI)("a wrong password: exit 2, one line naming the user and the fix", () => {
    const r = kgServe({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: `${process.env.NEO4J_PASSWORD ?? ""}-wrong` });
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, /^kg: Neo4j at bolt:\/\/\S+ refused user "neo4j" and its password: set NEO4J_USERNAME and NEO4J_PASSWORD to a valid user$/);
  }, 60_000);
});
