// Pass 7 (agreements), an English class found by the balkans suite: a surname that is also a dictionary word
// ("Truss", "Tusk") is an ambiguous short form, no third signer beside two named in full, unless the article names
// that person in full before ("Foreign Secretary Liz Truss … Truss and Kallas signed …"). Sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

describe("pass 7: a short form of a person the article names in full signs", () => {
  it("'Truss and Kallas signed a memorandum with Stoltenberg' after 'Liz Truss' in full", () => {
    const f = facts(
      "Earlier, Estonian Prime Minister Kaja Kallas met British Foreign Secretary Liz Truss in Tallinn. Truss and Kallas also signed a memorandum on cyber defence with NATO Secretary General Jens Stoltenberg, covering joint exercises.",
      "2022-03-10",
    );
    expect(agreements(f).some((a) => a.who.includes(P("liz-truss")) && a.who.includes(P("jens-stoltenberg")))).toBe(true);
  });
});
