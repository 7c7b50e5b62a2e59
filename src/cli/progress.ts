// Progress and summaries for the CLI. On a TTY a one-line progress bar on stderr; elsewhere (a log, a pipe,
// CI) one plain line on stderr every LOG_EVERY_MS of a long load; always a summary (on stdout, under `kg load`
// and `kg serve --load` alike).
import type { LoadReport } from "../load-report.js";

/** How often a load that is not on a terminal says how far it is (a shorter load says nothing until its summary). */
export const LOG_EVERY_MS = 15_000;

type Progress = { tick: (p: { read: number; failed: number }) => void; done: () => void };

export function progressReporter(stream: Pick<NodeJS.WriteStream, "write" | "isTTY"> = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return logLines(stream, now);
  const t0 = Date.now();
  let last = 0;
  const spinner = ["|", "/", "-", "\\"];
  let i = 0;
  return {
    tick: ({ read, failed }) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const rate = read / Math.max(0.001, (now - t0) / 1000);
      stream.write(`\r${spinner[i++ % 4]} ${read} articles read, ${failed} failed, ${rate.toFixed(0)}/s   `);
    },
    done: () => stream.write("\r\x1b[K"),
  };
}

/** One line per LOG_EVERY_MS: "kg: 12000 articles read, 0 failed, 183/s". */
function logLines(stream: Pick<NodeJS.WriteStream, "write">, now: () => number): Progress {
  const t0 = now();
  let next = t0 + LOG_EVERY_MS;
  return {
    tick: ({ read, failed }) => {
      const t = now();
      if (t < next) return;
      next = t + LOG_EVERY_MS;
      stream.write(`kg: ${read} articles read, ${failed} failed, ${(read / Math.max(0.001, (t - t0) / 1000)).toFixed(0)}/s\n`);
    },
    done: () => {},
  };
}

const signed = (n: number) => (n < 0 ? `${n}` : `+${n}`);

/** The load summary: this load's articles, what it added to the store, and the store's totals after it. */
export function formatSummary(s: LoadReport, where?: string): string {
  const a = s.added;
  const lines = [
    `articles read ${s.read}, new ${s.new}, unchanged ${s.unchanged}, failed ${s.failed}${where ? ` (loaded by ${where})` : ""}`,
    `added people ${signed(a.people)}, places ${signed(a.places)}, organisations ${signed(a.organizations)}, meetings ${signed(a.meetings)}, agreements ${signed(a.agreements)} in ${(s.ms / 1000).toFixed(1)} s (of which ${(s.deriveMs / 1000).toFixed(1)} s re-deriving meetings)`,
    `the graph now holds ${s.totals.people} people, ${s.totals.meetings} meetings, ${s.totals.agreements} agreements`,
  ];
  for (const f of s.failures.slice(0, 50)) lines.push(`  failed: ${f.uri}: ${f.reason}`);
  if (s.failures.length > 50) lines.push(`  … and ${s.failures.length - 50} more failures`);
  return lines.join("\n");
}
