// Pass 2 on Arabic name slots met in the tidings suite, in sentences written for these tests: a descriptor with a
// continent's adjective («الوسيط الأفريقي X»), a leading member («القيادي في … X») whose name holds another person's
// weak short form, a dean before a body no lexicon knows, and a two-word country adjective in the feminine and with
// the article («الجنوب أفريقية») between a title and its name (cues.json descriptorQualifier, descriptor, bodyChief;
// _foreign-names.weakInsideName; lexicon/arabic-titles.arabicDemonymVariants).
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2022-11-14";

describe("pass 2: Arabic name slots of the tidings suite", () => {
  it("a mediator's descriptor with a continent's adjective, and a European expert", () => {
    const f = facts("والتقى الوسيط الأفريقي إدريس كمارا أمس في باماكو رئيس المجلس العسكري.", D);
    expect(people(f)).toContain("إدريس كمارا");
    expect(people(facts("وقال الخبير الأوروبي ماركو فيلاني إن المفاوضات ستستأنف.", D))).toContain("ماركو فيلاني");
  });

  it("a leading member of a body, whose name holds another person's weak short form", () => {
    const f = facts("وقال القيادي في الجبهة الشعبية حسن عباس حسن إن الحوار سيستأنف الأسبوع المقبل.", D);
    expect(people(f)).toContain("حسن عباس حسن");
    expect(people(f).filter((p) => p.startsWith("person/"))).toEqual([]);
  });

  it("a dean before a body no lexicon knows", () => {
    const f = facts("وقال عميد كلية الحقوق سامي عوض الكريم إن المسودة تحتاج إلى مراجعة.", D);
    expect(people(f)).toContain("سامي عوض الكريم");
  });

  it("a two-word country adjective in the feminine and with the article ends before the name", () => {
    const f = facts("وقال المتحدث باسم الحكومة الجنوب أفريقية فنسنت ماغوينيا إن الرئيس سيلتقي نظيره الكيني.", D);
    expect(people(f)).toContain("فنسنت ماغوينيا");
    expect(people(f).filter((p) => p.includes("أفريقية"))).toEqual([]);
  });

  it("a royal style's name with a nasab whose father's name is also a title word ('بن سلطان')", () => {
    const f = facts("وحضر اللقاء الأمير منصور بن سلطان سفير المملكة لدى ألمانيا، الذي رافق الوفد.", D);
    expect(people(f).some((p) => p.includes("منصور بن سلطان"))).toBe(true);
    expect(people(f).some((p) => /منصور$/.test(p))).toBe(false);
  });

  it("a Mauritanian name whose father's name opens with الشيخ, read whole", () => {
    const f = facts("وأكد النائب البرلماني عن حزب الوئام أحمد سالم ولد الشيخ محمد يحيى أن الحوار ضروري.", D);
    expect(people(f)).toContain("أحمد سالم ولد الشيخ محمد يحيى");
    expect(people(f)).not.toContain("محمد يحيى");
  });

  it("a Chinese family name written like the pronoun هو opens the name after a title", () => {
    const f = facts("والتقى نائب رئيس مجلس الدولة الصيني هو تشونغ لياو أمس وزير التجارة الماليزي.", D);
    expect(people(f)).toContain("هو تشونغ لياو");
    // a copula after a title goes on with common words: no name
    expect(people(facts("وقال إن نائب رئيس الوزراء هو المسؤول عن الملف.", D)).filter((p) => p.startsWith("هو"))).toEqual([]);
  });

  it("a plural descriptor with its demonym names the pair after it ('المواطنين الأردنيين A وB')", () => {
    const f = facts("وطالبت المنظمة بالإفراج عن المواطنين الأردنيين زياد الخوالدة والأمين الطويسي المحتجزين منذ شهرين.", D);
    expect(people(f)).toContain("زياد الخوالدة");
    expect(people(f)).toContain("الأمين الطويسي");
  });

  it("a person so named meets who the clause names", () => {
    const f = facts("واستقبل رئيس الوزراء الإثيوبي آبي أحمد أمس في أديس أبابا الوسيط الأفريقي إدريس كمارا.", D);
    expect(met(f, "person/abiy-ahmed", "إدريس كمارا").length).toBeGreaterThan(0);
  });
});
