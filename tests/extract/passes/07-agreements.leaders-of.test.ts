// Pass 7 (_leaders-of): a plural noun of leaders before a list of countries ('the leaders of A, B and C agreed …',
// «رهبران A، B و C … به توافق رسیدند», «اتفق قادة A وB …») makes the heads of those states the article names the people
// who agree, wherever it names them; a country whose leader it does not name gives no one. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const who = (f: ReturnType<typeof facts>) => agreements(f).flatMap((a) => a.who);

describe("pass 7: the leaders of listed states agree", () => {
  it("Persian: «رهبران ایران، روسیه و ترکیه … به توافق رسیدند», the leaders named in the next sentence", () => {
    const f = facts("رهبران ایران، روسیه و ترکیه روز چهارشنبه در سوچی بر سر تشکیل کمیته قانون اساسی سوریه به توافق رسیدند. حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان پیش از آن در کاخ ریاست جمهوری با یکدیگر دیدار کرده بودند.", "2017-11-22");
    expect(who(f)).toEqual(expect.arrayContaining(["person/hassan-rouhani", "person/vladimir-putin", "person/recep-tayyip-erdogan"]));
  });
  it("English: 'The leaders of Egypt, Jordan and Iraq agreed …', a leader the article does not name gives no one", () => {
    const f = facts("The leaders of Egypt, Jordan and Iraq agreed on Tuesday in Amman to link their power grids. Egyptian President Abdel Fattah el-Sisi and King Abdullah II of Jordan held talks before the summit.", "2020-08-25");
    expect(who(f)).toEqual(expect.arrayContaining(["person/abdel-fattah-el-sisi", "person/abdullah-ii-of-jordan"]));
    expect(who(f).filter((p) => p.startsWith("person/")).length).toBe(2);
  });
  it("Arabic: «اتفق قادة مصر والأردن والعراق …»", () => {
    const f = facts("اتفق قادة مصر والأردن والعراق اليوم الثلاثاء في عمان على ربط شبكات الكهرباء. وكان الرئيس المصري عبد الفتاح السيسي قد التقى رئيس الوزراء العراقي مصطفى الكاظمي قبل القمة.", "2020-08-25");
    expect(who(f)).toEqual(expect.arrayContaining(["person/abdel-fattah-el-sisi", "person/mustafa-al-kadhimi"]));
  });
});
