// Relay-style pages over an ordered list. The cursor is an opaque offset into the list's stable order
// (names then ids, or dates then ids): the same query over the same graph gives the same pages.
import type { Page } from "./types.js";

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

/** Offset after a cursor (0 without one). A cursor that is not ours is rejected. */
export function decodeCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(after, "base64url").toString());
  if (!m) throw new CursorError(after);
  return Number(m[1]) + 1;
}

export class CursorError extends Error {
  readonly code = "BAD_CURSOR";
  constructor(cursor: string) {
    super(`invalid cursor "${cursor.slice(0, 40)}"`);
  }
}

/** A page of rows that start at `skip` in a list of `total`. */
export function pageOf<T>(rows: T[], skip: number, total: number): Page<T> {
  const last = skip + rows.length - 1;
  return { rows, offset: skip, totalCount: total, hasNextPage: last + 1 < total, endCursor: rows.length ? encodeCursor(last) : null };
}
