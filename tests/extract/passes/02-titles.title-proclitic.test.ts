// Pass 2 (titles): an Arabic title glued to a preposition («بالرئيس الجزائري», «بالأمين العام لجامعة الدول العربية»)
// right after a name heads a prepositional phrase, no title in apposition to that name: «التقى X بالرئيس …» is X
// meeting the president (_title-proclitic.ts). Found by the assemblies suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2022-04-11";
const LEAD = "وصل رئيس الوزراء الإيطالي ماريو دراغي اليوم الاثنين إلى الجزائر في زيارة رسمية تلبية لدعوة من الرئيس الجزائري عبد المجيد تبون. ";

describe("pass 2: a title behind a glued preposition is no apposition to the name before it", () => {
  it("«والتقى دراغي بالرئيس الجزائري»: Draghi met Tebboune", () => {
    const f = facts(LEAD + "والتقى دراغي بالرئيس الجزائري في قصر المرادية، وبحثا ملف الطاقة.", D);
    expect(met(f, P("mario-draghi"), P("abdelmadjid-tebboune")).length).toBeGreaterThan(0);
  });
  it("«كما اجتمع غوتيريش بالأمين العام لجامعة الدول العربية»: a body chief's title behind ب", () => {
    const lead = "شارك الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم في مؤتمر عن المناخ في القاهرة، وحضره الأمين العام لجامعة الدول العربية أحمد أبو الغيط. ";
    const f = facts(lead + "كما اجتمع غوتيريش بالأمين العام لجامعة الدول العربية، وناقشا الأمن الغذائي.", D);
    expect(met(f, P("antonio-guterres"), P("ahmed-aboul-gheit")).length).toBeGreaterThan(0);
  });
  it("a title after a name with no preposition is still its holder's («دراغي، رئيس الوزراء الإيطالي»)", () => {
    const f = facts("وقال ماريو دراغي، رئيس الوزراء الإيطالي، إن المحادثات مع الرئيس الجزائري عبد المجيد تبون كانت مثمرة.", D);
    expect(f.mentions.some((m) => m.kind === "person")).toBe(true);
    expect(met(f, P("mario-draghi"), P("abdelmadjid-tebboune"))).toEqual([]);
  });
});
