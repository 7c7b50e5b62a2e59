// Pass 1 and 3: a kunya the lexicon holds as a person's other name (aka: «أبو عمار» of Yasser Arafat) names that
// person alone («الأخ الرئيس أبو عمار»); quoted right after the person's full name it is a reference to that name,
// not a second naming (_aliases). Found by the almanac suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const D = "1996-03-12";
const ARAFAT = P("yasser-arafat");
const MUBARAK = P("hosni-mubarak");

describe("a kunya the lexicon holds names its person", () => {
  it("«استقبل الأخ الرئيس أبو عمار … الرئيس حسني مبارك»: Arafat met Mubarak", () => {
    const f = facts("غزة - وفا: استقبل الأخ الرئيس أبو عمار في مقر الرئاسة بغزة أمس الرئيس المصري حسني مبارك.", D);
    expect(people(f)).toEqual(expect.arrayContaining([ARAFAT, MUBARAK]));
    expect(met(f, ARAFAT, MUBARAK)).toHaveLength(1);
  });
  it("quoted after the full name, it is a reference to the name, no mention of its own", () => {
    const f = facts('غزة - وفا: استقبل الرئيس ياسر عرفات "أبو عمار" أمس الرئيس المصري حسني مبارك.', D);
    const own = f.mentions.filter((m) => m.kind === "person" && m.antecedent === undefined && m.lexiconId === ARAFAT && m.confidence > 0);
    expect(own.map((m) => m.text)).toEqual(["ياسر عرفات"]);
  });
});
