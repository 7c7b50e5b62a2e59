// Pass 5 (_joiners.joinOfOtherOccasion): "X met Y, before taking part in the summit that Z attended": a join word
// after a clause of another time that follows the sentence's own meeting is of another occasion, so Z did not meet Y
// (the summit, when the join names it, is a meeting of its own). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2017-05-22";
const NAYEF = P("muhammad-bin-nayef");
const SABAH = P("sabah-al-ahmad-al-jaber-al-sabah");

describe("pass 5: a join of another occasion", () => {
  it("ar: «التقى X Y، قبل أن يشارك في القمة التي حضرها Z»: two meetings", () => {
    const f = facts("والتقى الرئيس الأميركي دونالد ترمب ولي العهد السعودي الأمير محمد بن نايف أمس، قبل أن يشارك في القمة التي حضرها أمير الكويت الشيخ صباح الأحمد الجابر الصباح.", D);
    expect(met(f, NAYEF, SABAH)).toEqual([]);
    expect(f.events.filter((e) => e.kind === "meeting")).toHaveLength(2);
  });
  it("en: 'met Y on Sunday, before he took part in the summit, which Z attended'", () => {
    const f = facts("Donald Trump met Crown Prince Muhammad bin Nayef on Sunday, before he took part in the summit, which Kuwaiti Emir Sabah Al-Ahmad Al-Jaber Al-Sabah attended.", D);
    expect(met(f, P("donald-trump"), NAYEF)).toHaveLength(1);
    expect(met(f, NAYEF, SABAH)).toEqual([]);
  });
});
