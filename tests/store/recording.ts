// The TCK-style snapshots' recorder (tests/store/operations.test.ts, tests/neo4j/operations.test.ts):
// a real store (Kuzu in a temp dir, or the Neo4j at NEO4J_URI, emptied) loaded with the contract
// fixtures, whose executor passes every statement through to the database and keeps what was sent.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CypherStore, type Executor, type Params } from "../../src/store/cypher-store.js";
import { KuzuExecutor } from "../../src/store/kuzu/executor.js";
import { Q as KUZU_Q, SCHEMA as KUZU_SCHEMA } from "../../src/store/kuzu/cypher.js";
import { Neo4jExecutor } from "../../src/store/neo4j/executor.js";
import { Q as NEO4J_Q, SCHEMA as NEO4J_SCHEMA } from "../../src/store/neo4j/cypher.js";
import { Neo4jStore } from "../../src/store/neo4j/store.js";
import { article, derived, injectionArticle } from "./fixtures.js";

export interface Sent {
  cypher: string;
  params: Params;
}

/** Passes every statement through to the real executor, and keeps what was sent. */
function recording(x: Executor): Executor & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    get roundTrips() {
      return x.roundTrips;
    },
    set roundTrips(n: number) {
      x.roundTrips = n;
    },
    run: (q, p = {}) => (sent.push({ cypher: q, params: p }), x.run(q, p)),
    transaction: (fn) => x.transaction((run) => fn((q, p = {}) => (sent.push({ cypher: q, params: p }), run(q, p)))),
    close: () => x.close(),
  };
}

export async function setUp(kind: "kuzu" | "neo4j"): Promise<{ store: CypherStore; sent: Sent[]; cleanup: () => Promise<void> }> {
  let exec: Executor;
  let dir = "";
  if (kind === "kuzu") {
    dir = mkdtempSync(join(tmpdir(), "kg-ops-"));
    exec = new KuzuExecutor(join(dir, "graph.kuzu"));
  } else {
    const empty = Neo4jStore.fromEnv();
    await empty.init();
    await empty.clear();
    await empty.close();
    exec = new Neo4jExecutor(process.env.NEO4J_URI!, process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? "");
  }
  const rec = recording(exec);
  const store = kind === "kuzu" ? new CypherStore("kuzu", rec, KUZU_Q, KUZU_SCHEMA) : new CypherStore("neo4j", rec, NEO4J_Q, NEO4J_SCHEMA);
  await store.init();
  await store.writeArticles([article(1), article(2)]);
  await store.writeArticle(injectionArticle());
  await store.replaceDerived(derived());
  // the checkpoint the small writes share would otherwise land in the middle of a traced operation
  await store.flush();
  return {
    store,
    sent: rec.sent,
    cleanup: async () => {
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What one operation sent, and what it answered. */
export async function trace<T>(s: { sent: Sent[] }, op: () => Promise<T>): Promise<{ sent: Sent[]; answer: T }> {
  s.sent.length = 0;
  const answer = await op();
  return { sent: [...s.sent], answer };
}

