// Every Neo4j Cypher string, linted by Neo4j's own front end (@neo4j-cypher/language-support: the
// Cypher parser and semantic analysis), given the labels, relationship types and properties the app
// uses. Zero errors and zero unknown-schema warnings allowed.
import { describe, expect, it } from "vitest";
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { ADMIN, GRAPH, Q, SCHEMA } from "../../src/store/neo4j/cypher.js";

/** Every query string: constants, and builders applied to every label they accept. */
function allQueries(): Array<[string, string]> {
  const out: Array<[string, string]> = SCHEMA.map((q, i) => [`SCHEMA[${i}]`, q]);
  for (const [name, q] of Object.entries(ADMIN)) out.push([`ADMIN.${name}`, q]);
  for (const [name, q] of Object.entries(Q)) {
    if (typeof q === "string") out.push([name, q]);
    else for (const label of ["Person", "Place", "Organization"] as const) out.push([`${name}(${label})`, (q as (l: typeof label) => string)(label)]);
  }
  return out;
}

const text = (m: string | { value: string }) => (typeof m === "string" ? m : m.value);

function lint(query: string) {
  const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  const schema = { ...GRAPH, parameters };
  return lintCypherQuery(query, schema).diagnostics;
}

describe("Neo4j Cypher lint", () => {
  it.each(allQueries())("%s has no errors", (_, query) => {
    const problems = lint(query).filter((d) => d.severity === 1 || /not present in the database|deprecated/i.test(text(d.message)));
    expect(problems.map((d) => text(d.message))).toEqual([]);
  });

  it("catches a broken query and an unknown label (the linter is really on)", () => {
    expect(lint("MATCH (p:Person RETURN p").some((d) => d.severity === 1)).toBe(true);
    expect(lint("MATCH (p:Persn) RETURN p.id").some((d) => /Persn/.test(text(d.message)))).toBe(true);
  });
});
