// Small helpers every resolver file uses: page arguments, connections, kinds, auth.
import type DataLoader from "dataloader";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { EventKind } from "../../model.js";
import type { Page, PageArgs } from "../../store/types.js";
import { decodeCursor, encodeCursor, pageOf } from "../../store/paging.js";
import type { ApiContext } from "../context.js";
import { userError } from "../errors.js";

export const MAX_PAGE = 100;

/** `first`/`after` checked: a page of at most 100. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, fallback = 20): PageArgs {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw userError("BAD_USER_INPUT", "`first` must be a non-negative integer");
  if (n > MAX_PAGE) throw userError("PAGE_SIZE_EXCEEDED", `\`first\` may be at most ${MAX_PAGE}, got ${n}`, { max: MAX_PAGE });
  return { first: n, after: after ?? null };
}

/** A date range whose start is after its end contradicts itself: BAD_USER_INPUT rather than an empty answer. */
export function checkRange(from: string | null | undefined, to: string | null | undefined, names = ["from", "to"]): void {
  if (from && to && from > to) throw userError("BAD_USER_INPUT", `\`${names[0]}\` (${from}) is after \`${names[1]}\` (${to})`);
}

export function edgesOf<T>(page: Page<T>): Array<{ node: T; cursor: string }> {
  return page.rows.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) }));
}

/** Relay PageInfo of a store Page: forward paging, so there is a previous page when it does not start at 0. */
export function pageInfoOf<T>(page: Page<T>) {
  return { hasNextPage: page.hasNextPage, hasPreviousPage: page.offset > 0, startCursor: page.rows.length ? encodeCursor(page.offset) : null, endCursor: page.endCursor };
}

/** A page of a list the API already holds in full (in its final order), by the same cursors as the store's. */
export function pageOfList<T>(all: readonly T[], args: PageArgs): Page<T> {
  const skip = decodeCursor(args.after);
  return pageOf(all.slice(skip, skip + args.first), skip, all.length);
}

export function emptyPage<T>(): Page<T> {
  return { rows: [], offset: 0, totalCount: 0, hasNextPage: false, endCursor: null };
}

export type ContactKindName = "MEETING" | "CALL" | "PLANNED" | "CANCELLED" | "DENIED";

export function toKind(k: ContactKindName): EventKind {
  return k.toLowerCase() as EventKind;
}

export function fromKind(k: EventKind): ContactKindName {
  return (k === "visit" ? "MEETING" : k.toUpperCase()) as ContactKindName;
}

export function requireToken(ctx: ApiContext): void {
  if (!ctx.mutationToken) throw userError("FORBIDDEN", "mutations are disabled on this server (set KG_TOKEN to enable them)");
  if (ctx.token !== ctx.mutationToken) throw userError("UNAUTHENTICATED", "mutations need the header Authorization: Bearer <token>");
}

export const notNull = <T,>(x: T | null | undefined): x is T => x !== null && x !== undefined;

/** Loads many ids and drops the missing ones. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const xs = await loader.loadMany(ids);
  return xs.filter((x): x is T => x !== null && x !== undefined && !(x instanceof Error));
}

/**
 * Whether the field being resolved selects this path below it (["meetings"], ["edges", "node"]),
 * through fragments and inline fragments: a look-ahead, so a resolver can read a nested answer in
 * one store round trip when the query asks for it.
 */
export function selects(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[]): boolean {
  const has = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!set) return false;
    if (!rest.length) return true;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && (rest.length === 1 || has(s.selectionSet, rest.slice(1)));
      if (s.kind === Kind.INLINE_FRAGMENT) return has(s.selectionSet, rest);
      return has(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((f) => has(f.selectionSet, path));
}
