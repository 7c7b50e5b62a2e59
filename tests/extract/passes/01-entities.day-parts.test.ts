// Pass 1 (_misspellings), Arabic: a part of the day before a day or a date («صباح أمس», «صباح الأربعاء») is the time
// of day, no surname or misspelling of a person named in full («جابر الأحمد الجابر الصباح», «الشيخ صباح الأحمد»),
// so it joins no one to the meeting of its sentence. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "1995-05-16";
const JABER = P("jaber-al-ahmad-al-sabah");
const SABAH = P("sabah-al-ahmad-al-jaber-al-sabah");
const MUBARAK = P("hosni-mubarak");
const ARAFAT = P("yasser-arafat");

describe("pass 1: «صباح» before a day is the morning", () => {
  it("after the Al-Sabah family name, yesterday morning is no second mention of the emir", () => {
    const f = facts("استقبل أمير دولة الكويت الشيخ جابر الأحمد الجابر الصباح الرئيس حسني مبارك في قصر بيان مساء أمس. وكان الرئيس ياسر عرفات قد وصل إلى القاهرة صباح أمس.", D);
    expect(f.mentions.filter((m) => m.lexiconId === JABER)).toHaveLength(1);
    expect(met(f, JABER, MUBARAK)).toHaveLength(1);
  });
  it("after Sheikh Sabah named in full, Wednesday morning is no Sabah at the meeting", () => {
    const f = facts("أجرى الشيخ صباح الأحمد الجابر الصباح محادثات مع الرئيس حسني مبارك في القاهرة. واستقبل الرئيس مبارك صباح الأربعاء الرئيس ياسر عرفات.", D);
    expect(met(f, SABAH, ARAFAT)).toEqual([]);
    expect(met(f, MUBARAK, ARAFAT).length).toBeGreaterThan(0);
  });
});
