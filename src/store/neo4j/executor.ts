// Neo4jExecutor: the one boundary to Neo4j (after neo4j/graphql's Executor.ts). One driver per
// process; managed transactions (executeRead / executeWrite, retried by the driver on transient
// errors such as a deadlock, a cluster leader change or an Aura restart: the driver's own errors reach
// it unwrapped, and are mapped to StoreError only once it has given up); integers as JS numbers; round
// trips counted. `verify()` checks the server, the credentials and the database at start, within a few
// seconds (an address that does not answer: 4 s), and says in one line which is wrong and how to fix it.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { isWrite, type Executor, type Params, type Row } from "../cypher-types.js";
import { StoreError } from "../kuzu/executor.js";

/** Parameters that Cypher needs as integers (SKIP, LIMIT). */
const INTEGER_PARAMS = new Set(["skip", "limit"]);

function toNeo4j(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = INTEGER_PARAMS.has(k) && typeof v === "number" ? neo4j.int(v) : v;
  return out;
}

/** How long connecting may take (TCP and Bolt handshake): a wrong or dead address fails within it. */
const CONNECT_MS = 4_000;
/** How long a server that accepted the connection may take to answer the first query (a busy one can pause). */
const FIRST_ANSWER_MS = 30_000;

export class Neo4jExecutor implements Executor {
  roundTrips = 0;
  private readonly driver: Driver;

  constructor(
    private readonly uri: string,
    private readonly user: string,
    password: string,
    private readonly database?: string,
  ) {
    try {
      this.driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true, connectionTimeout: CONNECT_MS, connectionAcquisitionTimeout: 60_000 });
    } catch (e) {
      throw new StoreError(`NEO4J_URI=${uri} is not a Neo4j address (${(e as Error).message}); use bolt://HOST:7687 or neo4j://HOST:7687 (neo4j+s:// for Aura)`, "STORE_UNAVAILABLE");
    }
  }

  /** One round trip to the database: fails fast, in one line, on a wrong address, credentials or database. */
  async verify(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error("timed out"), { code: "ServiceUnavailable" })), FIRST_ANSWER_MS);
    });
    try {
      await Promise.race([session.run("RETURN 1 AS ok"), timeout]);
    } catch (e) {
      throw this.startError(e);
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  private startError(e: unknown): StoreError {
    const code = (e as { code?: string }).code ?? "";
    const db = this.database ?? "neo4j (the server's default)";
    const message = String((e as Error).message ?? e);
    let why = `Neo4j at ${this.uri} failed at start (${code || "error"}: ${firstLine(e)}): check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE`;
    if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") why = `Neo4j at ${this.uri} refused user "${this.user}" and its password: set NEO4J_USERNAME and NEO4J_PASSWORD to a valid user`;
    else if (code === "Neo.ClientError.Database.DatabaseNotFound") why = `Neo4j at ${this.uri} has no database "${db}": set NEO4J_DATABASE to an existing one (Neo4j Community has only "neo4j"), or unset it`;
    else if (code === "Neo.ClientError.Database.DatabaseUnavailable") why = `the database "${db}" on Neo4j at ${this.uri} is not online: start it (START DATABASE) or set NEO4J_DATABASE to another`;
    else if (/responded HTTP/.test(message)) why = `${this.uri} answers HTTP, not Bolt: point NEO4J_URI at the Bolt port (7687 by default), not the browser's (7474)`;
    else if (code === "ServiceUnavailable" || code === "SessionExpired") why = `cannot reach Neo4j at ${this.uri} (${unreachable(e)}): start Neo4j there (npm run neo4j starts a test one), fix NEO4J_URI, or unset NEO4J_URI to use the embedded store`;
    return new StoreError(why, "STORE_UNAVAILABLE");
  }

  async run(query: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database });
    try {
      const work = (tx: ManagedTransaction) => this.exec(tx, query, params);
      return await (isWrite(query) ? session.executeWrite(work) : session.executeRead(work));
    } catch (e) {
      throw mapError(e, query);
    } finally {
      await session.close();
    }
  }

  async transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    let last = "";
    try {
      // the driver runs fn again on a transient error (a new transaction: fn must only depend on what it reads)
      return await session.executeWrite((tx) => fn((q, p = {}) => this.exec(tx, (last = q), p)));
    } catch (e) {
      throw mapError(e, last);
    } finally {
      await session.close();
    }
  }

  /** Raw driver errors pass through, so that executeRead/executeWrite can tell a transient one and retry. */
  private async exec(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
    this.roundTrips++;
    const res = await tx.run(query, toNeo4j(params));
    return res.records.map((r) => r.toObject() as Row);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

function firstLine(e: unknown): string {
  return String((e as Error).message ?? e).split("\n")[0].slice(0, 200);
}

/** Why a server could not be reached, in a few words. */
function unreachable(e: unknown): string {
  const m = String((e as Error).message ?? e);
  const cause = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)\b/.exec(m)?.[1];
  const words: Record<string, string> = { ECONNREFUSED: "connection refused", ENOTFOUND: "unknown host", EAI_AGAIN: "unknown host", ETIMEDOUT: "timed out", EHOSTUNREACH: "host unreachable", ECONNRESET: "connection reset" };
  return cause ? words[cause] : m === "timed out" ? `connected, but no answer in ${FIRST_ANSWER_MS / 1000} s` : firstLine(e).slice(0, 120);
}

function mapError(e: unknown, query: string): unknown {
  if (e instanceof StoreError) return e;
  if (e instanceof Neo4jError) {
    const unavailable = e.code === "ServiceUnavailable" || e.code === "SessionExpired";
    return new StoreError(`Neo4j ${unavailable ? "unavailable" : "query failed"}: ${firstLine(e)}`, unavailable ? "STORE_UNAVAILABLE" : "STORE_QUERY_FAILED", query);
  }
  return e;
}
