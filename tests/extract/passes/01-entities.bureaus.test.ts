// Pass 1 (entities), classes found by the bureaus suite (tests/extract/bureaus): English wire copy. Sentences
// written for these tests (other people, other places).
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday

describe("pass 1: 'South / Latin / Central / North American' is a region of the Americas, not the United States", () => {
  for (const region of ["South American", "Latin American", "Central American"]) {
    it(`'the two ${region} neighbours' imply no United States party`, () => {
      const f = facts(`Peru and Bolivia, the two ${region} neighbours, signed an agreement on Monday to open their border.`, D);
      const who = agreements(f).flatMap((a) => a.who);
      expect(who).not.toContain("place/united-states");
      expect(who).toEqual(expect.arrayContaining(["place/peru", "place/bolivia"]));
    });
  }
  it("'the American ambassador' still stands for the United States", () => {
    const f = facts("Peru and the United States signed an agreement on Monday, and the American ambassador attended.", D);
    expect(agreements(f).flatMap((a) => a.who)).toContain("place/united-states");
  });
});
