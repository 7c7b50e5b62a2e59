// Guards of the HTTP boundary that do not depend on GraphQL: the Host allow-list (against DNS
// rebinding), the token compared in constant time, and the gate that bounds concurrent requests.
import { createHash, timingSafeEqual } from "node:crypto";

/** Hosts a request's Host header may name: localhost, 127.0.0.1, [::1], the bound host, and KG_ALLOWED_HOSTS. */
export function allowedHosts(bound: string | undefined, env = process.env.KG_ALLOWED_HOSTS): Set<string> | "any" {
  const extra = (env ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (extra.includes("*")) return "any";
  const hosts = new Set(["localhost", "127.0.0.1", "[::1]", ...extra.map(bracket)]);
  if (bound) hosts.add(bracket(bound.toLowerCase()));
  return hosts;
}

const bracket = (h: string) => (h.includes(":") && !h.startsWith("[") ? `[${h}]` : h);

/** The host part of a Host header ("example.org:4000" → "example.org", "[::1]:4000" → "[::1]"). */
export function hostOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^(\[[^\]]*\]|[^:]+)(?::\d{1,5})?$/.exec(header.trim().toLowerCase());
  return m?.[1];
}

export function hostAllowed(header: string | undefined, allowed: Set<string> | "any"): boolean {
  if (allowed === "any") return true;
  const h = hostOf(header);
  return !!h && allowed.has(h);
}

/** Constant-time comparison of a sent token with the expected one (hashes first, so lengths leak nothing). */
export function tokenMatches(sent: string | undefined, expected: string | undefined): boolean {
  if (sent === undefined || expected === undefined) return false;
  const a = createHash("sha256").update(sent).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export class BusyError extends Error {}

/** At most `max` holders at once; up to `queue` more wait in order; beyond that, BusyError at once. */
export class Gate {
  private active = 0;
  private readonly waiting: Array<{ go: () => void; fail: (e: Error) => void }> = [];

  constructor(
    private readonly max: number,
    private readonly queue: number,
  ) {}

  /** Resolves when the caller may run; rejects when the queue is full or `signal` aborts first. */
  enter(signal: AbortSignal): Promise<void> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queue) return Promise.reject(new BusyError("too many requests at once"));
    return new Promise((go, fail) => {
      const w = { go, fail };
      this.waiting.push(w);
      signal.addEventListener("abort", () => {
        const i = this.waiting.indexOf(w);
        if (i >= 0) {
          this.waiting.splice(i, 1);
          fail(new Error("cancelled while waiting"));
        }
      }, { once: true });
    });
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next.go();
    else this.active--;
  }
}
