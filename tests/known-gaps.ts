// The known-gaps ledger: an expectation the extractor does not meet yet stays in the suite, written as
// it should hold, and is run as a known gap. Unlike vitest's `it.fails`, a known gap
// - passes only while the expectation fails with an assertion error (the gap is still there);
// - fails on any other error: a crash (TypeError, …) is never taken for the known gap;
// - fails when the expectation holds: the gap is fixed, so its entry must leave the ledger;
// and a ledger of keys fails when one of its keys names no test any more (stale).
import { it } from "vitest";

function isAssertion(e: unknown): boolean {
  return e instanceof Error && e.name === "AssertionError";
}

/** Runs a known gap's expectation: resolves while it fails by assertion, rejects on a crash or a fix. */
export async function runKnownGap(title: string, fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (isAssertion(e)) return;
    throw e;
  }
  throw new Error(`known gap fixed: "${title}" now holds; remove it from the ledger and make it a plain test`);
}

/** An expectation that is known not to hold yet: see the file comment. */
export function knownGap(title: string, fn: () => void | Promise<void>): void {
  it(`${title} [known gap]`, () => runKnownGap(title, fn));
}

/** Keys ("file › title") of known gaps, with the reason of each; `check` runs a test as plain or as a gap. */
export class GapLedger {
  private readonly used = new Set<string>();
  constructor(private readonly gaps: Record<string, string>) {}

  check(key: string, title: string, fn: () => void | Promise<void>): void {
    if (this.gaps[key] === undefined) return void it(title, fn);
    this.used.add(key);
    knownGap(title, fn);
  }

  /** One test that fails when a ledger key names no test (the test was renamed or removed). */
  noStaleKeys(): void {
    it("the known-gaps ledger names only existing tests", () => {
      const stale = Object.keys(this.gaps).filter((k) => !this.used.has(k));
      if (stale.length) throw new Error(`stale known-gap keys: ${stale.join("; ")}`);
    });
  }

  get size(): number {
    return Object.keys(this.gaps).length;
  }
}
