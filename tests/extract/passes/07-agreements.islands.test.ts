// Pass 7, classes found by the islands suite (tests/extract/islands). Sentences written for these tests.
//   - a clause opened by "despite" / "in spite of" after a comma is a clause of its own (cues.json contrast,
//     _clause-breaks.ts): who visited or objected there is no side of the signing in the main clause;
//   - a free relative ("an explanation of what was signed", "whatever is agreed") names no agreement of its own.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const TRUSS = P("liz-truss");

describe("pass 7: the visitor of a concessive clause is no side of a signing", () => {
  it("'The accord was signed in May, despite a visit by X, who met the president …': X signs nothing", () => {
    const f = facts("The fisheries accord was signed in May, despite a last-minute visit by British Foreign Secretary Liz Truss, who met President William Ruto in Nairobi on 3 May to ask for a delay.", "2022-06-10");
    expect(agreements(f).some((a) => a.who.includes(TRUSS))).toBe(false);
    expect(met(f, TRUSS, P("william-ruto")).length).toBeGreaterThan(0);
  });
});

describe("pass 7: a free relative is no agreement", () => {
  it("'should explain what was signed' after a meeting makes no agreement of that meeting's people", () => {
    const f = facts("Liz Truss held talks with President William Ruto in Nairobi on 3 May. The opposition said the government should explain what was signed.", "2022-06-10");
    expect(agreements(f)).toEqual([]);
  });
});
