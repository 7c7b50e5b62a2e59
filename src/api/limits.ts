// Query limits, checked once the operation is known and before anything runs:
//   depth (nesting of selections), cost (every field costs 1, times the size of the lists above it,
//   where a list's size is its `first` argument or a default), and aliases per request.
// Each failure is a user error with its own code; the server keeps serving.
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import { userError } from "./errors.js";

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Milliseconds before a request is answered with TIMEOUT. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxCost: 50_000, maxAliases: 30, timeoutMs: 10_000 };

const MAX_FIRST = 100;

/** List fields without a `first` argument, and their assumed sizes. */
/** Typical sizes, not worst cases: a person meets ~10 people, a pair shares a few meetings. */
const LIST_SIZES: Record<string, number> = { metWith: 10, counterparts: 20, participants: 4, sources: 3, aliases: 6, roles: 5, meetings: 5, parties: 3, signatories: 3, hops: 4, people: 20, edges: 1, timeline: 20, agreements: 5, search: 10 };

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
}

function argInt(field: FieldNode, name: string, w: Walk): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const x = w.variables[v.name.value];
    return typeof x === "number" ? x : undefined;
  }
  return undefined;
}

function measure(set: SelectionSetNode | undefined, w: Walk, depth: number, multiplier: number, seen: Set<string>): { depth: number; cost: number } {
  if (!set) return { depth, cost: 0 };
  let maxDepth = depth;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) w.aliases++;
      if (sel.name.value.startsWith("__")) continue;
      const first = argInt(sel, "first", w);
      if (first !== undefined && first > MAX_FIRST) throw userError("PAGE_SIZE_EXCEEDED", `\`first\` may be at most ${MAX_FIRST}, got ${first}`, { max: MAX_FIRST });
      const size = first ?? (sel.selectionSet ? LIST_SIZES[sel.name.value] ?? 1 : 1);
      const child = measure(sel.selectionSet, w, depth + 1, multiplier * Math.max(1, size), seen);
      cost += multiplier + child.cost;
      maxDepth = Math.max(maxDepth, child.depth);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const child = measure(sel.selectionSet, w, depth, multiplier, seen);
      cost += child.cost;
      maxDepth = Math.max(maxDepth, child.depth);
    } else {
      const name = sel.name.value;
      const frag = w.fragments.get(name);
      if (!frag || seen.has(name)) continue;
      const child = measure(frag.selectionSet, w, depth, multiplier, new Set([...seen, name]));
      cost += child.cost;
      maxDepth = Math.max(maxDepth, child.depth);
    }
  }
  return { depth: maxDepth, cost };
}

export function checkOperation(op: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables: Record<string, unknown>, limits: Limits): void {
  const w: Walk = { fragments: new Map(fragments.map((f) => [f.name.value, f])), variables, aliases: 0 };
  const { depth, cost } = measure(op.selectionSet, w, 0, 1, new Set());
  if (depth > limits.maxDepth) throw userError("DEPTH_LIMIT", `query depth ${depth} exceeds the limit of ${limits.maxDepth}`, { depth, max: limits.maxDepth });
  if (w.aliases > limits.maxAliases) throw userError("COST_LIMIT", `${w.aliases} aliases exceed the limit of ${limits.maxAliases}`, { aliases: w.aliases, max: limits.maxAliases });
  if (cost > limits.maxCost) throw userError("COST_LIMIT", `query cost ${cost} exceeds the limit of ${limits.maxCost}`, { cost, max: limits.maxCost });
}

export function limitsPlugin<T extends object>(limits: Limits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          checkOperation(operation, fragments, (request.variables ?? {}) as Record<string, unknown>, limits);
        },
      };
    },
  };
}
