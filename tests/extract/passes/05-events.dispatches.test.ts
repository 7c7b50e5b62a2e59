// Pass 5 (events) and pass 7 (agreements), classes found by the dispatches suite (tests/extract/dispatches): a
// signing watched by others ("A and B witnessed the signing of … by C and D", "the two premiers watched as C and D
// signed", "ترأس A وB حفل التوقيع … وقعها C وD"): the watchers are at the signing, and sign nothing. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2023-03-08"; // a Wednesday
const SISI = P("abdel-fattah-el-sisi");
const RUTO = P("william-ruto");
const ABDELATTY = P("badr-abdelatty");
const MUDAVADI = P("musalia-mudavadi");

describe("pass 5: the people who watch a signing are at it", () => {
  it("en: 'A and B witnessed the signing of … by C and D' after the talks", () => {
    const f = facts(
      "Kenyan President William Ruto held talks with Egyptian President Abdel Fattah el-Sisi in Nairobi on Tuesday. After the talks, Ruto and Sisi witnessed the signing of a water agreement by Foreign Minister Musalia Mudavadi and Egyptian Foreign Minister Badr Abdelatty.",
      D,
    );
    for (const leader of [RUTO, SISI]) for (const minister of [MUDAVADI, ABDELATTY]) expect(met(f, leader, minister).map((e) => e.date)).toEqual(["2023-03-07"]);
  });
  it("en: 'the two presidents watched as C and D signed' joins the meeting just told", () => {
    const f = facts(
      "Kenyan President William Ruto held talks with Egyptian President Abdel Fattah el-Sisi in Nairobi on Tuesday. The two presidents then watched as Musalia Mudavadi and Badr Abdelatty signed a memorandum on trade.",
      D,
    );
    expect(met(f, RUTO, MUDAVADI).length).toBeGreaterThan(0);
    expect(met(f, SISI, ABDELATTY).length).toBeGreaterThan(0);
  });
  it("ar: 'ترأس A وB حفل التوقيع … وقعها C وD' (the verb first, its subjects after it)", () => {
    const f = facts(
      "أجرى الرئيس الكيني وليام روتو يوم الثلاثاء في نيروبي مباحثات مع الرئيس عبد الفتاح السيسي. وعقب المباحثات، ترأس الرئيس الكيني والرئيس المصري حفل التوقيع على اتفاقيتين، وقعهما عن الجانب الكيني موساليا مودافادي وعن الجانب المصري بدر عبد العاطي.",
      D,
    );
    expect(met(f, RUTO, MUDAVADI).length).toBeGreaterThan(0);
    expect(met(f, SISI, ABDELATTY).length).toBeGreaterThan(0);
  });
});

describe("pass 7: the people who watch a signing sign nothing", () => {
  it("en: the witnesses before 'witnessed' are no signatories", () => {
    const f = facts(
      "Kenyan President William Ruto held talks with Egyptian President Abdel Fattah el-Sisi in Nairobi on Tuesday. After the talks, Ruto and Sisi witnessed the signing of a water agreement by Foreign Minister Musalia Mudavadi and Egyptian Foreign Minister Badr Abdelatty.",
      D,
    );
    const signed = agreements(f).filter((a) => a.who.includes(MUDAVADI));
    expect(signed.length).toBeGreaterThan(0);
    for (const a of signed) expect(a.who).not.toContain(RUTO);
  });
});

describe("pass 5: a Persian event noun opening its clause takes the plan of the clause's final verb", () => {
  it("'دیدار X با Y برای فردا پیش‌بینی شده است' (is foreseen) is no meeting held", () => {
    const f = facts("دیدار عباس عراقچی با هاکان فیدان برای پس‌فردا در آنکارا پیش‌بینی شده است.", "2024-06-05");
    expect(met(f, P("abbas-araghchi"), P("hakan-fidan"))).toEqual([]);
  });
  it("the same with 'برنامه‌ریزی شده است' further than a few words from the noun", () => {
    const f = facts("دیدار عباس عراقچی با هاکان فیدان وزیر امور خارجه ترکیه برای هفته بعد در آنکارا برنامه‌ریزی شده است.", "2024-06-05");
    expect(met(f, P("abbas-araghchi"), P("hakan-fidan"))).toEqual([]);
  });
});
