// Pass 2 (titles, via _foreign-names, _surnames and lexicon/arabic-verbs): Persian and Arabic names no lexicon knows
// after a title, where a word of the name or the word next to it misleads the reading — a given name read as another
// person's short form or as a town, a verbal noun or a relational adjective glued to the name. Sentences written for
// this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("a Persian or Arabic name no lexicon knows after its title", () => {
  it("a given name that pass 1 read as another person's short form, with a common-word surname: «المبعوث … أنتوني ليك»", () => {
    const f = facts("نيروبي - التقى المبعوث البريطاني أنتوني ليك أمس في نيروبي وزير الخارجية الكيني.", "2021-03-10");
    expect(people(f)).toContain("أنتوني ليك");
  });

  it("… but not the adverbs of repetition after it: «بالرئيس صالح مرة أخرى» (President Saleh once again)", () => {
    const f = facts("غادر نائب الرئيس العاصمة دون أن يلتقي بالرئيس صالح مرة أخرى.", "1994-02-21");
    expect(people(f).filter((p) => /مرة|أخرى/.test(p))).toEqual([]);
  });
  it("a given name that is also a town, after a feminine title: «وزيرة الصحة ماري قعوار»", () => {
    const f = facts("عمان - وشاركت في الاجتماع وزيرة الثقافة ماري صويص.", "2021-03-10");
    expect(people(f)).toContain("ماري صويص");
  });

  it("a verbal noun after the name is no word of it: «… X التشاور مع …»", () => {
    const f = facts("بروكسل - أعلنت المفوضة الأوروبية للتجارة سيسيليا مالمستروم التشاور مع الدول الأعضاء.", "2021-03-10");
    const names = people(f);
    expect(names.some((n) => n.includes("التشاور"))).toBe(false);
  });

  it("a relational adjective is no surname after a short form that is a common word: «مرز رودخانه‌ای» (a river border)", () => {
    const f = facts("تهران - بر اساس این توافق، مرز رودخانه‌ای دو کشور تعیین می‌شود.", "1400-01-10");
    expect(people(f).some((n) => n.includes("رودخانه"))).toBe(false);
  });
});
