// Reliability of the store under repetition, kills and hostile strings, on the real store (embedded
// Kuzu; Neo4j when NEO4J_URI is set, in npm run test:neo4j) and the real HTTP server (never a mock):
//   - idempotency: seeds + a 1k synthetic corpus loaded twice give identical stats and ids;
//   - crash safety: `kg load` SIGKILLed at several points of a 1k load (on Kuzu; once on Neo4j): after
//     each kill the store, opened as `kg serve` opens it, serves no half article (each has its mentions
//     and reports, exactly as in the uninterrupted load, and the full `kg check` passes), and the
//     restarted load ends with the same graph as an uninterrupted load;
//   - injection: Cypher- and SQL-looking names, titles and search strings are stored and returned as
//     text, and the graph is intact afterwards.
// Sizes: RELIABILITY_CORPUS_N (default 1000). Every loop is bounded by count and time.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../bench/corpus.js";
import { startHttp } from "../../src/api/server.js";
import { articleFromText, isIngestFailure, readSources } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { loadArticles } from "../../src/pipeline.js";
import type { KuzuStore } from "../../src/store/kuzu/store.js";
import type { Neo4jStore } from "../../src/store/neo4j/store.js";
import type { GraphStore } from "../../src/store/types.js";
import { openTestStore, reopenStore, STORE_KIND } from "../neo4j/store.js";
import { afterMs, walTrigger } from "./helpers.js";

const ROOT = join(import.meta.dirname, "../..");
const N = Number(process.env.RELIABILITY_CORPUS_N ?? 1000);
const SEED = 11;

const dirs: string[] = [];
const tempDir = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), `kg-safety-${p}-`));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const corpusArticles = (): Article[] =>
  generate(N, SEED).articles.map((a) => {
    const r = articleFromText(a.text, { uri: a.uri, language: a.language, publishedAt: a.publishedAt, source: a.source }, { headers: false });
    if (isIngestFailure(r)) throw new Error(`${r.uri}: ${r.reason}`);
    return r;
  });

/** Every id a page lister returns, bounded to 100k rows. */
async function allIds<T extends { id: string }>(list: (after: string | null) => Promise<{ rows: T[]; hasNextPage: boolean; endCursor: string | null }>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const page = await list(after);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return ids.sort();
}

/** Stats and the ids of every article, person, place, organisation, contact and agreement. */
async function snapshot(store: GraphStore) {
  return {
    stats: await store.stats(),
    articles: await allIds((after) => store.listArticles({ first: 100, after })),
    people: await allIds((after) => store.listPeople({ first: 100, after })),
    places: await allIds((after) => store.listPlaces({ first: 100, after })),
    organizations: await allIds((after) => store.listOrganizations({ first: 100, after })),
    contacts: await allIds((after) => store.listMeetings({ first: 100, after, kinds: ["meeting", "call", "planned", "cancelled", "denied", "visit"] })),
    agreements: await allIds((after) => store.listAgreements({ first: 100, after })),
  };
}

/**
 * Opens the store as `kg serve` would (on Kuzu after a kill: the rebuild and the removal of incomplete
 * articles, src/store/kuzu/recover.ts) and reads, per article, its mentions and reports, and the full
 * `kg check` report. No loader may be running.
 */
async function storedState(dataDir: string): Promise<{ contents: Map<string, { mentions: number; reports: number }>; problems: string[] }> {
  const store = (await reopenStore(dataDir)) as KuzuStore | Neo4jStore;
  try {
    const report = await store.checkIntegrity();
    return { contents: await store.articleContents(), problems: report.problems.map((p) => `${p.id}: ${p.problem}`) };
  } finally {
    await store.close();
  }
}

/** Polls a Neo4j store (every 100 ms, one query) for the first of `ids` committed; firstAt() is when it was seen. */
async function watchCommits(dataDir: string, ids: string[]): Promise<{ firstAt(): number | undefined; stop(): Promise<void> }> {
  const store = await reopenStore(dataDir);
  let first: number | undefined;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || first !== undefined) return;
    busy = true;
    store
      .existingArticles(ids)
      .then((found) => void (found.size > 0 && (first = Date.now())), () => {})
      .finally(() => (busy = false));
  }, 100);
  return {
    firstAt: () => first,
    async stop() {
      clearInterval(timer);
      await store.close();
    },
  };
}

/** Articles per commit in the killed loads: small enough that a load commits several times before it ends, so kills
 * land before, inside and after commits (the default, 2,000, would commit once or twice in these corpora). */
const KILL_BATCH = "500";

/** `kg load --data DIR FILE` as its own process (node --import tsx: one process, so a kill hits the loader itself). */
function kgLoad(dataDir: string, file: string, killWhen?: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/kg.ts"), "load", "--data", dataDir, file], { cwd: ROOT, env: { ...process.env, KG_BATCH: KILL_BATCH }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()).length > 20_000 && (stderr = stderr.slice(-10_000)));
    child.stdout.resume();
    const poll = killWhen
      ? setInterval(() => {
          if (!killed && killWhen()) {
            killed = true;
            child.kill("SIGKILL");
          }
        }, 20)
      : undefined;
    const guard = setTimeout(() => child.kill("SIGKILL"), 280_000);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      clearTimeout(guard);
      resolve({ code, signal, killed, stderr });
    });
  });
}

describe("idempotency", () => {
  it(`loading the seeds and ${N} synthetic articles twice gives identical counts and ids`, async () => {
    const store = await openTestStore(tempDir("idem"));
    try {
      const articles = corpusArticles();
      const source = async function* () {
        yield* readSources([join(ROOT, "seeds")]);
        yield* articles;
      };
      const first = await loadArticles(store, source());
      expect(first.failed).toBe(0);
      expect(first.new).toBe(N + 5);
      const a = await snapshot(store);
      const second = await loadArticles(store, source());
      expect(second.new).toBe(0);
      expect(second.unchanged).toBe(N + 5);
      const b = await snapshot(store);
      expect(b).toEqual(a);
      expect(a.stats.articles).toBe(N + 5);
      expect(a.contacts.length).toBeGreaterThan(N / 2);
    } finally {
      await store.close();
    }
  }, 600_000);
});

describe("crash safety", () => {
  it(`SIGKILLs at several points of a ${N}-article kg load: after each, every stored article is whole and kg check passes; the resumed load ends with the uninterrupted graph`, async () => {
    const work = tempDir("crash");
    const file = join(work, "corpus.jsonl");
    writeFileSync(file, generate(N, SEED).articles.map((a) => JSON.stringify(a)).join("\n") + "\n");

    // the reference: one uninterrupted load (on Neo4j, into the emptied database, read and emptied again)
    const refDir = join(work, "ref");
    await (await openTestStore(refDir)).close();
    const refStart = Date.now();
    // (Kuzu: when the first batch's commit shows in the log file, to time the first kill below)
    const firstCommit = walTrigger(join(refDir, "graph.kuzu.wal"), "commit", 0);
    let firstCommitMs: number | undefined;
    const ref = await kgLoad(refDir, file, () => {
      if (firstCommitMs === undefined && firstCommit()) firstCommitMs = Date.now() - refStart;
      return false; // (never killed)
    });
    const refMs = Date.now() - refStart;
    expect(ref.code, ref.stderr).toBe(0);
    const { contents: full } = await storedState(refDir);
    const s1 = await reopenStore(refDir);
    const refSnap = await snapshot(s1);
    await s1.close();

    // Kuzu: three kills of the load and its resumptions, at points read from the database's log file
    // (graph.kuzu.wal; a batch's commit writes about 1 MB to it, and its checkpoint empties it):
    //   1. 30% to 90% of the time the uninterrupted load took to its first commit (start-up or extraction);
    //   2. 0 to 400 ms after a batch's commit is seen in the log (in the commit or its checkpoint);
    //   3. 0 to 1,000 ms after a batch's checkpoint is seen done (so some batch is surely committed).
    // Neo4j can be watched while the loader writes: one kill, as soon as the first batch is seen
    // committed, so that the killed load has stored some articles, not all.
    const killedDir = join(work, "killed");
    await (await openTestStore(killedDir)).close();
    const kills = STORE_KIND === "neo4j" ? 1 : 3;
    let storedAfterAKill = 0;
    for (let k = 0; k < kills; k++) {
      const watch = STORE_KIND === "neo4j" ? await watchCommits(killedDir, corpusArticles().map((a) => a.id)) : undefined;
      const started = Date.now();
      const when = watch ? () => watch.firstAt() !== undefined : k === 0 ? afterMs(Math.round((firstCommitMs ?? refMs / 2) * (0.3 + Math.random() * 0.6))) : walTrigger(join(killedDir, "graph.kuzu.wal"), k === 1 ? "commit" : "checkpoint", Math.random() * (k === 1 ? 400 : 1000));
      const killed = await kgLoad(killedDir, file, when).finally(() => watch?.stop());
      if (k === 0) expect(killed.killed, `the loader finished before it could be killed:\n${killed.stderr}`).toBe(true);
      if (!killed.killed) {
        // a resumed load finished before its kill: it must have finished cleanly
        expect(killed.code, killed.stderr).toBe(0);
        break;
      }
      expect(killed.signal).toBe("SIGKILL");

      // no half article: every article that is served has its mentions and its reports, exactly as in
      // the uninterrupted load, and the checksum written with it (the full kg check passes)
      const { contents: partial, problems } = await storedState(killedDir);
      console.log(`crash safety (${STORE_KIND}): kill ${k + 1} after ${Date.now() - started} ms (the uninterrupted load took ${refMs} ms, ${firstCommitMs ?? "?"} ms to its first commit); ${partial.size} of ${full.size} articles stored, each complete`);
      expect(problems).toEqual([]);
      if (k === 0) expect(partial.size).toBeLessThan(full.size);
      if (watch) expect(partial.size).toBeGreaterThan(0);
      if (partial.size > 0) storedAfterAKill++;
      for (const [id, c] of partial) {
        expect(c.mentions, `article ${id} stored without mentions`).toBeGreaterThan(0);
        expect(c, `article ${id} differs from the uninterrupted load`).toEqual(full.get(id));
      }
    }
    // at least one kill came after some batch was committed (the check above compared real articles)
    expect(storedAfterAKill).toBeGreaterThan(0);

    // the restarted load finishes the job
    const resumed = await kgLoad(killedDir, file);
    expect(resumed.code, resumed.stderr).toBe(0);

    const s3 = await reopenStore(killedDir);
    const resumedSnap = await snapshot(s3);
    // checked through the API as well: every article has its text and the same stats
    const server = await startHttp({ store: s3, port: 0 });
    try {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { articles people meetings } articles(first: 100) { totalCount edges { node { id text } } } }" }),
      });
      const body = (await res.json()) as { data: { stats: { articles: number }; articles: { totalCount: number; edges: Array<{ node: { text: string } }> } }; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data.stats.articles).toBe(N);
      expect(body.data.articles.totalCount).toBe(N);
      for (const e of body.data.articles.edges) expect(e.node.text.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
      await s3.close();
    }
    expect(resumedSnap).toEqual(refSnap);
    const after = await storedState(killedDir);
    expect(after.problems).toEqual([]);
    expect(after.contents).toEqual(full);
  }, 900_000);
});

describe("injection", () => {
  const HOSTILE = ["'}) DETACH DELETE n //", '" OR 1=1', "'; DROP TABLE Article; --", "MATCH (n) DETACH DELETE n", "$ids", "\\' RETURN 1 //", "`x` }) RETURN n"];

  it("hostile strings in articles, titles, names and search arguments are stored and returned as text; the graph is intact", async () => {
    const store = await openTestStore(tempDir("inject"));
    const token = "reliability-token";
    const server = await startHttp({
      store,
      port: 0,
      mutationToken: token,
      ingest: async (article) => {
        const s = await loadArticles(store, [article]);
        return { created: s.new > 0, articleId: article.id };
      },
    });
    const gql = async (query: string, variables: Record<string, unknown> = {}, auth = false) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    };
    try {
      await loadArticles(store, readSources([join(ROOT, "seeds")]));
      const before = await snapshot(store);
      expect(before.stats.people).toBeGreaterThan(0);

      for (const [i, h] of HOSTILE.entries()) {
        const text = `Foreign Minister ${h} met President ${h} in Paris on 3 March 2025.\nThe minister ${h} said talks were useful.`;
        const r = await gql(
          "mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { id title source uri text } } }",
          { input: { text, title: h, source: h, uri: `inject:${i}:${h}`, language: "en" } },
          true,
        );
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const got = (r.data!.ingestArticle as { created: boolean; article: { id: string; title: string; source: string; uri: string; text: string } }).article;
        expect(got.title).toBe(h);
        expect(got.source).toBe(h);
        expect(got.uri).toBe(`inject:${i}:${h}`);
        expect(got.text).toBe(text);
        const back = await gql("query($id: ID!) { article(id: $id) { title source text } }", { id: got.id });
        expect(back.data!.article).toEqual({ title: h, source: h, text });
      }

      // the same strings as query arguments: plain misses or user errors, never a server error
      for (const h of HOSTILE) {
        for (const [q, vars] of [
          ["query($t: String!) { search(text: $t) { edges { node { score node { ... on Node { id } } } } } }", { t: h }],
          ["query($n: String!) { person(name: $n) { id name } }", { n: h }],
          ["query($n: String!) { meetings(participant: $n, with: $n) { totalCount } }", { n: h }],
          ["query($n: String!) { connection(a: $n, b: $n, maxHops: 3) { hops { from { id } } } }", { n: h }],
          ["query($n: String!) { people(search: $n) { totalCount } }", { n: h }],
          ["query($n: ID!) { node(id: $n) { id } }", { n: h }],
        ] as Array<[string, Record<string, unknown>]>) {
          const r = await gql(q, vars);
          for (const e of r.errors ?? []) expect(e.extensions?.code, `${q} ${h}: ${e.message}`).not.toBe("INTERNAL_SERVER_ERROR");
        }
        // inlined into the query text (escaped as a GraphQL string), too
        const inline = await gql(`{ search(text: ${JSON.stringify(h)}) { totalCount } person(name: ${JSON.stringify(h)}) { id } }`);
        for (const e of inline.errors ?? []) expect(e.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
      }

      // intact: everything that was there is still there, plus the new articles
      const after = await snapshot(store);
      expect(after.stats.articles).toBe(before.stats.articles + HOSTILE.length);
      for (const k of ["people", "places", "organizations"] as const) for (const id of before[k]) expect(after[k]).toContain(id);
      expect(after.stats.people).toBeGreaterThanOrEqual(before.stats.people);
      expect(after.stats.mentions).toBeGreaterThan(before.stats.mentions);
    } finally {
      await server.stop();
      await store.close();
    }
  }, 300_000);
});
