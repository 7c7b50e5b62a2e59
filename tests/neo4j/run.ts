// npm run test:neo4j: starts ONE test Neo4j (tests/neo4j/server/run.sh), waits until it prints its Bolt
// URI (start-up may take minutes on a small machine: up to NEO4J_START_TIMEOUT_S, default 300), runs the
// Neo4j part of the suite (tests/neo4j/vitest.config.ts) with NEO4J_URI set, and stops the server,
// also when the tests fail or this process is interrupted. Exit code: vitest's, or 3 if Neo4j never started.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startNeo4j, stopNeo4j, type TestNeo4j } from "./launch.js";

const ROOT = join(import.meta.dirname, "../..");
const extra = process.argv.slice(2);
/** The test Neo4j runs with auth on, as a real one does (a wrong password is tested: tests/cli/neo4j-errors.test.ts). */
const PASSWORD = "kg-test-secret";

async function main(): Promise<number> {
  console.log("test:neo4j: starting the test Neo4j (neo4j-harness 5.26, tests/neo4j/server)…");
  let server: TestNeo4j;
  try {
    server = await startNeo4j({ password: PASSWORD });
  } catch (e) {
    console.error(`test:neo4j: ${(e as Error).message}`);
    return 3;
  }
  console.log(`test:neo4j: Neo4j ready at ${server.uri} after ${server.seconds.toFixed(1)} s`);
  const onSignal = (sig: NodeJS.Signals) => {
    void stopNeo4j(server.child).then(() => process.exit(sig === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const vitest = spawn(process.execPath, [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--config", join(ROOT, "tests/neo4j/vitest.config.ts"), ...extra], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: "" },
    });
    return await new Promise<number>((resolve) => vitest.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    const t = Date.now();
    await stopNeo4j(server.child);
    console.log(`test:neo4j: Neo4j stopped (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
}

main().then((code) => process.exit(code));
