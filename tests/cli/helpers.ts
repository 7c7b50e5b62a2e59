// Running kg as users do: real processes (bin/kg.mjs), real stores in temp dirs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

export const kg = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [join(ROOT, "bin/kg.mjs"), ...args], { cwd: ROOT, input: opts.input, encoding: "utf8", timeout: 120_000, env: { ...process.env, KG_DEBUG: "", ...opts.env } });

/** The stderr lines of a run (no trailing empty line). */
export const lines = (s: string) => s.split("\n").filter((l) => l.length > 0);

export interface Background {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first match of `re` in stderr (the server prints its address there). */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

/** A long-running process (kg serve, or a store holder) with its output collected. */
export function background(args: string[], env: Record<string, string> = {}): Background {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, KG_DEBUG: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (re, ms = 120_000) =>
      new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no ${re} within ${ms} ms; stderr: ${err}; stdout: ${out}`)), ms);
        const check = () => {
          const m = re.exec(err) ?? re.exec(out);
          if (m) {
            clearTimeout(timer);
            ok(m);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            fail(new Error(`exited ${child.exitCode} before ${re}; stderr: ${err}`));
          } else setTimeout(check, 100);
        };
        check();
      }),
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null || child.signalCode) return ok();
        child.once("exit", () => ok());
        child.kill("SIGTERM");
      }),
  };
}

export const KG = join(ROOT, "bin/kg.mjs");
