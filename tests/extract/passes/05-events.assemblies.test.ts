// Pass 5 and its helpers, on the reports of multilateral gatherings (found by the assemblies suite; sentences written
// for these tests): "on the sidelines of …" after a contact verb is where that contact was held, no event of its own
// (_event-parts.segments); a summit named by its states' adjective («القمة الأفريقية») is a body's session, whose
// attendees did not meet one another for that, nor those told after a bare «القمة» (_body-sessions); a contact
// told beside «القمة» is of the day of the summit named with that noun, not of another gathering's, past a date of a
// phrase of «منذ» and a guest's title naming a country (_event-dates.summitDay, _occasion-words.sinceDate).
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2023-09-06"; // a Wednesday
const KISHIDA = P("fumio-kishida");
const BIDEN = P("joe-biden");
const TINUBU = P("bola-tinubu");
const RUTO = P("william-ruto");
const ABIY = P("abiy-ahmed");
const M6 = P("mohammed-vi-of-morocco");

describe("pass 5: a contact on the sidelines of a gathering", () => {
  it("«التقى A، الثلاثاء، B على هامش أعمال الجمعية العامة»: one meeting of A and B", () => {
    const f = facts("التقى رئيس الوزراء الياباني فوميو كيشيدا، الثلاثاء، الرئيس الأمريكي جو بايدن على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.", D);
    expect(met(f, KISHIDA, BIDEN).map((e) => e.date)).toEqual(["2023-09-05"]);
  });
  it("the heads at «القمة الأفريقية» and those who took part in «القمة» after it did not meet for that", () => {
    const f = facts("افتتحت في الرباط اليوم أعمال القمة الأفريقية برئاسة الملك محمد السادس، بمشاركة الرئيس الكيني وليام روتو. وشارك في القمة الرئيس النيجيري بولا تينوبو ورئيس الوزراء الإثيوبي آبي أحمد.", D);
    expect(met(f, TINUBU, ABIY)).toHaveLength(0);
    expect(met(f, M6, RUTO)).toHaveLength(0);
  });
  it("a summit no body names is still a meeting of those who took part", () => {
    const f = facts("عقدت في نيروبي اليوم قمة دعا إليها الرئيس الكيني وليام روتو. وشارك في القمة الرئيس النيجيري بولا تينوبو ورئيس الوزراء الإثيوبي آبي أحمد.", D);
    expect(met(f, TINUBU, ABIY)).toHaveLength(1);
  });
  it("«على هامش القمة» is of the summit's day: not the conference's of another day, nor a date after «منذ»", () => {
    const f = facts(
      "افتتح الرئيس الكيني وليام روتو، اليوم الأربعاء، قمة المناخ في نيروبي. وكان المؤتمر قد بدأ أعماله أمس الثلاثاء على مستوى الوزراء. وعلى هامش القمة، استقبل روتو رئيس الوزراء الإثيوبي آبي أحمد، في أول لقاء بينهما منذ أداء روتو اليمين الدستورية أواخر الشهر الماضي.",
      D,
    );
    expect(met(f, RUTO, ABIY).map((e) => e.date)).toEqual(["2023-09-06"]);
  });
  it("a guest's title naming a country is no other gathering's place", () => {
    const f = facts("افتتح الرئيس الكيني وليام روتو، اليوم الأربعاء، قمة المناخ في نيروبي. وعلى هامش القمة، التقى روتو رئيس جمهورية نيجيريا الاتحادية بولا تينوبو.", D);
    expect(met(f, RUTO, TINUBU).map((e) => e.date)).toEqual(["2023-09-06"]);
  });
});
