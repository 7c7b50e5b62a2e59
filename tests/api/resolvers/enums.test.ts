// Closed sets: store values to schema enums, and the structured date basis.
import { describe, expect, it } from "vitest";
import { dateOrigin, officeEnum, officeKey, placeKindEnum } from "../../../src/api/resolvers/enums.js";

describe("enums", () => {
  it("maps office keys both ways", () => {
    expect(officeEnum("charge-daffaires")).toBe("CHARGE_DAFFAIRES");
    expect(officeKey("FOREIGN_MINISTER")).toBe("foreign-minister");
  });
  it("gives OTHER to a place kind the lexicon does not classify", () => {
    expect(placeKindEnum("city")).toBe("CITY");
    expect(placeKindEnum("place")).toBe("OTHER");
  });
});

describe("dateOrigin", () => {
  it("reads each form of the basis line coref writes", () => {
    expect(dateOrigin('explicit in article:0123abcd ("on 3 March 2025")')).toEqual({ kind: "EXPLICIT", articleId: "article:0123abcd", evidence: "on 3 March 2025" });
    expect(dateOrigin("publication in article:0123abcd")).toEqual({ kind: "PUBLICATION", articleId: "article:0123abcd", evidence: null });
    expect(dateOrigin('weekday in article:ff ("روز دوشنبه")')).toEqual({ kind: "WEEKDAY", articleId: "article:ff", evidence: "روز دوشنبه" });
    expect(dateOrigin("propagated to article:0123abcd (weekday:4) from a coreferent report")).toEqual({ kind: "PROPAGATED", articleId: "article:0123abcd", evidence: null });
    expect(dateOrigin("unknown")).toEqual({ kind: "UNKNOWN", articleId: null, evidence: null });
  });
});
