// Passes 1-3 (names), classes found by the dailies suite (tests/extract/dailies). Sentences written for these tests.
//   - the East African honorific "Mama" before a woman leader's or a first lady's name is a style, not a given name
//     (offices.json honorifics).
import { describe, expect, it } from "vitest";
import { facts, P, people } from "./helpers.js";

describe("pass 1: 'Mama' before a name (offices.json honorifics)", () => {
  it("'Mama' is no word of the name after it", () => {
    const f = facts("On Monday, Mama Ngina Kenyatta opened a children's ward at the hospital in Nakuru.", "2019-02-11");
    expect(people(f)).toContain("Ngina Kenyatta");
    expect(people(f).some((p) => /Mama/.test(p))).toBe(false);
  });
  it("'Mama' before the given name of a leader named in full is no second person", () => {
    const f = facts("President Samia Suluhu Hassan arrived in Kampala on Sunday. Crowds lined the road to greet Mama Samia.", "2021-04-11");
    expect(people(f)).toContain(P("samia-suluhu-hassan"));
    expect(people(f).some((p) => /Mama/.test(p))).toBe(false);
  });
});
