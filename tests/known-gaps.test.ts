// The known-gaps ledger itself: a gap passes only while its expectation fails by assertion.
import { describe, expect, it } from "vitest";
import { runKnownGap } from "./known-gaps.js";

describe("known-gaps ledger", () => {
  it("a gap that still fails by assertion passes", async () => {
    await expect(runKnownGap("g", () => expect(1).toBe(2))).resolves.toBeUndefined();
  });
  it("a gap that now holds fails, asking for its removal", async () => {
    await expect(runKnownGap("g", () => expect(1).toBe(1))).rejects.toThrow(/known gap fixed/);
  });
  it("a crash is not taken for the gap", async () => {
    const crash = () => {
      const o: { a?: { b: number } } = {};
      expect(o.a!.b).toBe(1);
    };
    await expect(runKnownGap("g", crash)).rejects.toThrow(TypeError);
  });
});
