// Progress of a long load where stderr is no terminal (a log file, CI): one plain line per LOG_EVERY_MS, none
// for a short load. A clock and a stream of the test's own.
import { describe, expect, it } from "vitest";
import { LOG_EVERY_MS, progressReporter } from "../../src/cli/progress.js";

function fake() {
  const lines: string[] = [];
  let t = 1_000;
  const p = progressReporter({ isTTY: false, write: (s: string | Uint8Array) => (lines.push(String(s)), true) } as never, () => t);
  return { lines, p, advance: (ms: number) => (t += ms) };
}

describe("kg load progress off a terminal", () => {
  it("says nothing for a load shorter than the interval", () => {
    const { lines, p, advance } = fake();
    for (let i = 1; i <= 100; i++) {
      advance(10);
      p.tick({ read: i, failed: 0 });
    }
    p.done();
    expect(lines).toEqual([]);
  });
  it("writes one line per interval with the count, the failures and the rate", () => {
    const { lines, p, advance } = fake();
    advance(LOG_EVERY_MS);
    p.tick({ read: 3000, failed: 1 });
    advance(LOG_EVERY_MS / 2);
    p.tick({ read: 4000, failed: 1 });
    advance(LOG_EVERY_MS / 2);
    p.tick({ read: 6000, failed: 2 });
    expect(lines).toEqual([`kg: 3000 articles read, 1 failed, ${(3000 / (LOG_EVERY_MS / 1000)).toFixed(0)}/s\n`, `kg: 6000 articles read, 2 failed, ${(6000 / ((2 * LOG_EVERY_MS) / 1000)).toFixed(0)}/s\n`]);
  });
});
