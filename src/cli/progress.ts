// Progress and summaries for the CLI. On a TTY a one-line progress bar on stderr; always a summary.
import type { LoadSummary } from "../pipeline.js";

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

export function formatSummary(s: LoadSummary): string {
  const lines = [
    `articles read ${s.read}, new ${s.new}, unchanged ${s.unchanged}, failed ${s.failed}`,
    `entities written ${s.entities}, meetings ${s.meetings}, agreements ${s.agreements}, in ${(s.ms / 1000).toFixed(1)} s (of which ${(s.deriveMs / 1000).toFixed(1)} s re-deriving meetings)`,
  ];
  for (const f of s.failures.slice(0, 50)) lines.push(`  failed: ${f.uri}: ${f.reason}`);
  if (s.failures.length > 50) lines.push(`  … and ${s.failures.length - 50} more failures`);
  return lines.join("\n");
}
