// Pass 2b (a place named after a person), a class found by the bureaus suite (tests/extract/bureaus): a conference
// centre named after a statesman. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2b: a centre named after a person is no mention of the person", () => {
  for (const head of ["International Conference Centre", "Convention Center", "Centre"]) {
    it(`'the Kenneth Kaunda ${head}'`, () => {
      const f = facts(`Hakan Fidan spoke at the Kenneth Kaunda ${head} in Lusaka on Monday.`, "2025-05-07");
      expect(people(f)).not.toContain("person/kenneth-kaunda");
      expect(people(f)).toContain("person/hakan-fidan");
    });
  }
  it("the person named before the centre in the same sentence stays a person", () => {
    const f = facts("Kenneth Kaunda opened the new Mulungushi Conference Centre in Lusaka.", "1970-09-01");
    expect(people(f)).toContain("person/kenneth-kaunda");
  });
});
