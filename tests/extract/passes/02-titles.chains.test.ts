// Pass 2 (titles), Arabic and Persian: a person beside a title whose body no lexicon knows, and the name's edges —
// an honorific opening a name that starts with the article, a given name before a namesake's surname right after
// an honorific, a given name with the conjunction glued to it before an apposition, a definite chief with its
// adjective and its body behind ل, a chief with a possessive pronoun. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, people } from "./helpers.js";

const D = "2024-05-06";

describe("pass 2: names beside a body's chief", () => {
  it("an honorific opens a name that starts with the article ('الدكتور الطاهر X رئيس الجبهة')", () => {
    expect(people(facts("وعن الجبهة الوطنية حضر الدكتور الطاهر بوزكري رئيس الجبهة.", D))).toEqual(["الطاهر بوزكري"]);
  });
  it("a word right after an honorific before a namesake's surname is its given name ('الدكتورة رانيا المشاط')", () => {
    const f = facts("وقعت الدكتورة رانيا المشاط وزيرة الصحة اتفاقا مع الشركة.", D);
    expect(people(f)).toEqual(["رانيا المشاط"]);
  });
  it("a given name with و glued to it opens the name before 'المدير العام لمكتب …'", () => {
    expect(people(facts("حضر اللقاء ومحمد القرطبي المدير العام لمكتب غرب آسيا بالبنك الإسلامي للتنمية.", D))).toContain("محمد القرطبي");
  });
  it("a chief with a possessive pronoun and its adjective ('رئيسها التنفيذي X')", () => {
    expect(people(facts("ووقع العقد عن الشركة رئيسها التنفيذي فولكان أرسلان.", D))).toEqual(["فولكان أرسلان"]);
  });
});

describe("pass 7: the head of a body signs for that body, not for the state a report leaves unsaid", () => {
  it("'وعن شركة … رئيسها التنفيذي X' after a visit of the other state's president adds no second state", () => {
    const f = facts("زار الرئيس التركي رجب طيب أردوغان جدة اليوم. ووقع العقد عن الجانب السعودي الأمير خالد بن سلمان وزير الدفاع، وعن شركة فالكون رئيسها التنفيذي فولكان أرسلان.", D);
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toContain("فولكان أرسلان");
    expect(who).not.toContain("place/turkey");
  });
});
