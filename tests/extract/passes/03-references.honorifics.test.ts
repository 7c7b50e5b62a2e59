// Pass 3 (references, via _honorific-refs.ts): Arab state agencies refer to the ruler they named in the lead by an
// honorific pronoun («وكان جلالته قد استقبل …», «وكان سموه قد …») and by his title "of the country" («أمير البلاد»,
// «ملك البلاد»): the pronoun is the nearest person given that honorific or office, the title the holder of that
// office the article already named, not the ruler of the last country named. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-13"; // a Wednesday
const HAMAD = P("hamad-bin-isa-al-khalifa");
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const MISHAL = P("mishal-al-ahmad-al-jaber-al-sabah");
const TAMIM = P("tamim-bin-hamad-al-thani");
const HAITHAM = P("haitham-bin-tariq");

describe("an honorific pronoun subject is the person the article styled so", () => {
  it("«وكان جلالته قد استقبل … X»: the king of the lead received X, not the minister named after the lead", () => {
    const f = facts(
      "المنامة (بنا) -- استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم اليوم الأربعاء في قصر الصخير فؤاد حسين وزير الخارجية العراقي. وكان جلالته قد استقبل أمس في القصر ذاته وزير الخارجية التركي هاكان فيدان.",
      D,
    );
    expect(met(f, HAMAD, FIDAN)).toHaveLength(1);
    expect(met(f, HUSSEIN, FIDAN)).toEqual([]);
  });
});

describe("«أمير البلاد» is the emir the article named, not the last country's", () => {
  it("after a call with another country's emir, «سمو أمير البلاد» still is the agency's own emir", () => {
    const f = facts(
      "الكويت (كونا) -- تلقى حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اليوم الأربعاء اتصالا هاتفيا من أخيه صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر. وكان سمو أمير البلاد قد التقى أمس الثلاثاء في مسقط السلطان هيثم بن طارق سلطان عمان.",
      D,
    );
    expect(met(f, MISHAL, HAITHAM)).toHaveLength(1);
    expect(met(f, TAMIM, HAITHAM)).toEqual([]);
  });
});

describe("«أمير منطقة …» is a region's governor, not the emir the article follows", () => {
  it("after «سمو أمير البلاد», «أمير منطقة الرياض» meets the sultan, not the emir", () => {
    const f = facts(
      "الكويت (كونا) -- غادر حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح البلاد اليوم الأربعاء متوجها إلى الرياض. وكان سمو أمير البلاد قد أجرى أمس اتصالا هاتفيا. والتقى أمير منطقة الرياض أمس في قصر الحكم السلطان هيثم بن طارق سلطان عمان.",
      D,
    );
    expect(met(f, MISHAL, HAITHAM)).toEqual([]);
  });
});

describe("«جلالة الملك» among several kings is the king the article styled «جلالة»", () => {
  const ABDULLAH = P("abdullah-ii-of-jordan");
  const SALMAN = P("salman-of-saudi-arabia");
  const ABBAS = P("mahmoud-abbas");
  const SISI = P("abdel-fattah-el-sisi");
  it("«وكان جلالة الملك والرئيس X قد التقيا»: the agency's king and President X, after another king is named", () => {
    const f = facts(
      "عمان (بترا) -- بحث جلالة الملك عبدالله الثاني اليوم الأربعاء في قصر الحسينية مع الرئيس عبد الفتاح السيسي الأوضاع في المنطقة، ونقل إليه تحيات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز. وكان جلالة الملك والرئيس محمود عباس قد التقيا يوم 12 فبراير 2024 في العقبة.",
      D,
    );
    const m = met(f, ABDULLAH, ABBAS);
    expect(m).toHaveLength(1);
    expect(m[0].date).toBe("2024-02-12");
    expect(met(f, SALMAN, ABBAS)).toEqual([]);
    expect(met(f, ABDULLAH, SISI)).toHaveLength(1);
  });

});

describe("«سمو رئيس مجلس الوزراء» among two prime ministers is the one the article styled «سمو»", () => {
  const SALMAN = P("salman-bin-hamad-al-khalifa");
  const SUDANI = P("mohammed-shia-al-sudani");
  it("the Gulf prime minister who is a prince, not the guest prime minister styled «دولة»; not across the verb that receives the guest", () => {
    const f = facts(
      [
        "المنامة (بنا) -- استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة اليوم الأربعاء في قصر الصخير دولة رئيس مجلس الوزراء في جمهورية العراق الشقيقة السيد محمد شياع السوداني.",
        "وحضر اللقاء وزير الخارجية عبداللطيف بن راشد الزياني وسمو الأمير سلمان بن حمد آل خليفة رئيس مجلس الوزراء.",
        "وكان سمو رئيس مجلس الوزراء قد استقبل السوداني أمس الثلاثاء لدى وصوله إلى المطار.",
      ].join("\n\n"),
      D,
    );
    expect(met(f, SALMAN, SUDANI).map((e) => e.date)).toContain("2024-03-12");
    expect(met(f, HAMAD, SUDANI).map((e) => e.date)).not.toContain("2024-03-12");
  });
});
