// Pass 4 (dates): "the next day" / "the same day" is of the last day named before it, in its own sentence first.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const ARAGHCHI = P("abbas-araghchi");

describe("pass 4: 'the next day' after a day named in the same sentence", () => {
  it("en: 'On May 5 X met Y, and the next day he met Z': Z on May 6", () => {
    const f = facts("On May 5 Hakan Fidan met Fuad Hussein in Baghdad, and the next day he met Abbas Araghchi in Tehran.", "2025-05-20");
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-06"]);
  });
  it("en: with no day in its sentence, the last day named before it", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Baghdad on May 5. The next day Fidan met Abbas Araghchi in Tehran.", "2025-05-20");
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-06"]);
  });
});
