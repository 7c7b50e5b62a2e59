// Pass 5 (events.json, Persian protocol phrases): an audience with a sovereign or a leader is a meeting of the two
// — «X به حضور Y رسید» (X was received by Y), «X شرفیاب شد», and the honorific plural «Y، X را به حضور پذیرفتند»
// the court press used of the Shah. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const SHAH = P("mohammad-reza-pahlavi");
const SADAT = P("anwar-sadat");

describe("pass 5: a Persian audience is a meeting", () => {
  it("«به حضور … رسید», with the sovereign's styles between", () => {
    const f = facts("تهران - خبرگزاری پارس: انور سادات رئیس جمهوری مصر امروز صبح در کاخ نیاوران به حضور اعلیحضرت همایون شاهنشاه آریامهر رسید.", "1975-04-27");
    expect(met(f, SADAT, SHAH)).toHaveLength(1);
  });

  it("after a relative clause set off by a comma, the one received «به حضور» is the other side of the subject", () => {
    const f = facts("تهران - خبرگزاری پارس: انور سادات رئیس جمهوری مصر که برای شرکت در کنفرانس کشورهای اسلامی به تهران آمده است، امروز صبح به حضور اعلیحضرت همایون شاهنشاه آریامهر رسید.", "1975-04-27");
    expect(met(f, SADAT, SHAH)).toHaveLength(1);
  });

  it("«را به حضور پذیرفتند»: the honorific plural of the sovereign receiving", () => {
    const f = facts("تهران - خبرگزاری پارس: شاهنشاه آریامهر امروز بعدازظهر انور سادات رئیس جمهوری مصر را به حضور پذیرفتند.", "1975-04-27");
    expect(met(f, SADAT, SHAH)).toHaveLength(1);
  });

  it("the pluperfect of a background audience, dated by its own month: «… به حضور شاهنشاه رسیده بود»", () => {
    const f = facts("تهران - خبرگزاری پارس: انور سادات پیش از این در دی‌ماه ۱۳۵۳ نیز به تهران آمده و به حضور شاهنشاه آریامهر رسیده بود.", "1975-04-27");
    expect(met(f, SADAT, SHAH)).toHaveLength(1);
  });

  it("«شرفیاب شد»", () => {
    const f = facts("تهران - خبرگزاری پارس: انور سادات رئیس جمهوری مصر امروز در کاخ نیاوران حضور شاهنشاه آریامهر شرفیاب شد.", "1975-04-27");
    expect(met(f, SADAT, SHAH)).toHaveLength(1);
  });
});
