// Pass 7: a counted pair that names an office ("the two foreign ministers", «الوزيران») signs as the two people of the
// latest meeting told who hold it (their role in the article, else the lexicon's office on the paper's day), not the
// people of a background audience of others told just before. And pass 5: a person in a relative clause about a side
// that tells no contact of its own («…، الذي يرافق الرئيس X في زيارته») is no side (_event-facts.inPersonAside).
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { agreements, events, facts, P } from "./helpers.js";

const D = "2023-10-18";

describe("pass 7: the pair an office names", () => {
  it("ar: «وقع الوزيران» after a background audience of the king and the president", () => {
    const f = facts(
      "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان نظيره المصري سامح شكري. وكان الملك عبدالله الثاني قد استقبل أمس الرئيس عبد الفتاح السيسي في قصر الحسينية. وعقب المباحثات، وقع الوزيران مذكرة تفاهم للتعاون في مجال الطاقة.",
      D,
    );
    const signed = agreements(f).map((a) => a.who);
    expect(signed).toHaveLength(1);
    expect(signed[0]).toEqual(expect.arrayContaining([P("ayman-safadi"), P("sameh-shoukry")]));
    expect(signed[0]).not.toContain(P("abdel-fattah-el-sisi"));
  });
});

describe("pass 5: who a relative clause about a side is with", () => {
  it("ar: «الذي يرافق الرئيس X في زيارته» leaves X out of the ministers' meeting", () => {
    const f = facts("استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان نظيره المصري سامح شكري، الذي يرافق الرئيس عبد الفتاح السيسي في زيارته الرسمية للأردن.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("ayman-safadi"), P("sameh-shoukry")]]);
  });
  it("ar and en: «الذي يرافقه X», 'who was accompanied by X' still join X", () => {
    const ar = facts("استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان نظيره المصري سامح شكري، الذي يرافقه رئيس الوزراء مصطفى مدبولي.", D);
    expect(events(ar, "meeting")[0]?.who).toContain(P("mostafa-madbouly"));
    const en = facts("Jordanian Foreign Minister Ayman Safadi received Egyptian Foreign Minister Sameh Shoukry, who was accompanied by Prime Minister Mostafa Madbouly, in Amman on Wednesday.", D);
    expect(events(en, "meeting")[0]?.who).toContain(P("mostafa-madbouly"));
  });
});
