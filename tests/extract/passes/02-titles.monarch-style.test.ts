// Pass 2 on the Persian press's style for the Shah (1941–79): «اعلیحضرت همایون» is one honorific, «شاهنشاه» a title of
// the king's office and «آریامهر» an epithet after it (offices.json honorifics and king), so the formula alone is no
// new person's name, and before a name it leaves the name alone. Since branch gapfix2 «شاهنشاه» is also a style of
// one country's office (offices.json "styles", _styles.ts): the formula alone names the king of Iran of the day, the
// lexicon's Mohammad Reza Pahlavi in 1975, not a new name. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: «اعلیحضرت همایون شاهنشاه آریامهر»", () => {
  it("the formula alone is no new name: it names the office's holder of the day", () => {
    const f = facts("اعلیحضرت همایون شاهنشاه آریامهر صبح امروز در کاخ سعدآباد سفیر تازه ژاپن را به حضور پذیرفتند.", "1975-05-12");
    expect(people(f)).toEqual(["person/mohammad-reza-pahlavi"]);
  });
  it("before a name, the name is the person", () => {
    const f = facts("اعلیحضرت همایون محمدرضا شاه پهلوی روز گذشته از کارخانه ذوب‌آهن اصفهان بازدید کردند.", "1975-05-12");
    expect(people(f)).toEqual(["person/mohammad-reza-pahlavi"]);
  });
});
