// Neo4jExecutor: the one boundary to Neo4j (after neo4j/graphql's Executor.ts). One driver per
// process; managed transactions (executeRead / executeWrite, retried by the driver on transient
// errors, so a cluster leader change or an Aura restart does not fail a request); integers as JS
// numbers; round trips counted; errors mapped to StoreError with a code.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { isWrite, type Executor, type Params, type Row } from "../cypher-store.js";
import { StoreError } from "../kuzu/executor.js";

/** Parameters that Cypher needs as integers (SKIP, LIMIT). */
const INTEGER_PARAMS = new Set(["skip", "limit"]);

function toNeo4j(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = INTEGER_PARAMS.has(k) && typeof v === "number" ? neo4j.int(v) : v;
  return out;
}

export class Neo4jExecutor implements Executor {
  roundTrips = 0;
  private readonly driver: Driver;

  constructor(uri: string, user: string, password: string, private readonly database?: string) {
    this.driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  }

  async run(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database });
    try {
      const work = (tx: ManagedTransaction) => this.exec(tx, query, params);
      return await (isWrite(query) ? session.executeWrite(work) : session.executeRead(work));
    } finally {
      await session.close();
    }
  }

  async transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite((tx) => fn((q, p = {}) => this.exec(tx, q, p)));
    } finally {
      await session.close();
    }
  }

  private async exec(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
    this.roundTrips++;
    try {
      const res = await tx.run(query, toNeo4j(params));
      return res.records.map((r) => r.toObject() as Row);
    } catch (e) {
      throw new StoreError(`Neo4j query failed: ${(e as Error).message}`, "STORE_QUERY_FAILED", query);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
