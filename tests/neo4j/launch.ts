// Starts and stops the project's test Neo4j (tests/neo4j/server/run.sh) from Node: used by
// npm run test:neo4j (tests/neo4j/run.ts) and the stores bench (bench/stores.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
/** How long start-up may take (minutes on a small, busy machine): NEO4J_START_TIMEOUT_S, default 300. */
const START_TIMEOUT_S = Number(process.env.NEO4J_START_TIMEOUT_S ?? 300);

export interface TestNeo4j {
  child: ChildProcess;
  uri: string;
  /** Seconds from spawn to the printed Bolt URI. */
  seconds: number;
}

/**
 * Spawns run.sh and resolves with the Bolt URI it prints once Neo4j accepts connections. With a
 * `password` (8 characters or more), auth is on: user neo4j with that password; without, auth is off.
 */
export function startNeo4j(opts: { password?: string } = {}): Promise<TestNeo4j> {
  const t0 = Date.now();
  const env = { ...process.env, NEO4J_TEST_PASSWORD: opts.password ?? "" };
  const child = spawn(join(ROOT, "tests/neo4j/server/run.sh"), [], { stdio: ["ignore", "pipe", "pipe"], detached: false, env });
  let log = "";
  child.stderr!.on("data", (c: Buffer) => {
    log += c.toString();
    if (log.length > 50_000) log = log.slice(-20_000);
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the test Neo4j did not start within ${START_TIMEOUT_S} s (NEO4J_START_TIMEOUT_S); its output:\n${log.slice(-4000)}`));
    }, START_TIMEOUT_S * 1000);
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const uri = /^(bolt:\/\/\S+)$/m.exec(out)?.[1];
      if (uri) {
        clearTimeout(timer);
        resolve({ child, uri, seconds: (Date.now() - t0) / 1000 });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the test Neo4j exited (code ${code}) before it was ready:\n${log.slice(-4000)}`));
    });
  });
}

/** SIGTERM (the JVM's shutdown hook closes Neo4j and deletes its folder); SIGKILL after 60 s. */
export function stopNeo4j(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

