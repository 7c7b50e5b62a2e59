// Pass 5 (events.json meeting phrases): "X announced <it> alongside Y", "stood alongside", "appeared alongside":
// X and Y were together, one meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const LAVROV = P("sergey-lavrov");
const D = "2025-05-22";

describe("'announced … alongside'", () => {
  it("the announcer and the people after 'alongside' meet", () => {
    const f = facts("Hakan Fidan announced the ceasefire alongside Fuad Hussein and Sergey Lavrov in Baghdad on Tuesday.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-20"]);
    expect(met(f, FIDAN, LAVROV)).toHaveLength(1);
  });
  it("'stood alongside'", () => {
    expect(met(facts("In Baghdad on Tuesday Hakan Fidan stood alongside Fuad Hussein at the border ceremony.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});
