// The store a test runs on: Neo4j when NEO4J_URI is set (npm run test:neo4j), else a fresh embedded Kuzu
// database in the given folder. One Neo4j server serves the whole Neo4j suite (its files run one at a
// time), so a test that opens the Neo4j store starts from an empty database.
import { openStore } from "../../src/store/index.js";
import { Neo4jStore } from "../../src/store/neo4j/store.js";
import type { GraphStore } from "../../src/store/types.js";

export type StoreKind = "kuzu" | "neo4j";
export const STORE_KIND: StoreKind = process.env.NEO4J_URI ? "neo4j" : "kuzu";

/**
 * Opens the store of `kind` (default: the suite's); Neo4j is emptied first, then initialised again, so it
 * starts as a new store does (its generation and derivation marker written, nothing to re-derive).
 */
export async function openTestStore(dataDir: string, kind: StoreKind = STORE_KIND): Promise<GraphStore> {
  const store = await openStore({ dataDir, kind });
  if (store instanceof Neo4jStore) {
    await store.clear();
    await store.init();
  }
  return store;
}

/** Opens an existing store without emptying it (to read what a `kg load` process wrote). */
export function reopenStore(dataDir: string, kind: StoreKind = STORE_KIND): Promise<GraphStore> {
  return openStore({ dataDir, kind });
}
