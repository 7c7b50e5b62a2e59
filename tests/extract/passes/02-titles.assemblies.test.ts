// Pass 2: an Arabic title that stands alone though a name follows it (_title-slot.titleStandsAlone): the name after
// it is another title's ("التقى الرئيس الفرنسي الرئيسَ X"), opens the list of whom its holder met («كلاً من»), or
// stands past the predicate «في استقبال»; the subject the title stands for is then a side of the meeting
// (_mentions.verbSubject). Found by the assemblies suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2023-06-14";
const MACRON = P("emmanuel-macron");
const SISI = P("abdel-fattah-el-sisi");
const MODI = P("narendra-modi");
const MBZ = P("mohamed-bin-zayed-al-nahyan");
const MBR = P("mohammed-bin-rashid-al-maktoum");
const MBS = P("mohammed-bin-salman");

describe("pass 2: a title before another title's name stands alone", () => {
  it("the same office twice: «التقى الرئيس الفرنسي الرئيس X» is the French president meeting X", () => {
    const f = facts("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة. والتقى الرئيس الفرنسي الرئيس عبد الفتاح السيسي في قصر الاتحادية.", D);
    expect(met(f, MACRON, SISI)).toHaveLength(1);
  });
  it("«كلاً من A وB، كلاً على حدة»: the title's holder met each, they did not meet each other", () => {
    const f = facts("وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي. والتقى رئيس الوزراء الهندي كلاً من الشيخ محمد بن زايد آل نهيان والشيخ محمد بن راشد آل مكتوم، كلاً على حدة.", D);
    expect(met(f, MODI, MBZ)).toHaveLength(1);
    expect(met(f, MODI, MBR)).toHaveLength(1);
    expect(met(f, MBZ, MBR)).toHaveLength(0);
  });
  it("another office before a holder of another country's office: «التقى ولي العهد السعودي الرئيس X»", () => {
    const f = facts("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى باريس. والتقى ولي العهد السعودي الرئيس إيمانويل ماكرون في قصر الإليزيه.", D);
    expect(met(f, MBS, MACRON)).toHaveLength(1);
  });
  it("«كان ولي العهد السعودي في استقبال الرئيس X»: the crown prince received X", () => {
    const f = facts("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى جدة. وكان ولي العهد السعودي في استقبال الرئيس إيمانويل ماكرون لدى وصوله إلى المطار.", D);
    expect(met(f, MBS, MACRON)).toHaveLength(1);
  });
});
