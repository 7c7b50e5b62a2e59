// Pass 1 (_misspellings): a country adjective («الأردني», «الأردنيون») is no misspelt family name of a person the
// article names in full, though the consonants match a country's name that ends one of that person's lexicon forms
// («ملک حسین پادشاه اردن»: a descriptive form, not a family name). Found by the almanac suite; sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const D = "2005-02-08";

describe("pass 1: a country's word is no misspelt family name", () => {
  it("«العاهل الأردني» and «الأردنيون» after «الملك حسين بن طلال» name no one", () => {
    const f = facts("عمان - أحيا الأردنيون أمس ذكرى رحيل الملك حسين بن طلال. وفي عمان، استقبل العاهل الأردني وزير الخارجية المصري أحمد أبو الغيط، وقال الوزير الأردني إن العلاقات متينة.", D);
    const read = f.mentions.filter((m) => m.kind === "person" && m.confidence > 0 && /الأردني/.test(m.text)).map((m) => m.text);
    expect(read).toEqual([]);
  });
});
