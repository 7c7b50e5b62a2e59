// Starts server-process.ts in a child process and talks to it: GraphQL over HTTP, the event-loop
// delay and RSS over IPC, and how the process ended (a crash shows as a signal or exit code).
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "./helpers.js";

export interface GqlReply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface ServerChild {
  url: string;
  port: number;
  /** Set once the process has ended: its exit code or signal. */
  ended: { code: number | null; signal: NodeJS.Signals | null } | null;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlReply>;
  /** Largest event-loop delay in ms since the previous call (measured in the server process). */
  maxDelayMs(): Promise<number>;
  rss(): Promise<number>;
  roundTrips(): Promise<number>;
  stop(): Promise<void>;
}

export async function startServerChild(env: Record<string, string> = {}): Promise<ServerChild> {
  const dir = tempDir("srv");
  const child: ChildProcess = fork(join(import.meta.dirname, "server-process.ts"), [dir], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const s: ServerChild = {
    url: "",
    port: 0,
    ended: null,
    async gql(query, variables, headers = {}) {
      const res = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
      const text = await res.text();
      try {
        return { status: res.status, ...(JSON.parse(text) as Omit<GqlReply, "status">) };
      } catch {
        return { status: res.status, errors: [{ message: text.slice(0, 200) }] };
      }
    },
    maxDelayMs: () => ask<{ maxMs: number }>("delay").then((m) => m.maxMs),
    rss: () => ask<{ rss: number }>("memory").then((m) => m.rss),
    roundTrips: () => ask<{ n: number }>("roundTrips").then((m) => m.n),
    async stop() {
      if (s.ended) return;
      const done = new Promise<void>((ok) => child.once("exit", () => ok()));
      child.send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
  child.on("exit", (code, signal) => (s.ended = { code, signal }));
  function ask<T>(type: string): Promise<T> {
    return new Promise((ok, fail) => {
      if (s.ended) return fail(new Error(`server process ended: ${JSON.stringify(s.ended)}`));
      const on = (m: { type: string } & T) => {
        if (m.type !== type) return;
        child.off("message", on);
        ok(m);
      };
      child.on("message", on);
      child.send({ type });
    });
  }
  const ready = await new Promise<{ url: string; port: number }>((ok, fail) => {
    child.once("exit", (code, signal) => fail(new Error(`server process ended before it was ready: ${code ?? signal}`)));
    child.on("message", (m: { type: string; url: string; port: number }) => m.type === "ready" && ok(m));
  });
  s.url = ready.url;
  s.port = ready.port;
  return s;
}
