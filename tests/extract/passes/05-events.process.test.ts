// Pass 5: talks named as lasting months or years are a process, no meeting of the people the clause names
// (src/extract/passes/_event-parts.longProcess, cues.json longSpan). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-07";
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("pass 5: 'after N months of talks' is no meeting", () => {
  for (const text of [
    "Olaf Scholz and Emmanuel Macron announced a common fighter jet on Monday, after 14 months of difficult talks between their ministries.",
    "Olaf Scholz and Emmanuel Macron unveiled the plan after two years of negotiations.",
    "أعلن أولاف شولتس وإيمانويل ماكرون الاثنين خطة مشتركة بعد أشهر من المفاوضات بين وزارتيهما.",
    "اولاف شولتس و امانوئل ماکرون پس از ۱۴ ماه مذاکره فشرده از طرح مشترک خبر دادند.",
  ]) it(text, () => expect(met(facts(text, D), A, B)).toEqual([]));
});

describe("pass 5: a meeting told beside a long span stays", () => {
  it("en: 'after two years of talks, A met B in Paris'", () => {
    expect(met(facts("After two years of talks, Olaf Scholz met Emmanuel Macron in Paris on Monday.", D), A, B)).toHaveLength(1);
  });
  it("en: 'held talks … for the first time in two years'", () => {
    expect(met(facts("Olaf Scholz held talks with Emmanuel Macron on Monday for the first time in two years.", D), A, B)).toHaveLength(1);
  });
  it("fa: 'پس از ده سال دیدار کردند' (they met, after ten years)", () => {
    expect(met(facts("اولاف شولتس و امانوئل ماکرون روز دوشنبه پس از ده سال دیدار کردند.", D), A, B)).toHaveLength(1);
  });
});
