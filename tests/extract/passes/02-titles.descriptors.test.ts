// Pass 2 (titles, via _descriptors.ts): a person no office names, introduced by a noun of occupation (cues.json
// descriptor: الباحث، المحلل، الخبير؛ کارشناس، تحلیلگر، پژوهشگر) with its qualifiers, or in apposition before it.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-06-05";

describe("pass 2: names beside a descriptor noun (Arabic and Persian)", () => {
  it("Arabic: after the noun, its field adjective and a demonym", () => {
    expect(people(facts("وقال المحلل السياسي العراقي كاظم الموسوي إن اللقاء مهم.", D))).toContain("كاظم الموسوي");
    expect(people(facts("ويقول الخبير الاقتصادي الأردني مازن مرجي إن الأسعار سترتفع.", D))).toContain("مازن مرجي");
  });
  it("Arabic: past a prepositional qualifier, from the given name on", () => {
    expect(people(facts("ويرى الباحث في معهد واشنطن حسان الزعبي أن المفاوضات ستطول.", D))).toContain("حسان الزعبي");
  });
  it("Arabic: before the noun, in apposition after a comma", () => {
    expect(people(facts("وقال زياد العيسى، الباحث في جامعة دمشق، إن الحوار ضروري.", D))).toContain("زياد العيسى");
  });
  it("Persian: after 'کارشناس مسائل …', and before 'پژوهشگر …' or 'تحلیلگر سیاسی'", () => {
    expect(people(facts("کارشناس مسائل خاورمیانه جواد منصوری گفت که این دیدار مهم است.", D))).toContain("جواد منصوری");
    expect(people(facts("محسن رضایی‌فر، پژوهشگر دانشگاه تهران، گفت که گفت‌وگو ادامه دارد.", D))).toContain("محسن رضایی‌فر");
    expect(people(facts("بهرام امیرزاده تحلیلگر سیاسی معتقد است که مذاکرات ادامه دارد.", D))).toContain("بهرام امیرزاده");
  });
  it("a descriptor followed by common words names no one", () => {
    expect(people(facts("وقال الباحث إن الوضع العام صعب جدا.", D))).toEqual([]);
    expect(people(facts("کارشناسان و تحلیلگران سیاسی این موضوع را بررسی کردند.", D))).toEqual([]);
  });
  it("a meeting of a person so named is read", () => {
    const f = facts("والتقى الكاتب الصحفي المصري وائل عبد الفتاح أمس في القاهرة بالمحللة السياسية سناء الخطيب.", D);
    expect(people(f)).toContain("وائل عبد الفتاح");
    expect(people(f)).toContain("سناء الخطيب");
    expect(met(f, "وائل عبد الفتاح", "سناء الخطيب").length).toBeGreaterThan(0);
  });
});

describe("pass 2: a foreign name written a syllable a word over weak short forms (Arabic)", () => {
  it("after a posted title 'لدى البلاد', the whole name, its last short syllable too, meets the minister", () => {
    const f = facts("بحث وزير الصحة الكويتي الدكتور خالد السعيد مع سفير جمهورية كوريا لدى البلاد تشونغ سونغ ها اليوم سبل التعاون الصحي.", D);
    expect(people(f)).toContain("تشونغ سونغ ها");
    expect(met(f, "خالد السعيد", "تشونغ سونغ ها").length).toBeGreaterThan(0);
  });
  it("after a title and demonym: 'السفير الكوري كيم يونغ' is one person, not Kim and Young", () => {
    const who = people(facts("استقبل وزير الخارجية العماني السفير الكوري الجنوبي كيم يونغ في مسقط.", D));
    expect(who).toContain("كيم يونغ");
  });
});

describe("pass 2: a foreign name over a weak two-word short form, opening with a word no dictionary knows (Arabic)", () => {
  it("after a title: 'السفير X عبد المهدي Y' is one person, not Adil Abdul-Mahdi", () => {
    const who = people(facts("واستقبل الوزير السفير الإندونيسي بنتارا عبد المهدي بنتارا يوسف في مكتبه.", D));
    expect(who).toContain("بنتارا عبد المهدي بنتارا يوسف");
    expect(who).not.toContain("person/adil-abdul-mahdi");
  });
  it("after a descriptor noun: 'الوسيط X عبد المهدي Y'", () => {
    const who = people(facts("وحضر اللقاء الوسيط الإندونيسي داتو عبد المهدي داتو سليمان في كوالالمبور.", D));
    expect(who).toContain("داتو عبد المهدي داتو سليمان");
  });
});
