// A load with what it added: loadArticles() wrapped between two counts of the store, so the summary
// says what THIS load added (people, places, organisations, meetings, agreements), next to the totals.
// Used by `kg load` (in process or through a running server's control socket) and `kg serve --load`.
import type { Article, IngestFailure } from "./model.js";
import { loadArticles, type LoadOptions, type LoadSummary } from "./pipeline.js";
import type { GraphStore } from "./store/types.js";

export interface Counts {
  people: number;
  places: number;
  organizations: number;
  meetings: number;
  agreements: number;
}

export interface LoadReport extends LoadSummary {
  /** Net change of the store's counts over this load. Re-derivation can merge meetings, so a count may fall. */
  added: Counts;
  /** The store's counts after the load. */
  totals: Counts;
}

async function counts(store: GraphStore): Promise<Counts> {
  const s = await store.stats();
  return { people: s.people, places: s.places, organizations: s.organizations, meetings: s.meetings, agreements: s.agreements };
}

export async function loadAndReport(store: GraphStore, source: AsyncIterable<Article | IngestFailure> | Iterable<Article | IngestFailure>, opts: LoadOptions = {}): Promise<LoadReport> {
  const before = await counts(store);
  const summary = await loadArticles(store, source, opts);
  const totals = await counts(store);
  const added = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v - before[k as keyof Counts]])) as unknown as Counts;
  return { ...summary, added, totals };
}

/** Runs jobs one after another (loads from the control socket, the ingest mutation, `serve --load`). */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => {});
    return run;
  };
}
