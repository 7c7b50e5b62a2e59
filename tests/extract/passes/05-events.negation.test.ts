// Pass 5 (events) and pass 7 (agreements): the reach of a negation. English and Arabic negate the verb after the
// particle, so a negation after an event word negates another verb ("a visit not announced in advance", «زيارة لم
// يعلن عنها»); "without" (دون، بدون) negates only the event word right after it, in the same phrase ("ended without
// an agreement", «دون التوقيع على أي اتفاق»), never one before it or past a conjunction. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 5: a negation after the event word negates another verb (en, ar)", () => {
  const held: Array<[string, string]> = [
    ["en", "In a visit not announced in advance, Hakan Fidan met Fuad Hussein in Baghdad on Monday."],
    ["ar", "في زيارة لم يعلن عنها مسبقا، التقى هاكان فيدان فؤاد حسين في بغداد يوم الاثنين."],
  ];
  for (const [lang, text] of held) {
    it(`${lang}: the surprise visit's meeting is held`, () => {
      expect(met(facts(text, D), FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    });
  }
  const negated: Array<[string, string]> = [
    ["en", "Hakan Fidan did not meet Fuad Hussein in Baghdad on Monday."],
    ["ar", "لم يلتق هاكان فيدان فؤاد حسين في بغداد يوم الاثنين."],
  ];
  for (const [lang, text] of negated) {
    it(`${lang}: a negation before the verb still negates it`, () => {
      expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]);
    });
  }
});

describe("pass 5: 'did not … until' says when the event did happen (en)", () => {
  it("'did not hold formal talks until Monday morning' is a meeting on Monday", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein embraced on arrival, but they did not hold formal talks until Monday morning.", D), FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("without 'until' the negation denies it", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein did not hold formal talks on Monday.", D), FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 5/7: 'without' negates the event word right after it", () => {
  const noDeal: Array<[string, string]> = [
    ["en", "Hakan Fidan met Fuad Hussein in Baghdad on Monday, but the talks ended without an agreement."],
    ["ar", "التقى هاكان فيدان فؤاد حسين في بغداد يوم الاثنين، دون التوقيع على أي اتفاق جديد."],
  ];
  for (const [lang, text] of noDeal) {
    it(`${lang}: the meeting is held and no agreement is reached`, () => {
      const f = facts(text, D);
      expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
      expect(agreements(f)).toEqual([]);
    });
  }
  it("en: 'left without meeting X' is no meeting", () => {
    expect(met(facts("Hakan Fidan left Baghdad on Monday without meeting Fuad Hussein.", D), FIDAN, HUSSEIN)).toEqual([]);
  });
  const signed: Array<[string, string]> = [
    ["en", "Hakan Fidan met Fuad Hussein in Baghdad on Monday without aides and signed a water agreement."],
    ["en", "Hakan Fidan and Fuad Hussein signed a water agreement in Baghdad on Monday without a ceremony."],
  ];
  for (const [lang, text] of signed) {
    it(`${lang}: 'without' before a conjunction or after the document negates nothing: ${text.slice(0, 60)}`, () => {
      const f = facts(text, D);
      expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
      expect(agreements(f)).toHaveLength(1);
    });
  }
});

describe("pass 5: a possible or requested meeting is not held", () => {
  it("ar: قد before an imperfect is a possibility, before a perfect a past", () => {
    expect(met(facts("قال مسؤول إن هاكان فيدان قد يستقبل فؤاد حسين في أنقرة قريباً.", D), FIDAN, HUSSEIN)).toEqual([]);
    expect(met(facts("وكان هاكان فيدان قد استقبل فؤاد حسين في أنقرة يوم الاثنين.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  const asked: Array<[string, string]> = [
    ["en", "Hakan Fidan said on Monday he had asked for a meeting with Fuad Hussein but had heard nothing back."],
    ["fa", "هاکان فیدان روز دوشنبه گفت درخواست دیدار با فؤاد حسین را داده است."],
    ["ar", "قال هاكان فيدان يوم الاثنين إنه طلب لقاء فؤاد حسين."],
  ];
  for (const [lang, text] of asked) {
    it(`${lang}: a request for a meeting is no meeting`, () => {
      expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]);
    });
  }
});

describe("pass 5: the perfect of 'did not take place' after the event word", () => {
  it("en: 'a formal meeting has not taken place' is no meeting (the speaker is in none)", () => {
    const f = facts("“There have been brief exchanges, but with Hakan Fidan, a formal bilateral meeting has not taken place,” Fuad Hussein, the Iraqi foreign minister, said on Monday.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});
