// The directory of places (store/places.ts): who-met's rows on Kuzu get their place from it.
import { describe, expect, it } from "vitest";
import { PlaceDirectory } from "../../src/store/places.js";
import type { Row } from "../../src/store/cypher-types.js";

function directory(start: Row[]) {
  let places = start;
  let generation: number | undefined = 1;
  let reads = 0;
  const dir = new PlaceDirectory(async () => {
    reads++;
    return places;
  }, () => generation);
  return {
    dir,
    reads: () => reads,
    write(next: Row[], g: number | undefined) {
      places = next;
      generation = g;
    },
  };
}

const CAIRO = { id: "place/cairo", name: "Cairo", kind: "city", within: "place/egypt" };
const ASWAN = { id: "place/aswan", name: "Aswan", kind: "city", within: null };

describe("place directory", () => {
  it("adds each row's place, and nothing to a row without one", async () => {
    const d = directory([CAIRO]);
    const rows = await d.dir.addTo([{ id: "m1", placeId: "place/cairo" }, { id: "m2", placeId: null }, { id: "m3", placeId: "place/gone" }]);
    expect(rows).toEqual([
      { id: "m1", placeId: "place/cairo", placeName: "Cairo", placeKind: "city", placeWithin: "place/egypt" },
      { id: "m2", placeId: null, placeName: null, placeKind: null, placeWithin: null },
      { id: "m3", placeId: "place/gone", placeName: null, placeKind: null, placeWithin: null },
    ]);
  });

  it("reads the places once per generation, and again after a write", async () => {
    const d = directory([CAIRO]);
    await d.dir.byId();
    await d.dir.byId();
    expect(d.reads()).toBe(1);
    d.write([CAIRO, ASWAN], 2);
    expect((await d.dir.byId()).get("place/aswan")?.name).toBe("Aswan");
    expect(d.reads()).toBe(2);
  });

  it("reads them on every call where the store does not know its generation", async () => {
    const d = directory([CAIRO]);
    d.write([CAIRO, ASWAN], undefined);
    await d.dir.byId();
    await d.dir.byId();
    expect(d.reads()).toBe(2);
  });

  it("refresh reads them ahead of the next request, and a failed read is no error", async () => {
    const d = directory([CAIRO]);
    await d.dir.refresh();
    await d.dir.byId();
    expect(d.reads()).toBe(1);
    const failing = new PlaceDirectory(() => Promise.reject(new Error("store closed")), () => 1);
    await expect(failing.refresh()).resolves.toBeUndefined();
  });
});
