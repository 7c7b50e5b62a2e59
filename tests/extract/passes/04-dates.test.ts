// Pass 4 (dates): "the next day" / "the same day" is of the last day named before it, in its own sentence first.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

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
  it("is the day after the last day named; 'دو روز بعد' (two days later) is two days after it", () => {
    const next = facts("عباس عراقچی روز یکشنبه ۱۰ تیر ۱۴۰۳ با هاکان فیدان دیدار کرد. روز بعد عراقچی با اسحاق دار دیدار کرد.", "2024-07-05");
    expect(met(next, P("abbas-araghchi"), P("ishaq-dar")).map((e) => e.date)).toEqual(["2024-07-01"]);
    const two = facts("عباس عراقچی روز یکشنبه ۱۰ تیر ۱۴۰۳ با هاکان فیدان دیدار کرد. دو روز بعد عراقچی با اسحاق دار دیدار کرد.", "2024-07-05");
    expect(met(two, P("abbas-araghchi"), P("ishaq-dar")).map((e) => e.date)).toEqual(["2024-07-02"]);
  });
});

describe("pass 4: 'on DAY, a day after …' dates what follows the day before", () => {
  const DAR = P("ishaq-dar");
  it("en: the clause after 'a day after' is of the day before; after 'a day before', of the day after", () => {
    const f = facts("Hakan Fidan met Abbas Araghchi in Tehran on Thursday, May 8, a day after Fuad Hussein held talks with Ishaq Dar in Baghdad.", "2025-05-10");
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-08"]);
    expect(met(f, HUSSEIN, DAR).map((e) => e.date)).toEqual(["2025-05-07"]);
    const g = facts("Hakan Fidan met Abbas Araghchi in Tehran on May 8, a day before Fuad Hussein is due to meet Ishaq Dar.", "2025-05-08");
    expect(events(g).filter((e) => e.kind === "planned").map((e) => e.date)).toEqual(["2025-05-09"]);
  });
  it("fa and ar: «، یک روز پس از …» and «، غداة …»", () => {
    const fa = facts("عباس عراقچی روز پنجشنبه ۱۸ اردیبهشت ۱۴۰۴ در تهران با هاکان فیدان دیدار کرد، یک روز پس از آنکه فؤاد حسین با اسحاق دار دیدار کرده بود.", "2025-05-10");
    expect(met(fa, HUSSEIN, DAR).map((e) => e.date)).toEqual(["2025-05-07"]);
    const ar = facts("التقى هاكان فيدان نظيره عباس عراقجي في طهران يوم الخميس 8 مايو 2025، غداة لقاء فؤاد حسين مع إسحاق دار في بغداد.", "2025-05-10");
    expect(met(ar, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-08"]);
    expect(met(ar, HUSSEIN, DAR).map((e) => e.date)).toEqual(["2025-05-07"]);
  });
  it("a fronted 'A day after …,' and one with no day before its comma give no date of their own", () => {
    const f = facts("A day after the vote, Hakan Fidan met Abbas Araghchi in Tehran on May 8.", "2025-05-10");
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-08"]);
    const g = facts("Hakan Fidan met Abbas Araghchi in Tehran last week, a day after Fuad Hussein held talks with Ishaq Dar.", "2025-05-10");
    expect(met(g, HUSSEIN, DAR).map((e) => e.date)).toEqual([null]);
  });
});

describe("pass 4: a date that names a revolution or a coup dates nothing", () => {
  it("ar: «رئيس مجلس قيادة ثورة 23 يوليو» gives the meeting no July date; the meeting's own day stays", () => {
    const f = facts("استقبل الرئيس قيس سعيد اليوم الخميس في قصر قرطاج أحد قادة ثورة 17 ديسمبر، ووزير الخارجية نبيل عمار.", "2023-06-08");
    expect(met(f, P("kais-saied"), P("nabil-ammar")).map((e) => e.date)).toEqual(["2023-06-08"]);
  });
  it("ar: «الفاتح من» is the first of the month, and the revolution named by it dates nothing", () => {
    const named = facts("والتقى وزير الخارجية نبيل عمار في طرابلس أحد قادة ثورة الفاتح من سبتمبر ومحمد المنفي.", "2023-06-08");
    expect(met(named, P("nabil-ammar"), P("mohamed-al-menfi")).map((e) => e.date)).toEqual([null]);
    const day = facts("والتقى وزير الخارجية نبيل عمار محمد المنفي في طرابلس في الفاتح من يونيو.", "2023-06-08");
    expect(met(day, P("nabil-ammar"), P("mohamed-al-menfi")).map((e) => e.date)).toEqual(["2023-06-01"]);
  });
  it("en: 'the revolution of 14 July' is no date of the talks", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Baghdad, where they laid a wreath for the heroes of the revolution of 14 July.", "2025-05-20");
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual([null]);
  });
});

describe("pass 4: a month's name inside a person's name is no date", () => {
  it("ar: «… دي مايو» (Di Maio; مايو is May) dates nothing", () => {
    const f = facts("التقى لويجي دي مايو هاكان فيدان في أنقرة.", "2022-10-10");
    expect(met(f, "person/luigi-di-maio", FIDAN).map((e) => e.date)).toEqual([null]);
  });
  it("en: 'Theresa May' dates nothing; 'in May' does", () => {
    expect(met(facts("Theresa May met Hakan Fidan in Ankara.", "2022-10-10"), "person/theresa-may", FIDAN).map((e) => e.date)).toEqual([null]);
    expect(met(facts("Theresa May met Hakan Fidan in Ankara in May.", "2022-10-10"), "person/theresa-may", FIDAN).map((e) => e.date)).toEqual(["2022-05-01"]);
  });
});
