// The Neo4j store: Neo4j 5 / 2025.x, a cluster or Aura, chosen by NEO4J_URI (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE). Same logic as the embedded store (cypher-store.ts), its own Cypher.
import { CypherStore } from "../cypher-store.js";
import { Neo4jExecutor } from "./executor.js";
import { Q, SCHEMA } from "./cypher.js";

export class Neo4jStore extends CypherStore {
  constructor(uri: string, user: string, password: string, database?: string) {
    super("neo4j", new Neo4jExecutor(uri, user, password, database), Q, SCHEMA);
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jStore {
    if (!env.NEO4J_URI) throw new Error("NEO4J_URI is not set");
    return new Neo4jStore(env.NEO4J_URI, env.NEO4J_USERNAME ?? "neo4j", env.NEO4J_PASSWORD ?? "", env.NEO4J_DATABASE || undefined);
  }
}
