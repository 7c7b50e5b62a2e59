// Every Cypher string of the Kuzu adapter, named, in one place (snapshotted in tests/store/cypher.test.ts).
// Values always travel as parameters ($name); nothing from a user is ever spliced into a string.
import { NODES, RELS } from "../graph.js";
import { buildQueries, prop, value } from "../queries.js";

/** Declared tables (from the graph model, store/graph.ts), created idempotently at start. */
export const SCHEMA = [
  ...Object.entries(NODES).map(([label, n]) => `CREATE NODE TABLE IF NOT EXISTS ${label}(${[...Object.entries(n.props).map(([p, t]) => `${prop(p)} ${t}`), `PRIMARY KEY(${n.key})`].join(", ")})`),
  ...Object.entries(RELS).map(([type, r]) => `CREATE REL TABLE IF NOT EXISTS ${type}(${[...r.pairs.map(([f, t]) => `FROM ${f} TO ${t}`), ...Object.entries(r.props ?? {}).map(([p, t]) => `${prop(p)} ${t}`)].join(", ")})`),
  // a store made before Article.checksum gets the column (its articles have none: kg check counts them apart)
  "ALTER TABLE Article ADD IF NOT EXISTS checksum STRING",
];


/**
 * Bulk inserts are COPY … FROM (UNWIND $rows …): the columns must come in the table's declared order
 * (above). A relationship table with several FROM/TO pairs is told which pair by the copy options.
 * MATCH … CREATE per row costs about a millisecond a row in Kuzu; COPY costs microseconds.
 */
export const Q: ReturnType<typeof buildQueries> & { afterWrite?: string } = {
  afterWrite: "CHECKPOINT",
  ...buildQueries({
  str: (x) => `CAST(${x} AS STRING)`,
  // Kuzu's planner otherwise scans the whole relationship table from the far side and joins
  hint: (order) => ` HINT ${order}`,
  insertNodes: (label, columns) => `COPY ${label} FROM (UNWIND $rows AS r RETURN ${columns.map(value).join(", ")})`,
  insertRels: (type, from, to, props = []) => `COPY ${type} FROM (UNWIND $rows AS r RETURN ${["r.a", "r.b", ...props.map(value)].join(", ")}) (from='${from}', to='${to}')`,
}),
};
