// Pass 5 (_event-facts.ts dateNear): of the dates a meeting's clause gives, a year or a month that a day of the same
// clause falls in says less than that day ("last September, when he met X on September 20"). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const D = "2025-05-22";
const dateOf = (text: string) => met(facts(text, D), FIDAN, HUSSEIN).map((e) => e.date);

describe("a day inside the month or year the clause also names dates the meeting", () => {
  it("a month before the event word, the day after it", () => {
    expect(dateOf("Hakan Fidan went to Iraq last March, when he met Fuad Hussein at the foreign ministry in Baghdad on March 14.")).toEqual(["2025-03-14"]);
  });
  it("a year before the event word, the day after it", () => {
    expect(dateOf("In 2023 Hakan Fidan met Fuad Hussein at a conference hall in Baghdad on 12 October 2023.")).toEqual(["2023-10-12"]);
  });
  it("a day of another month leaves the month", () => {
    expect(dateOf("Hakan Fidan met Fuad Hussein in Baghdad last March, weeks before the vote of April 20.")).toEqual(["2025-03-01"]);
  });
});
