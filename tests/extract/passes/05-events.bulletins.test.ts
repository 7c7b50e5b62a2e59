// Passes 1 and 5 on Persian constructions the bulletins suite found (tests/extract/bulletins): the perfect of the
// compound verbs of talks («گفتگو کرده بودند»، «مذاکره کرده است»; the trigger list held only «دیدار کرده»), the
// indefinite meeting noun («پس از دیداری سه‌جانبه با …»، «در دیداری با …»; only «دیدار» was a trigger), plural
// talks held with a light verb («گفتگوهای … داشتند»), and the host of a signing ceremony told in the next sentence
// («X میزبان مراسم بود», "X hosted the ceremony"), who is at the signing like one who "attended the ceremony", and a
// title reference after «با» as the only other side of two named subjects («A و B … با نخست‌وزیر ترکیه گفتگو کردند»;
// `_mentions.actorsIn` dropped a reference wherever two people were named).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2024-03-14"; // a Thursday
const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const MELONI = P("giorgia-meloni");
const SANCHEZ = P("pedro-sanchez");
const SHOUKRY = P("sameh-shoukry");
const SAFADI = P("ayman-safadi");
const SISI = P("abdel-fattah-el-sisi");

describe("pass 1: the perfect of a Persian compound verb of talks is a meeting", () => {
  it("«… با Y گفتگو کرده بودند» (pluperfect) with its day and place", () => {
    const f = facts("اولاف شولتس و امانوئل ماکرون روز ۴ مارس در پاریس با جورجا ملونی گفتگو کرده بودند.", D);
    expect(met(f, SCHOLZ, MELONI).map((e) => [e.date, e.place])).toEqual([["2024-03-04", "place/paris"]]);
    expect(met(f, MACRON, MELONI).length).toBe(1);
  });
  it("«گفت‌وگو کرده است» and «مذاکره کرده بود»", () => {
    const a = facts("اولاف شولتس هفته گذشته در برلین با پدرو سانچز گفت‌وگو کرده است.", D);
    expect(met(a, SCHOLZ, SANCHEZ).length).toBe(1);
    const b = facts("جورجا ملونی روز ۲ مارس در رم با امانوئل ماکرون مذاکره کرده بود.", D);
    expect(met(b, MELONI, MACRON).map((e) => e.date)).toEqual(["2024-03-02"]);
  });
  it("by telephone it stays a call («تلفنی گفتگو کرده بود»)", () => {
    const f = facts("اولاف شولتس روز ۴ مارس تلفنی با پدرو سانچز گفتگو کرده بود.", D);
    expect(met(f, SCHOLZ, SANCHEZ)).toEqual([]);
    expect(events(f, "call").some((e) => e.who.includes(SCHOLZ) && e.who.includes(SANCHEZ))).toBe(true);
  });
});

describe("pass 1: the indefinite meeting noun «دیداری»", () => {
  it("«پس از دیداری سه‌جانبه با B و C» is a meeting of the subject with both", () => {
    const f = facts("امانوئل ماکرون روز سه‌شنبه پس از دیداری سه‌جانبه با اولاف شولتس و جورجا ملونی گفت اروپا باید متحد بماند.", D);
    expect(met(f, MACRON, SCHOLZ).map((e) => e.date)).toEqual(["2024-03-12"]);
    expect(met(f, MACRON, MELONI).length).toBe(1);
  });
  it("a planned «دیداری» stays planned, and «هیچ دیداری … صورت نگرفت» is no meeting", () => {
    const a = facts("قرار است پدرو سانچز ماه آینده در دیداری با اولاف شولتس درباره بودجه گفتگو کند.", D);
    expect(met(a, SANCHEZ, SCHOLZ)).toEqual([]);
    const b = facts("بنا بر گزارش‌ها، هیچ دیداری میان پدرو سانچز و جورجا ملونی در رم صورت نگرفت.", D);
    expect(met(b, SANCHEZ, MELONI)).toEqual([]);
    const c = facts("پدرو سانچز گفت در این سفر با جورجا ملونی دیداری نداشته است.", D);
    expect(met(c, SANCHEZ, MELONI)).toEqual([]);
  });
});

describe("pass 1: plural talks with a light verb («گفتگوهای … داشتند»)", () => {
  it("«A و B … گفتگوهای فشرده‌ای داشتند» is a meeting of A and B", () => {
    const f = facts("اولاف شولتس و پدرو سانچز روز ۱۲ مارس در مادرید گفتگوهای فشرده‌ای داشتند.", D);
    expect(met(f, SCHOLZ, SANCHEZ).map((e) => [e.date, e.place])).toEqual([["2024-03-12", "place/madrid"]]);
  });
  it("talks only named as a topic are no meeting («درباره گفتگوهای صلح … اختلاف نظر داشتند»)", () => {
    const f = facts("اولاف شولتس و پدرو سانچز درباره گفتگوهای صلح اختلاف نظر داشتند.", D);
    expect(met(f, SCHOLZ, SANCHEZ)).toEqual([]);
  });
});

describe("pass 5: the host of a signing ceremony told after it is at the signing", () => {
  it("«X میزبان مراسم بود» joins the signers' meeting (fa)", () => {
    const f = facts("سامح شکری و ایمن الصفدی روز دوشنبه در قاهره یک یادداشت تفاهم امضا کردند. عبدالفتاح السیسی میزبان مراسم بود.", D);
    expect(met(f, SISI, SHOUKRY).length).toBe(1);
    expect(met(f, SISI, SAFADI).length).toBe(1);
  });
  it("'X hosted the ceremony' joins the signers' meeting (en)", () => {
    const f = facts("Sameh Shoukry and Ayman Safadi signed a memorandum in Cairo on Monday. Egyptian President Abdel Fattah el-Sisi hosted the ceremony.", D);
    expect(met(f, SISI, SAFADI).length).toBe(1);
  });
});

describe("pass 5: a reference after «با» is the other side of the named subjects", () => {
  it("«A و B … با نخست‌وزیر اسپانیا گفتگو کردند» meets the prime minister named before", () => {
    const f = facts("پدرو سانچز، نخست‌وزیر اسپانیا، روز دوشنبه به برلین رفت. اولاف شولتس و امانوئل ماکرون، رئیس جمهور فرانسه، روز سه‌شنبه با نخست‌وزیر اسپانیا گفتگو کردند.", D);
    expect(met(f, SCHOLZ, SANCHEZ).map((e) => e.date)).toEqual(["2024-03-12"]);
    expect(met(f, MACRON, SANCHEZ).length).toBe(1);
  });
  it("a reference that is one of the named subjects adds no one", () => {
    const f = facts("اولاف شولتس، صدراعظم آلمان، و جورجا ملونی روز سه‌شنبه در رم با پدرو سانچز دیدار کردند.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([[SCHOLZ, MELONI, SANCHEZ].sort()]);
  });
});
