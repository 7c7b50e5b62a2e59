// Pass 7: "adopted a joint declaration" (cues signVerb: adopted, «اعتمد») is an agreement of its subjects; the people a
// speech verb's complement names after the signing ("… and announced that their ministers, A and B, would study …")
// are no signatories (_reported-speech.reportedCut). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const D = "2019-05-10";
const MORRISON = P("scott-morrison");
const ARDERN = P("jacinda-ardern");

describe("pass 7: adopting a document", () => {
  it("'A and B adopted a joint declaration on climate'", () => {
    const f = facts("Prime Minister Scott Morrison and Prime Minister Jacinda Ardern adopted a joint declaration on climate in Sydney on Friday.", D);
    expect(agreements(f).map((a) => a.who.filter((w) => w.startsWith("person/")).sort())).toEqual([[ARDERN, MORRISON].sort()]);
  });
  it("Arabic «اعتمد البلدان إعلانا مشتركا»", () => {
    const f = facts("أجرى رئيس الوزراء الأسترالي سكوت موريسون يوم الجمعة مباحثات مع رئيسة الوزراء النيوزيلندية جاسيندا أرديرن. وفي ختام المباحثات، اعتمد البلدان إعلانا مشتركا حول المناخ.", D);
    expect(agreements(f)).toHaveLength(1);
  });
  it("adopting no document is no agreement: 'adopted a tougher stance'", () => {
    const f = facts("Prime Minister Scott Morrison and Prime Minister Jacinda Ardern adopted a tougher stance on Friday.", D);
    expect(agreements(f)).toEqual([]);
  });
});

describe("pass 7: no signatory in a reported complement after the signing", () => {
  it("'signed a declaration and announced that their trade ministers, X and Y, would study …'", () => {
    const f = facts("Scott Morrison and Jacinda Ardern signed a declaration of partnership on Friday and announced that their trade ministers, Simon Birmingham and David Parker, would study a customs union.", D);
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toEqual(expect.arrayContaining([MORRISON, ARDERN]));
    expect(who).not.toContain("David Parker");
  });
});
