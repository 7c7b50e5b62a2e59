// Passes 4 and 5 on what the neighbours suite found (tests/extract/neighbours): the day of a meeting its clause does not
// date. A part of the day with no day beside it is later on the day last told (_day-parts); a trip still to come
// («قرار است … بازدید کند») dates no meeting (_subjunctive); a day inside a quotation is the speaker's, not the last day
// the story told (04-dates, _quotations). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const P = (s: string) => `person/${s}`;

describe("pass 5: a bare part of the day", () => {
  it("«X شامگاه با Y گفت‌وگو کرد» after a dated meeting is the same day", () => {
    const f = facts("رجب طیب اردوغان رئیس‌جمهوری ترکیه روز سه‌شنبه ۱۳ تیر در آنکارا با عبدالفتاح السیسی رئیس‌جمهوری مصر دیدار کرد. اردوغان شامگاه در کاخ ریاست جمهوری با شیخ تمیم بن حمد آل ثانی امیر قطر گفت‌وگو کرد. قرار است اردوغان امروز از استانبول بازدید کند.", "2023-07-06");
    expect(met(f, P("recep-tayyip-erdogan"), P("tamim-bin-hamad-al-thani")).map((e) => e.date)).toEqual(["2023-07-04"]);
  });
  it('"In the evening, X met Y" after a dated meeting', () => {
    const f = facts("Recep Tayyip Erdogan met Abdel Fattah el-Sisi in Ankara on Tuesday, July 4. In the evening, Erdogan held talks with Emir Tamim bin Hamad Al Thani.", "2023-07-06");
    expect(met(f, P("recep-tayyip-erdogan"), P("tamim-bin-hamad-al-thani")).map((e) => e.date)).toEqual(["2023-07-04"]);
  });
});

describe("pass 5: a trip still to come dates nothing", () => {
  it("«قرار است X امروز از … بازدید کند» is no trip made (which would date the meetings of X)", () => {
    const f = facts("عبدالفتاح السیسی رئیس‌جمهوری مصر دیروز (دوشنبه ۱۰ مهر) وارد عمان شد و با ملک عبدالله دوم پادشاه اردن دیدار کرد. قرار است السیسی امروز (سه‌شنبه) از شهر عقبه بازدید کند.", "2023-10-03");
    expect(events(f, "visit").filter((e) => e.date === "2023-10-03")).toEqual([]);
  });
  it("«… به X سفر کرد» is still a trip made", () => {
    const f = facts("عبدالفتاح السیسی رئیس‌جمهوری مصر دیروز (دوشنبه ۱۰ مهر) به عقبه سفر کرد.", "2023-10-03");
    expect(events(f, "visit").map((e) => e.date)).toEqual(["2023-10-02"]);
  });
});

describe("pass 4: a day inside a quotation", () => {
  it("«همان روز» after a quotation that says «امروز» is the story's day, not the paper's", () => {
    const f = facts("عبدالفتاح السیسی روز دوشنبه ۱۰ مهر در قاهره با ملک عبدالله دوم پادشاه اردن دیدار کرد. السیسی گفت: «امروز سند مهمی را امضا کردیم.» او شامگاه همان روز با محمود عباس رئیس تشکیلات خودگردان فلسطین دیدار کرد.", "2023-10-03");
    expect(met(f, P("abdel-fattah-el-sisi"), P("mahmoud-abbas")).map((e) => e.date)).toEqual(["2023-10-02"]);
  });
});
