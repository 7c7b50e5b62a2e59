// Pass 5 (events): an event word inside an appositive set off by commas after a name, with the verb right after it
// ("X, the host of the climate summit, welcomed A and B"), says who X is: it is no event of its own, and the clause
// runs on, so X is at what the verb tells (_event-parts.segments, appositiveOpen). An appositive that names someone
// else ("X, who met Y at the summit, welcomed A") stays a part of its own. Found by the summits suite; sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-12"; // a Tuesday
const SISI = P("abdel-fattah-el-sisi");
const RUTO = P("william-ruto");
const TINUBU = P("bola-tinubu");

describe("pass 5: an event word in an appositive of the subject", () => {
  it("'X, the host of the climate summit, welcomed A and B': X met both", () => {
    const f = facts("Sisi, the host of the climate summit, welcomed Kenyan President William Ruto and Nigerian President Bola Tinubu at the venue on Monday.", D);
    expect(met(f, SISI, RUTO).map((e) => e.date)).toEqual(["2024-03-11"]);
    expect(met(f, SISI, TINUBU)).toHaveLength(1);
  });
  it("the title of the appositive standing for the name named before ('President X' then 'X, the chair of …')", () => {
    const f = facts("Egyptian President Abdel Fattah el-Sisi opened the forum on Monday. Sisi, the chair of the summit, received Kenyan President William Ruto and Nigerian President Bola Tinubu on Tuesday.", D);
    expect(met(f, SISI, RUTO).map((e) => e.date)).toEqual(["2024-03-12"]);
  });
  it("an appositive that names someone else is a part of its own", () => {
    const f = facts("Kagame, who met Museveni at the summit, welcomed Ruto and Tinubu on Tuesday.", D);
    expect(met(f, P("yoweri-museveni"), RUTO)).toEqual([]);
  });
});
