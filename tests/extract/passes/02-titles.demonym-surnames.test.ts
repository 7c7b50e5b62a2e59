// Pass 2 (_demonym-surnames, via _names.nameRun): a family name written like an indefinite country noun («روس», the
// plural of Russian) right after a given name in a name slot is the name's own word; a demonym with no name before
// it («مسؤولين روس») stays a country noun. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2003-04-09";

describe("pass 2: an indefinite demonym after a given name is a family name", () => {
  it("«المبعوث الأمريكي دينيس روس»: one name of two words", () => {
    const f = facts("القاهرة - استقبل الرئيس المصري حسني مبارك اليوم المبعوث الأمريكي دينيس روس في قصر الاتحادية.", D);
    expect(people(f)).toContain("دينيس روس");
  });
  it("«المنسق الأوروبي لوران ترك»: a name word no dictionary knows before it", () => {
    const f = facts("عمان - التقى وزير الخارجية الأردني مروان المعشر اليوم المنسق الأوروبي لوران ترك في عمان.", D);
    expect(people(f)).toContain("لوران ترك");
  });
  it("«مسؤولين روس»: no name before the demonym, no person", () => {
    const f = facts("القاهرة - استقبل الرئيس المصري حسني مبارك اليوم وفدا من مسؤولين روس في القاهرة.", D);
    expect(people(f).filter((p) => /روس/.test(p))).toEqual([]);
  });
});
