// Query limits, checked once the operation is known and before anything runs:
//   depth (nesting of selections), cost, aliases and name look-ups per request, and `first` bounds.
// Cost counts the values a reply can hold: every field costs 1, times the size of every list above it.
// A list's size is its `first` argument, else the schema's default for `first`, else the cap its
// resolver applies or a pessimistic typical size (LIST_SIZES). A field that takes a name (person(name:),
// meetings(participant:), …) also costs a look-up of that name in the graph (LOOKUP_COST), the
// expensive part of a request on names the graph does not hold.
// The walk is linear in the document: each fragment is measured once (memoised at multiplier 1) and a
// spread costs multiplier × that, so a fragment-spread bomb is measured in microseconds and rejected.
// Each failure is a user error with its own code; the server keeps serving. The estimate is backed at
// run time by a count of the values actually resolved (budget.ts).
import type { ApolloServerPlugin } from "@apollo/server";
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { userError } from "./errors.js";

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Tokens of one document (parsed with graphql's maxTokens, before validation). */
  maxTokens: number;
  /** Distinct names looked up in the graph per request. */
  maxLookups: number;
  /** Values (resolved fields) one reply may hold, counted while it runs (budget.ts). */
  maxValues: number;
  /** Bytes of one JSON reply. */
  maxReplyBytes: number;
  /** Milliseconds before a request is answered with TIMEOUT and its work cancelled. */
  timeoutMs: number;
  /** Requests executing at once; more wait in a queue of `maxQueued`, beyond which BUSY (503). */
  maxConcurrent: number;
  maxQueued: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 2_000,
  maxLookups: 20,
  maxValues: 200_000,
  maxReplyBytes: 8 * 2 ** 20,
  timeoutMs: 10_000,
  maxConcurrent: 4,
  maxQueued: 64,
};

export const MAX_FIRST = 100;

/**
 * List fields without a `first` argument (or with one that has no default): typical sizes, not worst
 * cases (a person meets ~10 people, up to the resolver's cap of 100; a pair shares a few meetings). The
 * estimate can be below the real work for a hub; the run-time value count (budget.ts) is the hard bound.
 */
const LIST_SIZES: Record<string, number> = { metWith: 10, participants: 4, sources: 3, aliases: 6, roles: 5, meetings: 5, parties: 3, signatories: 3, hops: 4, people: 7 };
/** A list of a kind not above. */
const DEFAULT_LIST = 20;
/** The lists inside a connection are its page: their size is counted once, on the connection field. */
const PAGE_LISTS = new Set(["edges", "nodes"]);
/** Arguments that are names looked up in the graph (ids cost nothing: they are keys). */
const NAME_ARGS = new Set(["name", "search", "role", "country", "participant", "with", "place", "party", "signatory", "a", "b", "text"]);
/** One look-up of a name: normalised keys, then a scan of the name keys (~30 ms on a 10k-article graph). */
export const LOOKUP_COST = 1_000;
/** Arithmetic stays finite however the lists multiply. */
const CAP = 1e15;

interface Tally {
  cost: number;
  depth: number;
  aliases: number;
}

const ZERO: Tally = { cost: 0, depth: 0, aliases: 0 };
const add = (a: number, b: number) => Math.min(CAP, a + b);
const mul = (a: number, b: number) => Math.min(CAP, a * b);

class Walker {
  private readonly memo = new Map<string, Tally | "busy">();
  /** Distinct names the request looks up (a request resolves each name once, whatever the lists above). */
  readonly names = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema | undefined,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** The tally of a selection set at multiplier 1 and depth 0. */
  set(node: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): Tally {
    if (!node) return ZERO;
    let t: Tally = { ...ZERO };
    for (const sel of node.selections) {
      let child: Tally;
      if (sel.kind === Kind.FIELD) child = this.field(sel, parent);
      else if (sel.kind === Kind.INLINE_FRAGMENT) child = this.set(sel.selectionSet, sel.typeCondition ? this.type(sel.typeCondition.name.value) : parent);
      else child = this.fragment(sel.name.value);
      t = { cost: add(t.cost, child.cost), depth: Math.max(t.depth, child.depth), aliases: add(t.aliases, child.aliases) };
    }
    return t;
  }

  private fragment(name: string): Tally {
    const m = this.memo.get(name);
    if (m === "busy") return ZERO; // a cycle: validation rejects it anyway
    if (m) return m;
    const frag = this.fragments.get(name);
    if (!frag) return ZERO;
    this.memo.set(name, "busy");
    const t = this.set(frag.selectionSet, this.type(frag.typeCondition.name.value));
    this.memo.set(name, t);
    return t;
  }

  private field(f: FieldNode, parent: GraphQLNamedType | undefined): Tally {
    const aliases = f.alias ? 1 : 0;
    if (f.name.value.startsWith("__")) return { ...ZERO, aliases };
    // (types compared by shape, not instanceof: Apollo and this module may load different copies of graphql)
    const def = parent && "getFields" in parent ? (parent.getFields()[f.name.value] as GraphQLField<unknown, unknown> | undefined) : undefined;
    const first = this.first(f, def);
    const typeName = def ? String(def.type) : "";
    const returnsList = def ? typeName.replace(/!$/, "").startsWith("[") : !!f.selectionSet;
    const size = PAGE_LISTS.has(f.name.value) ? 1 : (first ?? (returnsList ? (LIST_SIZES[f.name.value] ?? DEFAULT_LIST) : 1));
    for (const a of f.arguments ?? []) {
      const argDef = def?.args.find((x) => x.name === a.name.value);
      if (argDef) this.dates(a.value, String(argDef.type));
      if (!NAME_ARGS.has(a.name.value)) continue;
      const v = a.value.kind === Kind.STRING ? a.value.value : a.value.kind === Kind.VARIABLE ? this.variables[a.value.name.value] : undefined;
      if (typeof v === "string" && v.trim()) this.names.add(`${a.name.value === "text" || a.name.value === "search" ? "text" : "name"}|${v}`);
    }
    const child = this.set(f.selectionSet, def ? this.type(typeName.replace(/[[\]!]/g, "")) : undefined);
    const n = Math.max(1, size);
    return {
      cost: add(1, mul(n, child.cost)),
      depth: 1 + child.depth,
      aliases: add(aliases, child.aliases),
    };
  }

  /** The field's `first`, checked: given, from a variable, or the schema's default. */
  private first(f: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number | undefined {
    const arg = f.arguments?.find((a) => a.name.value === "first");
    let v: unknown;
    if (arg) v = this.value(arg.value);
    if (v === undefined || v === null) v = def?.args.find((a) => a.name === "first")?.defaultValue;
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw userError("BAD_USER_INPUT", `\`first\` must be an integer from 0 to ${MAX_FIRST}, got ${String(v)}`, { max: MAX_FIRST });
    if (v > MAX_FIRST) throw userError("PAGE_SIZE_EXCEEDED", `\`first\` may be at most ${MAX_FIRST}, got ${v}`, { max: MAX_FIRST });
    return v;
  }

  /**
   * Dates in arguments (literals, variables, fields of input objects) must be real calendar days:
   * "2025-02-30" reached the database and came back as an internal error.
   */
  private dates(v: ValueNode | unknown, type: string, depth = 0): void {
    if (depth > 5) return;
    const named = type.replace(/[[\]!]/g, "");
    const node = typeof v === "object" && v !== null && "kind" in v ? (v as ValueNode) : undefined;
    const value = node ? (node.kind === Kind.VARIABLE ? this.variables[node.name.value] : node.kind === Kind.STRING ? node.value : undefined) : v;
    if (named === "Date") {
      for (const d of Array.isArray(value) ? value : [value]) if (typeof d === "string" && !isCalendarDate(d)) throw userError("BAD_USER_INPUT", `Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(d.slice(0, 40))}`);
      return;
    }
    const input = this.type(named);
    if (!input || !("getFields" in input)) return;
    const fields = input.getFields() as Record<string, { type: unknown }>;
    if (node?.kind === Kind.OBJECT) {
      for (const f of node.fields) if (fields[f.name.value]) this.dates(f.value, String(fields[f.name.value].type), depth + 1);
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, x] of Object.entries(value)) if (fields[k]) this.dates(x, String(fields[k].type), depth + 1);
    }
  }

  private value(v: ValueNode): unknown {
    if (v.kind === Kind.INT) return Number(v.value);
    if (v.kind === Kind.VARIABLE) return this.variables[v.name.value];
    return undefined;
  }

  private type(name: string): GraphQLNamedType | undefined {
    return this.schema?.getType(name) ?? undefined;
  }
}

/** "YYYY-MM-DD" naming a day that exists (no 30 February, no month 13, no year 0). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // (Date.UTC reads years 0–99 as 1900–1999)
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Checks an operation against the limits; throws the user error of the first limit it breaks. */
export function checkOperation(op: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables: Record<string, unknown>, limits: Limits, schema?: GraphQLSchema): void {
  const vars: Record<string, unknown> = {};
  for (const d of op.variableDefinitions ?? []) if (d.defaultValue?.kind === Kind.INT) vars[d.variable.name.value] = Number(d.defaultValue.value);
  Object.assign(vars, variables);
  const root = schema ? (op.operation === "mutation" ? schema.getMutationType() : op.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType()) : undefined;
  const w = new Walker(schema, new Map(fragments.map((f) => [f.name.value, f])), vars);
  const t = w.set(op.selectionSet, root ?? undefined);
  const { depth, aliases } = t;
  const lookups = w.names.size;
  const cost = add(t.cost, lookups * LOOKUP_COST);
  if (depth > limits.maxDepth) throw userError("DEPTH_LIMIT", `query depth ${depth} exceeds the limit of ${limits.maxDepth}`, { depth, max: limits.maxDepth });
  if (aliases > limits.maxAliases) throw userError("COST_LIMIT", `${aliases} aliases exceed the limit of ${limits.maxAliases}`, { aliases, max: limits.maxAliases });
  if (lookups > limits.maxLookups) throw userError("COST_LIMIT", `${lookups} name look-ups exceed the limit of ${limits.maxLookups}`, { lookups, max: limits.maxLookups });
  if (cost > limits.maxCost) throw userError("COST_LIMIT", `query cost ${cost} exceeds the limit of ${limits.maxCost}`, { cost, max: limits.maxCost });
}

export function limitsPlugin<T extends object>(limits: Limits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          checkOperation(operation, fragments, (request.variables ?? {}) as Record<string, unknown>, limits, schema);
        },
      };
    },
  };
}
