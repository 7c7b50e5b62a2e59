// Pass 1's light-verb signing read by pass 7 (agreements), Arabic: a long date (two calendars joined by الموافق) and a
// place between the signers and the document they sign are adjuncts, so "وقع A وB <date> في <city> معاهدة" is still a
// signing; so is an opening quotation mark before a quoted title that opens with its document noun ('وقعت A وB "اتفاق …"').
// Sentences written for these tests.
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

describe("pass 7: an Arabic signing whose document is a quoted title opening with its document noun", () => {
  const KEITA = "إبراهيم بوبكر كيتا"; // linked to the lexicon by the resolver, not the extractor
  const LAMAMRA = P("ramtane-lamamra");
  it("'وقعت A وB … «اتفاق …»، في حفل حضره X وY' (the title in quotation marks): an agreement, and the ceremony's guests met", () => {
    const f = facts('وقعت الحكومة المالية وتنسيقية حركات أزواد اليوم السبت في باماكو "اتفاق السلم والمصالحة"، في حفل حضره الرئيس المالي إبراهيم بوبكر كيتا ووزير الخارجية الجزائري رمطان لعمامرة.', "2015-06-20");
    expect(agreements(f)).toHaveLength(1);
    expect(met(f, KEITA, LAMAMRA).map((e) => [e.date, e.place])).toEqual([["2015-06-20", "place/bamako"]]);
  });
  it("a quoted name that opens with no document noun is no signed document", () => {
    const f = facts('وقعت الحكومة المالية وتنسيقية حركات أزواد اليوم السبت في باماكو "بيان النوايا"، في حفل حضره الرئيس المالي إبراهيم بوبكر كيتا.', "2015-06-20");
    expect(agreements(f)).toEqual([]);
  });
});
