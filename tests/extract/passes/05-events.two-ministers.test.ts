// Pass 5: "the two ministers" («دو وزیر», «الوزيران») are the two holders of a ministry told last, not the minister and
// the president she met after (_both-sides PAIR_OFFICES). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-08"; // a Thursday
const A = "person/annalena-baerbock";
const B = "person/jean-noel-barrot";
const P = "person/emmanuel-macron";

describe("pass 5: 'the two ministers' are the ministers, not the president met in between", () => {
  it("'… The two ministers had last met in Berlin in March.' is Baerbock and Barrot", () => {
    const f = facts(
      "German Foreign Minister Annalena Baerbock met her French counterpart Jean-Noel Barrot in Paris on Wednesday. Baerbock also held talks with President Emmanuel Macron. The two ministers had last met in Berlin in March.",
      D,
    );
    expect(met(f, A, B).map((e) => e.place)).toContain("place/berlin");
    expect(met(f, A, P).map((e) => e.place)).not.toContain("place/berlin");
  });
});
