// Pass 2 on a title met in the gazettes suite, in sentences written for these tests: a spokesman's title whose body is
// a clitic pronoun on باسم («المتحدث باسمها X»: its spokesman, the body named before) is complete; the name after it
// is the spokesman's, without the clitic word (offices.json, spokesperson).
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: «المتحدث باسمه / باسمها» before a name", () => {
  it("the name after the title is read without «باسمها»", () => {
    const f = facts("أعلنت حركة المعارضة في بيان رفضها للمبادرة، وقال المتحدث باسمها ماريو أباتيا إن الحركة لن تشارك في الحوار.");
    expect(people(f)).toContain("ماريو أباتيا");
    expect(people(f).filter((p) => p.includes("باسم"))).toEqual([]);
  });

  it("likewise the masculine clitic and الناطق («والناطق باسمه X»)", () => {
    const f = facts("التقى وزير الخارجية وفد الاتحاد الأفريقي، وقال الناطق باسمه كوفي مينساه إن اللقاء تناول الأزمة.");
    expect(people(f)).toContain("كوفي مينساه");
    expect(people(f).filter((p) => p.includes("باسم"))).toEqual([]);
  });
});

// A double-barrelled surname written in Arabic script with a glued hyphen is one name after a title
// (_name-words.nameLike: the hyphen joins the run, as "Kassym-Jomart" does in English); a spaced dash does not.
describe("pass 2: a hyphenated surname in Arabic script", () => {
  it("«وزيرة الخارجية السابقة ناليدي بيتسو-موكوينا» is read whole", () => {
    const f = facts("وحضرت الاجتماع وزيرة الخارجية الجنوب أفريقية السابقة ناليدي بيتسو-موكوينا إلى جانب وفد الاتحاد.");
    expect(people(f)).toContain("ناليدي بيتسو-موكوينا");
    expect(people(f)).not.toContain("ناليدي بيتسو");
  });
  it("a Persian name too, and a dash with spaces around it still ends the name", () => {
    expect(people(facts("معاون سابق رئیس جمهور آفریقای جنوبی فومزیله جانسون-بکر در این نشست سخنرانی کرد."))).toContain("فومزیله جانسون-بکر");
    const f = facts("وقال المبعوث الخاص أوليفر تامبو - وهو يتحدث للصحفيين - إن المحادثات ستستأنف.");
    expect(people(f).some((p) => p.includes("-"))).toBe(false);
  });
});

// A Korean family name that pass 1 reads weakly as another Kim's short form, right before the two syllables a title
// introduces, is the first word of that name (_foreign-names.familyNameBeforeSyllables).
describe("pass 2: a Korean family name before two syllables after a title", () => {
  it("«كيم يونغ هوان» beside «كيم جونغ أون» is one name of three words", () => {
    const f = facts("بيونغ يانغ - استقبل الزعيم الكوري الشمالي كيم جونغ أون الوفد الصيني، وحضر اللقاء نائب وزير الخارجية كيم يونغ هوان.", "2018-05-03");
    expect(people(f)).toContain("كيم يونغ هوان");
    expect(people(f)).not.toContain("يونغ هوان");
  });
});

describe("pass 2: a title modifier between a title's complement and the name (_title-slot.afterComplement)", () => {
  it("«مدير البنك المركزي بالوكالة X», «رئيس هيئة الأركان بالإنابة X»: the name after the modifier", () => {
    expect(people(facts("وقال مدير البنك المركزي بالوكالة سامي الحمداني إن الدينار مستقر."))).toContain("سامي الحمداني");
    expect(people(facts("وقال مدير البنك المركزي بالإنابة هشام الزعبي إن الاحتياطي ارتفع."))).toContain("هشام الزعبي");
  });
  it("«رئيس موظفي البيت الأبيض» is the chief of staff's title (offices.json), with «بالوكالة» too", () => {
    expect(people(facts("وقال رئيس موظفي البيت الأبيض بالوكالة جيفري زينتس إن الرئيس سيسافر غدا."))).toContain("جيفري زينتس");
  });
});
