// Page cursors: opaque, signed, bounded.
import { describe, expect, it } from "vitest";
import { CursorError, decodeCursor, encodeCursor, MAX_OFFSET, pageOf, setCursorSecret } from "../../src/store/paging.js";

describe("cursors", () => {
  it("round-trip: a cursor for offset n resumes at n + 1", () => {
    for (const n of [0, 1, 99, MAX_OFFSET]) expect(decodeCursor(encodeCursor(n))).toBe(n + 1);
    expect(decodeCursor(null)).toBe(0);
    expect(decodeCursor("")).toBe(0);
  });

  it("rejects unsigned, edited, foreign and out-of-range cursors", () => {
    const good = encodeCursor(7);
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    const bad = [b64("o:7"), "bzoxMDAwMDA", `${b64("o:8")}.${good.split(".")[1]}`, `${good}x`, good.slice(0, -1), `${b64(`o:${MAX_OFFSET + 1}`)}.${good.split(".")[1]}`, "a.b", "x".repeat(70)];
    for (const c of bad) expect(() => decodeCursor(c), c).toThrow(CursorError);
    setCursorSecret("another");
    expect(() => decodeCursor(good)).toThrow(CursorError);
    setCursorSecret("paging-test");
    expect(() => encodeCursor(-1)).toThrow(RangeError);
    expect(() => encodeCursor(2 ** 53)).toThrow(RangeError);
  });

  it("pages know their next cursor", () => {
    const p = pageOf(["a", "b"], 3, 10);
    expect(p.hasNextPage).toBe(true);
    expect(decodeCursor(p.endCursor)).toBe(5);
    expect(pageOf([], 10, 10).endCursor).toBeNull();
  });
});
