// Pass 5 (_joiners.ts, events.json join phrases with a gap): "B and C joined the two ministers at the talks" names
// the meeting's people as the object of "joined"; B and C join the meeting just reported. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const LAVROV = P("sergey-lavrov");
const D = "2025-05-22";

describe("'joined <object> at the talks'", () => {
  it("the joiners meet the people of the last meeting, on its day", () => {
    const f = facts("Hakan Fidan and Fuad Hussein met in Baghdad on Tuesday. Sergey Lavrov joined the two ministers at the talks, which covered water sharing.", D);
    expect(met(f, LAVROV, FIDAN).map((e) => e.date)).toEqual(["2025-05-20"]);
    expect(met(f, LAVROV, HUSSEIN)).toHaveLength(1);
  });
  it("'joined him for the talks'", () => {
    const f = facts("Hakan Fidan received Fuad Hussein in Ankara on Tuesday. Sergey Lavrov joined them for the talks in the afternoon.", D);
    expect(met(f, LAVROV, HUSSEIN)).toHaveLength(1);
  });
});
