// Pass 2 (titles), Arabic: after a title and its place ("محافظ البصرة"), a given name that is also a dictionary word
// (نجم: star) before a family name no dictionary knows is the name, not a construct noun of the complement; and before a
// family name the lexicon knows alone (another person's), the two words are a new name, as right after a title.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-05-06";

describe("pass 2: a name after an Arabic title's complement", () => {
  it("'محافظ ديالى نجم الكرخي' (a family name no dictionary knows)", () => {
    expect(people(facts("استقبل الوزير في بغداد محافظ ديالى نجم الكرخي.", D))).toEqual(["نجم الكرخي"]);
  });
  it("'محافظ نينوى نجم الجبوري' (a family name the lexicon knows as another's short form)", () => {
    expect(people(facts("تلقى الوزير اتصالا هاتفيا من محافظ نينوى نجم الجبوري بحثا خلاله الأوضاع.", D))).toEqual(["نجم الجبوري"]);
  });
  it("a construct chain still belongs to the complement ('رئيس وفد الحكومة X')", () => {
    expect(people(facts("التقى الوزير رئيس وفد الحكومة الكولومبية فيرا غرابه.", D))).toEqual(["فيرا غرابه"]);
  });
});

describe("pass 2: the surname of a new name, written alone later, is that person, not the lexicon's namesake", () => {
  it("'… محافظ نينوى نجم الجبوري … جمعه بالجبوري' (the lexicon's Salim al-Jabouri is not named in full)", () => {
    const f = facts("تلقى الوزير اتصالا هاتفيا من محافظ نينوى نجم الجبوري بحثا خلاله الأوضاع. ونفى مكتب الوزير الأنباء عن لقاء آخر جمعه بالجبوري في الموصل.", D);
    expect(people(f)).not.toContain("person/salim-al-jabouri");
    expect(people(f)).toContain("الجبوري");
  });
});

describe("pass 2: a title ending in an indefinite noun governs the word after it (the construct state)", () => {
  it("'نائب رئيس مجلس قيادة الحركة X': the name after the organ's chain is read", () => {
    const f = facts("وحضر الاجتماع نائب رئيس مجلس قيادة الحركة رجاء خليل.", "2024-05-07");
    expect(people(f)).toContain("رجاء خليل");
  });
  it("and meets whom the sentence says", () => {
    const f = facts("واستقبل وزير الخارجية العماني بدر البوسعيدي أمس في مسقط نائب رئيس مجلس قيادة الجبهة أمل يوسف.", "2024-05-07");
    expect(people(f)).toContain("أمل يوسف");
    expect(met(f, "person/badr-albusaidi", "أمل يوسف").length).toBeGreaterThan(0);
  });
});
