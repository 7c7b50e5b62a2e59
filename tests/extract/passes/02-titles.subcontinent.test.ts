// Pass 2, classes found by the subcontinent suite (tests/extract/subcontinent). Sentences written for these tests.
//   - Bhutan's styles as Kuensel writes them (offices.json): "Dasho" and "Lyonpo" before a name are honorifics, no
//     names; "Lyonchhen" is the prime minister's title, and alone (a style of Bhutan's office, offices.json styles)
//     the prime minister of Bhutan the article names.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

describe("pass 2: Bhutanese styles", () => {
  it("'Lyonpo Dr X' and 'Dasho X' are X, no person 'Lyonpo' or 'Dasho'", () => {
    const f = facts("Economic affairs minister Lyonpo Loknath Sharma and Dasho Karma Ura attended the meeting in Thimphu on Monday.", "2021-03-02");
    expect(people(f).some((p) => /^(Lyonpo|Dasho)/.test(p))).toBe(false);
    expect(people(f)).toContain("Loknath Sharma");
  });

  it("'Lyonchhen' alone is the prime minister of Bhutan named before", () => {
    const f = facts("Lyonchhen Dr Lotay Tshering returned to Thimphu on Sunday. Lyonchhen had held talks with Prime Minister Narendra Modi in New Delhi on Friday.", "2021-03-02");
    expect(met(f, P("lotay-tshering"), P("narendra-modi")).length).toBeGreaterThan(0);
  });
});
