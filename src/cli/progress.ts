// Progress and summaries for the CLI. On a TTY a one-line progress bar on stderr; always a summary
// (on stdout, under `kg load` and `kg serve --load` alike).
import type { LoadReport } from "../load-report.js";

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { tick: (p: { read: number; failed: number }) => void; done: () => void } {
  if (!stream.isTTY) return { tick: () => {}, done: () => {} };
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
