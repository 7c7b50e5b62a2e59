// The embedded default store: Kuzu, a single-file in-process graph database (./data/graph.kuzu).
import { CypherStore } from "../cypher-store.js";
import { KuzuExecutor } from "./executor.js";
import { Q, SCHEMA, SMALL } from "./cypher.js";

export class KuzuStore extends CypherStore {
  constructor(path: string) {
    super("kuzu", new KuzuExecutor(path), { ...Q, small: SMALL }, SCHEMA);
    this.soleWriter = true; // the embedded store is opened by one process only
  }
}
