// The graph model is declared once (src/store/graph.ts); the Kuzu tables, the Neo4j constraints and
// indexes, the linter's schema and the bulk-insert columns all come from it.
import { describe, expect, it } from "vitest";
import { columnsOf, NODES, RELS } from "../../src/store/graph.js";
import { Q as KUZU_Q, SCHEMA as KUZU_SCHEMA } from "../../src/store/kuzu/cypher.js";
import { GRAPH, SCHEMA as NEO4J_SCHEMA } from "../../src/store/neo4j/cypher.js";

describe("the graph model", () => {
  it("gives Kuzu one table per label and relationship type, and Neo4j one uniqueness constraint per label", () => {
    const labels = Object.keys(NODES);
    expect(KUZU_SCHEMA.filter((q) => q.startsWith("CREATE")).map((q) => /TABLE IF NOT EXISTS (\w+)\(/.exec(q)![1])).toEqual([...labels, ...Object.keys(RELS)]);
    expect(NEO4J_SCHEMA.filter((q) => q.startsWith("CREATE CONSTRAINT")).map((q) => /FOR \(n:(\w+)\)/.exec(q)![1])).toEqual(labels);
    expect(GRAPH.labels).toEqual(labels);
    expect(GRAPH.relationshipTypes).toEqual(Object.keys(RELS));
  });

  it("declares the Neo4j constraints and indexes", () => {
    expect(NEO4J_SCHEMA.slice(-3)).toMatchInlineSnapshot(`
      [
        "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
        "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
        "CREATE TEXT INDEX name_key_text IF NOT EXISTS FOR (n:NameKey) ON (n.key)",
      ]
    `);
    expect(NEO4J_SCHEMA[4]).toMatchInlineSnapshot(`"CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE"`);
  });

  it("gives the bulk inserts their columns: every property, `end` from the row's endAt, dates marked", () => {
    expect(columnsOf("Mention").map((c) => `${c.prop}←${c.key}`)).toEqual(["id←id", "text←text", "lang←lang", "start←start", "end←endAt", "kind←kind"]);
    expect(columnsOf("MET").filter((c) => c.date).map((c) => c.prop)).toEqual(["date"]);
    expect(KUZU_Q.insertClaims).toBe(`COPY RoleClaim FROM (UNWIND $rows AS r RETURN ${Object.entries(NODES.RoleClaim.props).map(([p, t]) => (t === "DATE" ? `date(r.${p})` : `r.${p === "end" ? "endAt" : p}`)).join(", ")})`);
  });
});
