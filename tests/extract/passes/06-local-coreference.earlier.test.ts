// Pass 6 (local coreference), a class found by the chancelleries suite (tests/extract/chancelleries): a meeting told
// as one before the story ("the two ministers last met in …", "had previously met", cues.json beforeTheStory) is
// not merged with the story's own, undated meeting of the same people. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 6: 'last met' is an earlier meeting of its own", () => {
  it("the story's undated meeting keeps the day of the trip, the earlier one its own", () => {
    const f = facts("Hakan Fidan arrived in Baghdad on Monday for a two-day visit. Fidan held talks with Fuad Hussein at the foreign ministry. The two ministers last met in Ankara on 12 January.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date).sort()).toEqual(["2025-01-12", "2025-05-05"]);
  });
  it("two reports of the story's meeting still merge", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Baghdad on Monday. Fidan and Hussein met at the foreign ministry, officials said.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
});
