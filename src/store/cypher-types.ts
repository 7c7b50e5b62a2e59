// The boundary every Cypher store shares: how an adapter runs Cypher (its executor) and the named
// queries it provides. Adapters (store/kuzu, store/neo4j) implement these; cypher-store.ts uses them.
import type { buildQueries } from "./queries.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** The one boundary to a database: how an adapter runs Cypher. */
export interface Executor {
  roundTrips: number;
  run(query: string, params?: Params): Promise<Row[]>;
  /**
   * Runs one read once per parameter set, in one call (one round trip to the store: Kuzu runs them
   * back to back on one connection), and returns all their rows. Adapters whose queries take lists
   * (Neo4j) need not have it.
   */
  runEach?(query: string, each: Params[]): Promise<Row[]>;
  /** runEach, with the rows of each parameter set apart (the read cache keeps them key by key). */
  runEachGrouped?(query: string, each: Params[]): Promise<Row[][]>;
  transaction<T>(fn: (run: (q: string, p?: Params) => Promise<Row[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Statements that change the database (a Neo4j write session, the Kuzu writer connection); the rest are reads. */
export const isWrite = (q: string) => /\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|COPY|ALTER|BEGIN|COMMIT|ROLLBACK|CHECKPOINT|CALL|INSTALL|LOAD)\b/i.test(q);

/** The named queries an adapter provides (same names, each in its own dialect). */
export type Queries = ReturnType<typeof buildQueries> & {
  /** Who-met's rows come without their place, which the store adds from its directory (queries.ts Dialect.placesApart). */
  placesApart?: boolean;
  shortestPath?: string;
  /**
   * Kuzu: the shortest chain of MET edges of at most h hops, by h (1 … MAX_HOPS; a recursive pattern's bound is
   * no parameter in Kuzu). Kuzu 0.11 takes no parameter inside a recursive pattern's filter, so a date range
   * falls back to the search of path.ts.
   */
  shortestMetUpTo?: readonly string[];
  /** Run after each committed batch of articles (Kuzu: CHECKPOINT, so a kill later finds no committed work left in the WAL to replay). */
  afterWrite?: string;
  /** For a bulk insert query, the query to use for a few rows (Kuzu: a COPY has a large fixed cost). */
  small?: Map<string, string>;
  /** For a read by a list of keys, the same read by one key (Kuzu: only `{id: $id}` uses its index; queries.ts oneKey). */
  one?: Map<string, string>;
};

export const LABEL = { person: "Person", place: "Place", organization: "Organization" } as const;
export type EntityLabel = (typeof LABEL)[keyof typeof LABEL];
