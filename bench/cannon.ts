// autocannon (programmatic API) in a child process (bench/cannon-child.cjs), so the load generator
// does not share the event loop with the server under test (the machine has 2 cores). Used by
// bench/run.ts and tests/reliability/load.test.ts. Only loopback URLs are accepted.
import { fork } from "node:child_process";
import { join } from "node:path";

export interface CannonOptions {
  url: string;
  /** GraphQL request bodies; autocannon cycles through them in order. */
  bodies: string[];
  connections: number;
  /** Seconds. */
  duration: number;
  /** Total requests per second over all connections (bounded-rate mode); unbounded when absent. */
  overallRate?: number;
  /** Stop after this many requests. */
  amount?: number;
  headers?: Record<string, string>;
}

export interface CannonResult {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  reqPerS: number;
  total: number;
  /** Socket errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose JSON body carries GraphQL `errors` (checked on every response). */
  graphqlErrors: number;
  /** A few GraphQL error messages, for the report. */
  errorSamples: string[];
}

export function cannon(opts: CannonOptions): Promise<CannonResult> {
  const host = new URL(opts.url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`refusing to load-test a non-loopback host: ${host}`);
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, "cannon-child.cjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("autocannon did not finish in time"));
    }, (opts.duration + 60) * 1000);
    child.once("message", (m: CannonResult & { error?: string }) => {
      clearTimeout(guard);
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    child.once("error", (e) => {
      clearTimeout(guard);
      reject(e);
    });
    child.once("exit", (code) => {
      clearTimeout(guard);
      if (code !== 0) reject(new Error(`autocannon child exited with ${code}`));
    });
    child.send(opts);
  });
}
