// The per-request loaders (src/api/context.ts): a value a nested read put into a KnownLoader is answered at once,
// without a promise; anything else is loaded in one batch, as a DataLoader does.
import { describe, expect, it } from "vitest";
import { KnownLoader } from "../../src/api/context.js";

describe("KnownLoader", () => {
  it("answers primed values at once and loads the rest in one batch", async () => {
    const batches: string[][] = [];
    const loader = new KnownLoader<{ id: string }>(async (ids) => {
      batches.push([...ids]);
      return ids.map((id) => (id.startsWith("x") ? null : { id }));
    });
    const a = { id: "a" };
    loader.prime("a", a);
    loader.prime("a", { id: "other" }); // (a second prime changes nothing, as in DataLoader)
    expect(loader.get("a")).toBe(a);
    expect(loader.getAll(["a", "a"])).toEqual([a, a]);
    const later = loader.get("b");
    expect(later).toBeInstanceOf(Promise);
    const some = loader.getAll(["a", "c", "x1"]);
    expect(some).toBeInstanceOf(Promise);
    expect(await later).toEqual({ id: "b" });
    expect(await some).toEqual([a, { id: "c" }]);
    expect(batches).toEqual([["b", "c", "x1"]]);
    // a loaded value is a DataLoader's cached promise, not a primed one: it is not answered at once
    expect(loader.get("b")).toBeInstanceOf(Promise);
  });
});
