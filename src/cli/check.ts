// kg check: verify the stored data against the checksums and names written with it (store/integrity.ts).
// Exit 0 when everything matches, 2 when something does not (each problem on its own line).
import type { GraphStore } from "../store/types.js";
import type { IntegrityReport } from "../store/integrity.js";

export interface CheckOptions {
  dataDir: string;
  /** The quick form: a sample, as at start-up. */
  quick: boolean;
}

/** The quick start-up check's sample size (articles; ten times as many names of each kind). */
export const STARTUP_SAMPLE = 100;

export async function runCheck(opts: CheckOptions): Promise<number> {
  const { openStore } = await import("../store/index.js");
  const store = await openStore({ dataDir: opts.dataDir });
  try {
    const tty = process.stderr.isTTY;
    const report = await store.checkIntegrity({
      sample: opts.quick ? STARTUP_SAMPLE : undefined,
      onProgress: (n) => tty && process.stderr.write(`\rkg check: ${n} articles checked`),
    });
    if (tty) process.stderr.write("\n");
    for (const p of report.problems) console.log(`${p.id}${p.uri ? ` (${p.uri})` : ""}: ${p.problem}`);
    console.log(summary(report, opts.quick));
    return report.problems.length ? 2 : 0;
  } finally {
    await store.close();
  }
}

export function summary(r: IntegrityReport, quick: boolean): string {
  const head = r.problems.length ? `kg check: ${r.problems.length} problem(s)` : "kg check: ok";
  const old = r.withoutChecksum ? `, ${r.withoutChecksum} written before checksums (text checked only)` : "";
  return `${head} — ${r.articles} articles and ${r.entities} names checked${quick ? " (quick sample)" : ""}${old}`;
}

/** The start-up form: a quick sample; a problem is reported on stderr, and the server still starts. */
export async function startupCheck(store: GraphStore): Promise<{ ok: boolean; problems: number }> {
  const report = await store.checkIntegrity({ sample: STARTUP_SAMPLE });
  if (report.problems.length) {
    for (const p of report.problems.slice(0, 5)) console.error(`kg: integrity: ${p.id}: ${p.problem}`);
    console.error(`kg: integrity check at start-up found ${report.problems.length} problem(s) in a sample: the store may be corrupt. Run \`kg check\` for all of it, and reload from the sources if it confirms.`);
  }
  return { ok: report.problems.length === 0, problems: report.problems.length };
}
