// The Neo4j store: Neo4j 5 / 2025.x, a cluster or Aura, chosen by NEO4J_URI (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE). Same logic as the embedded store (cypher-store.ts), its own Cypher.
import { CypherStore } from "../cypher-store.js";
import { Neo4jExecutor } from "./executor.js";
import { ADMIN, Q, SCHEMA } from "./cypher.js";

export class Neo4jStore extends CypherStore {
  private readonly neo: Neo4jExecutor;

  constructor(uri: string, user: string, password: string, database?: string) {
    const x = new Neo4jExecutor(uri, user, password, database);
    super("neo4j", x, Q, SCHEMA);
    this.neo = x;
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jStore {
    if (!env.NEO4J_URI) throw new Error("NEO4J_URI is not set");
    return new Neo4jStore(env.NEO4J_URI, env.NEO4J_USERNAME ?? "neo4j", env.NEO4J_PASSWORD ?? "", env.NEO4J_DATABASE || undefined);
  }

  /** Checks the address, the credentials and the database first (a few seconds, one clear line), then creates the schema. */
  async init(): Promise<void> {
    try {
      await this.neo.verify();
    } catch (e) {
      await this.close().catch(() => {});
      throw e;
    }
    await super.init();
  }

  /** Deletes every node and relationship of the database, in chunks (each test starts from an empty one). */
  async clear(): Promise<void> {
    while (Number((await this.x.run(ADMIN.clearChunk))[0]?.n ?? 0) > 0);
  }

  /** Per article: how many mentions and event reports it has (the crash-safety test's "no half article"). */
  async articleContents(): Promise<Map<string, { mentions: number; reports: number }>> {
    const rows = await this.x.run(ADMIN.articleContents);
    return new Map(rows.map((r) => [String(r.id), { mentions: Number(r.mentions), reports: Number(r.reports) }]));
  }
}
