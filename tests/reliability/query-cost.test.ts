// Issue 15, items 2 and 3: the cost of a query must be computed in time linear in the document, and
// must not be far below the work the query really does.
//   - a 1 KB fragment-spread bomb (26 fragments, each spreading the next twice) froze the event loop
//     for 86 s in the cost walk: it is now rejected with COST_LIMIT, and the server's event-loop delay
//     (measured in the server process) stays under a second;
//   - list sizes come from `first`, else the schema's default page size (a list without `first` was
//     counted as one value);
//   - a 30-alias query on names the graph does not hold (about 1 s of CPU) is bounded by the count of
//     distinct name look-ups;
//   - what the estimate misses is cut at run time by the value budget (budget.test.ts).
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOperation, DEFAULT_LIMITS, LOOKUP_COST } from "../../src/api/limits.js";
import { buildSchema } from "../../src/api/server.js";
import { removeTempDirs } from "./helpers.js";
import { startServerChild, type ServerChild } from "./server-child.js";

let srv: ServerChild;
beforeAll(async () => {
  srv = await startServerChild();
});
afterAll(async () => {
  await srv?.stop();
  removeTempDirs();
});

function spreadBomb(n: number, root = "stats", type = "Stats", leaf = "people"): string {
  let doc = `query { ${root} { ...F0 } }\n`;
  for (let i = 0; i < n; i++) doc += `fragment F${i} on ${type} { ${i < n - 1 ? `...F${i + 1} ...F${i + 1}` : leaf} }\n`;
  return doc;
}

const schema = buildSchema();
/** The cost the limits give a query (a huge limit, so nothing is rejected), or the error code. */
function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const frags = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition");
  try {
    checkOperation(op, frags, variables, { ...DEFAULT_LIMITS, maxCost: 0, maxLookups: 1e9, maxAliases: 1e9 }, schema);
  } catch (e) {
    const ext = (e as { extensions?: { cost?: number } }).extensions;
    if (ext?.cost !== undefined) return ext.cost;
    throw e;
  }
  return 0;
}

describe("fragment-spread bomb", () => {
  it("is rejected with COST_LIMIT, and the server's event loop is never blocked for a second", async () => {
    await srv.maxDelayMs(); // reset
    for (const n of [20, 26, 30]) {
      const doc = spreadBomb(n);
      expect(doc.length).toBeLessThan(1300);
      const r = await srv.gql(doc);
      expect(r.errors?.[0]?.extensions?.code).toBe("COST_LIMIT");
      // nested through lists as well as flat
      const nested = await srv.gql(spreadBomb(n, `person(name: "Lavrov")`, "Person", "name aliases { text }"));
      expect(nested.errors?.[0]?.extensions?.code).toBe("COST_LIMIT");
    }
    const ok = await srv.gql(`{ stats { people } }`);
    expect(ok.errors).toBeUndefined();
    expect(await srv.maxDelayMs()).toBeLessThan(1000);
    expect(srv.ended).toBeNull();
  });

  it("a wide document (20,000 aliased or conflicting fields) is refused at parse time, before the superlinear validation", async () => {
    await srv.maxDelayMs();
    for (const field of [(i: number) => `a${i}: people`, (i: number) => `x: ${i % 2 ? "people" : "places"}`]) {
      const r = await srv.gql(`{ stats { ${Array.from({ length: 20_000 }, (_, i) => field(i)).join(" ")} } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
      expect(r.errors?.[0]?.message).toMatch(/tokens/);
    }
    expect(await srv.maxDelayMs()).toBeLessThan(1000);
  });

  it("costs grow with the expanded size, not the written size", () => {
    expect(costOf(spreadBomb(10))).toBe(1 + 2 ** 9);
    expect(costOf(spreadBomb(26))).toBe(1 + 2 ** 25);
  });
});

describe("the estimate follows the real list sizes", () => {
  it("a list without `first` costs its default page size, as if `first` were given", () => {
    for (const list of ["people", "places", "organizations", "articles", "meetings", "agreements"]) {
      const node = list === "meetings" || list === "agreements" ? "id date" : "id";
      expect(costOf(`{ ${list} { edges { node { ${node} } } } }`), list).toBe(costOf(`{ ${list}(first: 20) { edges { node { ${node} } } } }`));
    }
    expect(costOf(`{ search(text: "x") { edges { node { score } } } }`)).toBe(costOf(`{ search(text: "x", first: 10) { edges { node { score } } } }`));
    expect(costOf(`query($n: Int = 50) { people(first: $n) { edges { node { id } } } }`)).toBe(costOf(`{ people(first: 50) { edges { node { id } } } }`));
    expect(costOf(`query($n: Int) { people(first: $n) { edges { node { id } } } }`, { n: 80 })).toBe(costOf(`{ people(first: 80) { edges { node { id } } } }`));
    // nested lists multiply: 100 people × their default 20 meetings × the participants of each
    expect(costOf(`{ people(first: 100) { edges { node { meetings { edges { node { participants { name } } } } } } } }`)).toBeGreaterThan(100 * 20 * 4);
  });

  it("30 aliases on names the graph does not hold are rejected before any look-up; the same name 30 times is one look-up", async () => {
    const before = await srv.roundTrips();
    const unknown = Array.from({ length: 30 }, (_, i) => `p${i}: person(name: "Nobody Known ${i} Qx") { name metWith { person { name } } }`).join(" ");
    const r = await srv.gql(`{ ${unknown} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("COST_LIMIT");
    expect(r.errors?.[0]?.message).toMatch(/look-ups/);
    expect(await srv.roundTrips()).toBe(before);
    const same = Array.from({ length: 30 }, (_, i) => `p${i}: person(name: "Lavrov") { name }`).join(" ");
    const ok = await srv.gql(`{ ${same} }`);
    expect(ok.errors).toBeUndefined();
    expect((ok.data!.p29 as { name: string }).name).toBe("Sergey Lavrov");
    expect(costOf(`{ a: person(name: "x") { id } b: person(name: "y") { id } }`)).toBe(2 * (LOOKUP_COST + 2));
  });
});
