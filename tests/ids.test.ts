import { describe, expect, it } from "vitest";
import { asLexPlaceId, kindOfId, lexIdParts, lexPersonId, personId, personSlug, placeSlug, storeIdOf, storePersonSlug } from "../src/ids.js";

describe("ids", () => {
  it("converts between the lexicon form and the store form", () => {
    expect(lexPersonId("sergey-lavrov")).toBe("person/sergey-lavrov");
    expect(personId("sergey-lavrov")).toBe("person:sergey-lavrov");
    expect(storeIdOf("person/sergey-lavrov")).toBe("person:sergey-lavrov");
    expect(storeIdOf("place/moscow")).toBe("place:moscow");
    expect(storeIdOf("org/iaea")).toBe("org:iaea");
    expect(personSlug("person/sergey-lavrov")).toBe("sergey-lavrov");
    expect(storePersonSlug("person:sergey-lavrov")).toBe("sergey-lavrov");
    expect(placeSlug("place/moscow")).toBe("moscow");
    expect(placeSlug("moscow")).toBe("moscow");
  });

  it("reads kinds and parts", () => {
    expect(asLexPlaceId("moscow")).toBe("place/moscow");
    expect(asLexPlaceId("place/moscow")).toBe("place/moscow");
    expect(kindOfId("org:iaea")).toBe("organization");
    expect(kindOfId("place:moscow")).toBe("place");
    expect(kindOfId("person/sergey-lavrov")).toBeUndefined();
    expect(lexIdParts("ministry/foreign-minister/syria")).toEqual(["ministry", "foreign-minister", "syria"]);
  });
});
