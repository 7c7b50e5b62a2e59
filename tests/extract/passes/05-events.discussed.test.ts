// Pass 1/5: "X discussed … with Y" told at a gathering, or with a topic that holds punctuation, is a meeting
// (src/extract/passes/_discussed.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const LULA = "person/lula-da-silva";
const SCHOLZ = "person/olaf-scholz";

describe("pass 1/5: 'X discussed … with Y' at a gathering is a meeting", () => {
  it("'at the … summit': a meeting of the day, the summit no second contact", () => {
    const f = facts("Olaf Scholz discussed fertiliser prices with Luiz Inacio Lula da Silva at the G20 summit on Monday.", D);
    expect(met(f, SCHOLZ, LULA).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("'on the sidelines of …'", () => {
    const f = facts("Olaf Scholz discussed the Amazon fund with Luiz Inacio Lula da Silva on the sidelines of the General Assembly on Monday.", D);
    expect(met(f, SCHOLZ, LULA)).toHaveLength(1);
  });
  it("a topic with a hyphen and commas before 'with', then a venue", () => {
    const f = facts("Olaf Scholz discussed EU-Mercosur trade, rainforest funds and lithium with Luiz Inacio Lula da Silva in Brasilia on Monday.", D);
    expect(met(f, SCHOLZ, LULA).map((e) => e.place)).toEqual(["place/brasilia"]);
  });
  it("still no meeting without a venue or a gathering", () => {
    expect(met(facts("Olaf Scholz discussed EU-Mercosur trade with Luiz Inacio Lula da Silva on Monday.", D), SCHOLZ, LULA)).toEqual([]);
  });
  it("nor by telephone during a summit's week", () => {
    const f = facts("Olaf Scholz discussed EU-Mercosur trade with Luiz Inacio Lula da Silva by telephone on Monday.", D);
    expect(met(f, SCHOLZ, LULA)).toEqual([]);
  });
});
