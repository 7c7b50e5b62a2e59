// openStore: the graph store the process uses. Neo4j when NEO4J_URI is set (a server, a cluster or
// Aura), else the embedded Kuzu database at <dataDir>/graph.kuzu. Both are created idempotently.
import { join } from "node:path";
import type { GraphStore } from "./types.js";

export type { GraphStore } from "./types.js";

export interface OpenOptions {
  /** Directory of the embedded store (default: KG_DATA or ./data). Ignored for Neo4j. */
  dataDir?: string;
  /** Force an adapter; default: neo4j when NEO4J_URI is set, else kuzu. */
  kind?: "kuzu" | "neo4j";
}

export async function openStore(opts: OpenOptions = {}): Promise<GraphStore> {
  const kind = opts.kind ?? (process.env.NEO4J_URI ? "neo4j" : "kuzu");
  let store: GraphStore;
  if (kind === "neo4j") {
    const { Neo4jStore } = await import("./neo4j/store.js");
    store = Neo4jStore.fromEnv();
  } else {
    const { KuzuStore } = await import("./kuzu/store.js");
    store = await KuzuStore.open(join(opts.dataDir ?? process.env.KG_DATA ?? "./data", "graph.kuzu"));
  }
  await store.init();
  return store;
}
