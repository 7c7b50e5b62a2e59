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

describe("pass 4: Persian 'روز بعد' (the next day)", () => {
  it("is the day after the last day named; 'دو روز بعد' (two days later) is not", () => {
    const next = facts("عباس عراقچی روز یکشنبه ۱۰ تیر ۱۴۰۳ با هاکان فیدان دیدار کرد. روز بعد عراقچی با اسحاق دار دیدار کرد.", "2024-07-05");
    expect(met(next, P("abbas-araghchi"), P("ishaq-dar")).map((e) => e.date)).toEqual(["2024-07-01"]);
    const two = facts("عباس عراقچی روز یکشنبه ۱۰ تیر ۱۴۰۳ با هاکان فیدان دیدار کرد. دو روز بعد عراقچی با اسحاق دار دیدار کرد.", "2024-07-05");
    expect(met(two, P("abbas-araghchi"), P("ishaq-dar")).map((e) => e.date)).not.toEqual(["2024-07-01"]);
  });
});
