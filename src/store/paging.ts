// Relay-style pages over an ordered list. A cursor is an offset into the list's stable order (names
// then ids, or dates then ids), made opaque and signed: `base64url(offset) . HMAC-SHA256(offset)`,
// truncated to 128 bits. A cursor the server did not issue (forged, edited, truncated, or from another
// secret) is rejected with BAD_CURSOR before anything reaches the database, and so is an offset beyond
// MAX_OFFSET (a forged huge SKIP crashed Kuzu, see README "Reliability").
//
// The secret is KG_CURSOR_SECRET when set (give every API replica the same one, and cursors survive a
// restart and work on any replica), else 32 random bytes per process: after a restart, old cursors are
// answered BAD_CURSOR and the client starts again from the first page. An offset is only meaningful
// for the graph it was issued over anyway; a load between two pages shifts it.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Page } from "./types.js";

/** The largest offset a cursor may carry: far beyond any page a client walks to, far below 2^53. */
export const MAX_OFFSET = 1_000_000;

let secret: Buffer = process.env.KG_CURSOR_SECRET ? Buffer.from(process.env.KG_CURSOR_SECRET) : randomBytes(32);

/** Replaces the signing secret (tests; a server given KG_CURSOR_SECRET sets it once at start). */
export function setCursorSecret(s: string | Buffer): void {
  secret = Buffer.isBuffer(s) ? s : Buffer.from(s);
}

const sign = (body: string) => createHmac("sha256", secret).update(`kg-cursor:${body}`).digest().subarray(0, 16);

export function encodeCursor(offset: number): string {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw new RangeError(`cursor offset out of range: ${offset}`);
  const body = Buffer.from(`o:${offset}`).toString("base64url");
  return `${body}.${sign(body).toString("base64url")}`;
}

/** Offset after a cursor (0 without one). A cursor that is not ours, or out of range, is rejected. */
export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === "") return 0;
  if (after.length > 64) throw new CursorError(after);
  const m = /^([A-Za-z0-9_-]{1,20})\.([A-Za-z0-9_-]{22})$/.exec(after);
  if (!m) throw new CursorError(after);
  const mac = Buffer.from(m[2], "base64url");
  const want = sign(m[1]);
  if (mac.length !== want.length || !timingSafeEqual(mac, want)) throw new CursorError(after);
  const o = /^o:(\d{1,8})$/.exec(Buffer.from(m[1], "base64url").toString());
  const offset = o ? Number(o[1]) : NaN;
  if (!Number.isSafeInteger(offset) || offset > MAX_OFFSET) throw new CursorError(after);
  return offset + 1;
}

export class CursorError extends Error {
  readonly code = "BAD_CURSOR";
  constructor(cursor: string) {
    super(`invalid cursor "${cursor.slice(0, 40)}": pass an endCursor or edge cursor this server returned`);
  }
}

/** A page of rows that start at `skip` in a list of `total`. */
export function pageOf<T>(rows: T[], skip: number, total: number): Page<T> {
  const last = skip + rows.length - 1;
  return { rows, offset: skip, totalCount: total, hasNextPage: last + 1 < total, endCursor: rows.length ? encodeCursor(last) : null };
}
