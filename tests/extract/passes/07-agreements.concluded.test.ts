// Pass 1 and pass 7: "concluded (on Friday) the negotiations for" a document reaches it (events.json agreement phrases,
// one with a gap for the day), and a modality word glued by a hyphen to the word before it ("long-delayed",
// "much-postponed") is an adjective of the document, no postponement. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const D = "2025-05-22";
const signersOf = (text: string) => agreements(facts(text, D)).map((a) => a.who);

describe("'concluded the negotiations for' an agreement", () => {
  it("with the day between the verb and its object", () => {
    expect(signersOf("Hakan Fidan and Fuad Hussein concluded on Tuesday the negotiations for a free trade agreement.")).toEqual([expect.arrayContaining([FIDAN, HUSSEIN])]);
  });
  it("without it", () => {
    expect(signersOf("Hakan Fidan and Fuad Hussein concluded the negotiations for a free trade agreement.")).toEqual([expect.arrayContaining([FIDAN, HUSSEIN])]);
  });
});

describe("a hyphenated '-delayed' or '-postponed' is an adjective", () => {
  it("'the long-delayed agreement' is signed all the same", () => {
    expect(signersOf("Hakan Fidan and Fuad Hussein signed the long-delayed water agreement in Baghdad on Tuesday.")).toEqual([expect.arrayContaining([FIDAN, HUSSEIN])]);
  });
  it("'the much-postponed meeting' was held", () => {
    expect(met(facts("Hakan Fidan held the much-postponed meeting with Fuad Hussein in Baghdad on Tuesday.", D), FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-20"]);
  });
  it("a postponement said in words of its own still holds", () => {
    expect(signersOf("The signing of the water agreement by Hakan Fidan and Fuad Hussein was delayed again on Tuesday.")).toEqual([]);
  });
});
