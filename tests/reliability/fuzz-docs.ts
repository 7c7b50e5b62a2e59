// Random GraphQL documents and cursors for the API fuzzer (fuzz.test.ts), from the schema itself:
// random root fields, arguments (edge-case numbers, names in three scripts, impossible dates, forged
// and real cursors), nested selections through interfaces, aliases, fragments, spread bombs, variables,
// and broken syntax. A seeded generator, so a failure can be replayed with its seed.
import type { GraphQLArgument, GraphQLField, GraphQLNamedType, GraphQLSchema } from "graphql";
import { prng } from "../../bench/corpus.js";

export type Rng = () => number;

/** The bench's seeded generator (mulberry32), shared so the fuzzer replays a seed exactly. */
export const rng: (seed: number) => Rng = prng;

const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const b64 = (s: string) => Buffer.from(s).toString("base64url");

const INTS = [-1, 0, 1, 2, 3, 5, 20, 50, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)];
const NAMES = ["Lavrov", "لافروف", "لاوروف", "Sergey Lavrov", "الشيباني", "Shaibani", "Putin", "Moscow", "مسکو", "Iran", "ایران", "Nobody Known", "", " ", "x".repeat(300), "'}) DETACH DELETE n //", "\u0000", "🙂", "person:sergey-lavrov", "place:moscow"];
const DATES = ["2025-07-31", "2025-01-01", "1999-12-31", "2025-02-30", "2025-13-01", "0000-00-00", "2025-7-3", "yesterday", "", "9999-12-31", "2024-02-29"];
const IDS = ["person:sergey-lavrov", "place:moscow", "org:un", "article:x", "", "meeting:1", "x".repeat(200)];

/** Cursors: forged ones of every shape, and (when given) real ones seen in earlier replies, some edited. */
export function cursor(r: Rng, real: string[]): string | null {
  const k = r();
  if (k < 0.35 && real.length) {
    const c = pick(r, real);
    return r() < 0.5 ? c : c.slice(0, Math.floor(r() * c.length)) + pick(r, ["A", "_", "-", ".", ""]) + c.slice(Math.floor(r() * c.length));
  }
  return pick(r, [null, "", "bzoxMDAwMDA", b64("o:100000"), b64(`o:${2 ** 53}`), b64("o:-1"), b64("o:1e9"), b64("o:" + "9".repeat(40)), "....", "x".repeat(100), `${b64("o:5")}.AAAAAAAAAAAAAAAAAAAAAA`, b64("o:0")]);
}

interface Gen {
  r: Rng;
  schema: GraphQLSchema;
  real: string[];
  fragments: string[];
  n: number;
}

const literal = (v: unknown): string => (v === null ? "null" : typeof v === "string" ? JSON.stringify(v) : String(v));

function argValue(g: Gen, a: GraphQLArgument): string | undefined {
  const t = String(a.type);
  const named = t.replace(/[[\]!]/g, "");
  if (!t.endsWith("!") && g.r() < 0.4) return undefined;
  if (a.name === "after") return literal(cursor(g.r, g.real));
  if (named === "Int") return String(pick(g.r, INTS));
  if (named === "Date") return literal(pick(g.r, DATES));
  if (named === "ID") return literal(pick(g.r, IDS));
  if (named === "String") return literal(pick(g.r, NAMES));
  const type = g.schema.getType(named);
  if (type && "getValues" in type) {
    const vals = type.getValues().map((v) => v.name);
    const one = () => (g.r() < 0.05 ? "NOT_A_VALUE" : pick(g.r, vals));
    return t.startsWith("[") ? `[${Array.from({ length: Math.floor(g.r() * 3) }, one).join(", ")}]` : one();
  }
  return literal(null);
}

function fieldsOf(type: GraphQLNamedType | null | undefined): Array<GraphQLField<unknown, unknown>> {
  return type && "getFields" in type && !("getValues" in type) ? (Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) : [];
}

function selection(g: Gen, type: GraphQLNamedType | null | undefined, depth: number): string {
  const fields = fieldsOf(type);
  if (!fields.length) return "";
  const out: string[] = [];
  const n = 1 + Math.floor(g.r() * (depth > 6 ? 2 : 4));
  for (let i = 0; i < n; i++) {
    const f = pick(g.r, fields);
    const named = String(f.type).replace(/[[\]!]/g, "");
    const args = f.args.map((a) => [a.name, argValue(g, a)] as const).filter(([, v]) => v !== undefined);
    const alias = g.r() < 0.15 ? `a${g.n++}: ` : "";
    const argText = args.length ? `(${args.map(([k, v]) => `${k}: ${v}`).join(", ")})` : "";
    const child = g.schema.getType(named);
    let sub = "";
    if (fieldsOf(child).length) {
      // interfaces: a typed inline fragment now and then
      const impls = child && "getFields" in child && !("isTypeOf" in child && child.isTypeOf) ? g.schema.getPossibleTypes(child as never) : [];
      const inner = depth < 14 ? selection(g, child, depth + 1) : "";
      const frag = impls.length && g.r() < 0.3 ? ` ... on ${pick(g.r, impls).name} { __typename }` : "";
      sub = ` { ${inner || "__typename"}${frag} }`;
    }
    out.push(`${alias}${f.name}${argText}${sub}`);
  }
  if (g.r() < 0.05) out.push("notAField");
  return out.join(" ");
}

/** One fuzz request body: a document (and variables), sometimes broken on purpose. */
export function document(r: Rng, schema: GraphQLSchema, real: string[]): { query: string; variables?: Record<string, unknown> } {
  const g: Gen = { r, schema, real, fragments: [], n: 0 };
  const k = r();
  if (k < 0.04) {
    // a spread bomb of random width and depth
    const n = 5 + Math.floor(r() * 30);
    let doc = `query { stats { ...F0 } }\n`;
    for (let i = 0; i < n; i++) doc += `fragment F${i} on Stats { ${i < n - 1 ? `...F${i + 1} `.repeat(2 + Math.floor(r() * 3)) : "people"} }\n`;
    return { query: doc };
  }
  if (k < 0.055) {
    // wide: repeated, aliased and conflicting fields, up to and past the parser's token limit
    const n = Math.floor(r() * 1200);
    return { query: `{ stats { ${Array.from({ length: n }, (_, i) => pick(r, ["people", `a${i}: people`, `x: ${i % 2 ? "people" : "places"}`, "...on Stats { people }"])).join(" ")} } }` };
  }
  if (k < 0.07) return { query: `{ ${Array.from({ length: 10 + Math.floor(r() * 200) }, (_, i) => `a${i}: person(name: ${JSON.stringify(pick(r, NAMES) + i)}) { name }`).join(" ")} }` };
  if (k < 0.1) {
    // variables: first, cursors and dates as values, not literals
    return {
      query: `query($n: Int, $a: String, $d: Date) { people(first: $n, after: $a) { totalCount edges { cursor node { name } } } meetings(first: $n, after: $a, from: $d) { totalCount } }`,
      variables: { n: pick(r, [...INTS, "5", 1.5, null, 1e20]), a: cursor(r, real), d: pick(r, [...DATES, 5, null]) },
    };
  }
  const query = `query Q { ${selection(g, schema.getQueryType(), 1)} }`;
  if (k < 0.2) {
    // broken syntax: a cut, a doubled brace, stray bytes
    const at = Math.floor(r() * query.length);
    return { query: pick(r, [query.slice(0, at), `${query.slice(0, at)}{${query.slice(at)}`, `${query.slice(0, at)}\u0000$#${query.slice(at)}`, query.replace(/\{/g, "{{")]) };
  }
  if (k < 0.25) return { query: `mutation { removeArticle(id: ${JSON.stringify(pick(r, IDS))}) }` };
  return { query };
}
