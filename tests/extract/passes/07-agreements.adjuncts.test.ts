// Pass 1's light-verb signing read by pass 7 (agreements), Arabic: a long date (two calendars joined by الموافق) and a
// place between the signers and the document they sign are adjuncts, so "وقع A وB <date> في <city> معاهدة" is still a
// signing. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2023-03-21"; // a Tuesday
const ALIYEV = P("ilham-aliyev");
const MACRON = P("emmanuel-macron");

describe("pass 7: an Arabic signing with a long date and a place before its document", () => {
  it("'وقع A وB مساء اليوم الثلاثاء 29 شعبان 1444 الموافق 21 مارس 2023 في باكو معاهدة …'", () => {
    const f = facts("وقع الرئيس الأذربيجاني إلهام علييف والرئيس الفرنسي إيمانويل ماكرون مساء اليوم الثلاثاء 29 شعبان 1444 الموافق 21 مارس 2023 في باكو معاهدة الصداقة والتعاون بين أذربيجان وفرنسا.", D);
    expect(agreements(f).map((a) => a.who.filter((w) => w.startsWith("person/")))).toEqual([[MACRON, ALIYEV]]);
    expect(met(f, ALIYEV, MACRON).map((e) => [e.date, e.place])).toEqual([["2023-03-21", "place/baku"]]);
  });
});
