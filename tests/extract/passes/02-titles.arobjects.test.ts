// Pass 2 (titles and names), Arabic: a name no lexicon knows ends before the object of talks or of a reporting verb
// ("بحث مع السفير X آفاق التعاون", "وقع X اتفاقا"), and a foreign given name before a given name that is also a lexicon
// person's surname (أنطونيو: Téte António) stays in the name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2024-05-06";

describe("pass 2: an Arabic name ends before the object of the verb", () => {
  it("'استعرض … مع السفير الفرنسي لدى الرباط X العلاقات الثنائية'", () => {
    const f = facts("استعرض رئيس الوزراء مع السفير الفرنسي لدى الرباط كريستوف لوكورتييه العلاقات الثنائية.", D);
    expect(people(f)).toEqual(["كريستوف لوكورتييه"]);
  });
  it("'ناقش … مع السفير الإيطالي X سبل تعزيز العلاقات'", () => {
    const f = facts("ناقش وزير الخارجية مع السفير الإيطالي ماركو بيانكيني سبل تعزيز العلاقات.", D);
    expect(people(f)).toEqual(["ماركو بيانكيني"]);
  });
  it("an indefinite accusative object: 'وقع رئيس البلدية X اتفاقاً' and 'X اتصالا'", () => {
    expect(people(facts("وقع رئيس بلدية المدينة كارلوس منديث اتفاقاً مع الشركة.", D))).toEqual(["كارلوس منديث"]);
    expect(people(facts("تلقى السفير البرتغالي روي فيغيريدو اتصالا من الوزير.", D))).toEqual(["روي فيغيريدو"]);
  });
  it("the object of 'ألقى' (delivered): 'ألقى السفير X كلمة' and 'X محاضرة'", () => {
    expect(people(facts("ألقى السفير الكولومبي خوان كاميلو ريستريبو كلمة في الجامعة.", D))).toEqual(["خوان كاميلو ريستريبو"]);
    expect(people(facts("ألقى السفير الألماني يورغ هيلمان محاضرة في عمان.", D))).toEqual(["يورغ هيلمان"]);
  });
});

describe("pass 2: a foreign given name before a lexicon surname that starts the name", () => {
  it("'السفير الإسباني في نواكشوط خوسيه أنطونيو غارسيا آفاق التعاون'", () => {
    const f = facts("بحث وزير الخارجية يوم الاثنين مع السفير الإسباني في نواكشوط خوسيه أنطونيو غارسيا آفاق التعاون بين البلدين.", D);
    expect(people(f)).toEqual(["خوسيه أنطونيو غارسيا"]);
  });
});
