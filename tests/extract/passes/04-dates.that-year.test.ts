// Pass 4: a day written without its year and followed by "of that year" («من العام نفسه») is of the year the sentence
// named before it (else of the last day told), not of the publication's year. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const LAVROV = P("sergey-lavrov");
const D = "2025-05-22";
const dateOf = (text: string, a: string, b: string) => met(facts(text, D), a, b).map((e) => e.date);

describe("'of that year' takes the year named before it", () => {
  it("in the same sentence", () => {
    expect(dateOf("The row broke out in 2019 and was settled when Hakan Fidan met Fuad Hussein in Baghdad on March 3 of that year.", FIDAN, HUSSEIN)).toEqual(["2019-03-03"]);
    expect(dateOf("The talks broke down in 2021, and Sergey Lavrov met Hakan Fidan in Sochi on October 9 the same year.", LAVROV, FIDAN)).toEqual(["2021-10-09"]);
  });
  it("a day with no such phrase keeps the publication's year", () => {
    expect(dateOf("The row began in 2019. Hakan Fidan met Fuad Hussein in Baghdad on March 3.", FIDAN, HUSSEIN)).toEqual(["2025-03-03"]);
  });
});
