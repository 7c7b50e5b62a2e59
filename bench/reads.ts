// The read mix and the ingest latency (issue 11), for bench/run.ts.
//
// Read mix: who-met 40%, meetings-between 30%, search 20%, connection 10%, over every person who met
// someone (at least 1,000 distinct subjects when the store has them), drawn Zipf-like (rank r with
// weight 1/r: a few people are asked about often, most rarely). Run at 1 and 32 connections with the
// response cache on and off, next to `{ __typename }` on the same server in the same run, then once more at 32
// connections with the caches on, now filled by the runs before.
//
// Ingest: one article at a time through the mutation's path (ingestArticle: extract, queue, one
// commit with its incremental derivation), and 1,000 new articles at once (loadArticles), into the
// store the bench loaded.
import type { Article } from "../src/model.js";
import { ingestArticle, loadArticles } from "../src/pipeline.js";
import type { GraphStore } from "../src/store/types.js";
import { prng } from "./corpus.js";
import { cannon, type CannonResult } from "./cannon.js";

export interface MixResult {
  subjects: number;
  bodies: number;
  runs: Record<string, CannonResult>;
}

const q = (s: string) => JSON.stringify(s);

/** Request bodies of the mix, Zipf over the people who met someone. */
export async function mixBodies(store: GraphStore, count = 20_000, seed = 3): Promise<{ bodies: string[]; subjects: number }> {
  const ranked = (await store.listPeople({ first: 1_000_000, orderBy: "MEETING_COUNT" })).rows;
  const met = await store.metWith(ranked.map((p) => p.id));
  const names = new Map(ranked.map((p) => [p.id, p.name]));
  const pool = ranked.map((p, i) => ({ name: p.name, others: met[i].map((m) => names.get(m.otherId)).filter((n): n is string => !!n) })).filter((p) => p.others.length);
  const rand = prng(seed);
  // Zipf (s = 1) by inverse transform over the cumulative weights
  const cum: number[] = [];
  let total = 0;
  for (let r = 1; r <= pool.length; r++) cum.push((total += 1 / r));
  const draw = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo];
  };
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = draw();
    const kind = rand();
    let query: string;
    if (kind < 0.4) query = `{ person(name: ${q(p.name)}) { name metWith { person { name } meetings { date place { name } } } } }`;
    else if (kind < 0.7) query = `{ meetings(participant: ${q(p.name)}, with: ${q(p.others[Math.floor(rand() * p.others.length)])}) { totalCount edges { node { date place { name } } } } }`;
    else if (kind < 0.9) query = `{ search(text: ${q(p.name.split(" ").pop() ?? p.name)}, first: 10) { edges { node { score } } } }`;
    else query = `{ path(a: ${q(p.name)}, b: ${q(draw().name)}, maxHops: 3) { hops { from { name } to { name } meeting { date } } } }`;
    bodies.push(JSON.stringify({ query }));
  }
  return { bodies, subjects: pool.length };
}

/** The mix at 1 and 32 connections, cache on and off, with `{ __typename }` on each server. */
export async function readMix(store: GraphStore, urls: { cacheOn: string; cacheOff: string }, seconds: number, log: (name: string, r: CannonResult, floor?: CannonResult) => void): Promise<MixResult> {
  const { bodies, subjects } = await mixBodies(store);
  const runs: Record<string, CannonResult> = {};
  const constant = [JSON.stringify({ query: "{ __typename }" })];
  for (const connections of [1, 32]) {
    for (const [cache, url] of [["off", urls.cacheOff], ["on", urls.cacheOn]] as const) {
      const floor = (runs[`constant-cache-${cache}@${connections}`] = await cannon({ url, bodies: constant, connections, duration: seconds }));
      log(`constant (cache ${cache}) c=${connections}`, floor);
      const r = (runs[`mix-cache-${cache}@${connections}`] = await cannon({ url, bodies, connections, duration: seconds }));
      log(`read mix (cache ${cache}) c=${connections}`, r, floor);
    }
  }
  // the same again on the caching server, which has now answered three runs of the mix: what a server sees once it
  // has served a while since the last write (every write empties both caches)
  const floor = runs["constant-cache-on@32"];
  const again = (runs["mix-cache-on-again@32"] = await cannon({ url: urls.cacheOn, bodies, connections: 32, duration: seconds }));
  log("read mix (cache on, again) c=32", again, floor);
  return { subjects, bodies: bodies.length, runs };
}

const pctl = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** One article at a time (`singles` of them, one after the other), then `batch` new articles at once. */
export async function ingestLatency(store: GraphStore, fresh: Article[], singles = 20): Promise<{ one: { n: number; p50: number; p90: number; max: number }; batch: { n: number; seconds: number; deriveSeconds: number; derivedReports: number } }> {
  const lat: number[] = [];
  for (const a of fresh.slice(0, singles)) {
    const t = performance.now();
    await ingestArticle(store, a);
    lat.push(performance.now() - t);
  }
  const rest = fresh.slice(singles);
  const t = performance.now();
  const s = await loadArticles(store, rest);
  return {
    one: { n: lat.length, p50: Math.round(pctl(lat, 50)), p90: Math.round(pctl(lat, 90)), max: Math.round(Math.max(...lat)) },
    batch: { n: s.new, seconds: Math.round((performance.now() - t) / 10) / 100, deriveSeconds: Math.round(s.deriveMs / 10) / 100, derivedReports: s.derivedReports },
  };
}
