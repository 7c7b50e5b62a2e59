// Pass 5 (events): an Arabic signing told in the pluperfect («وكان A وB قد وقعا …») or with قد before the perfect is
// a past signing, a meeting of its signers; قد before an imperfect («قد يوقعان») is a possibility, none
// (_event-parts.pastQad). An honorific pronoun with a named co-subject («وكان جلالته وX قد وقعا …») is the ruler
// the article styled so (_honorific-refs), and signs with X. Found by the levant suite; sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2024-10-08";
const SAFADI = P("ayman-safadi");
const KOMBOS = P("constantinos-kombos");

describe("pass 5: an Arabic signing with قد before a perfect is a past signing", () => {
  it("«وكان A وB قد وقعا في X في 12 آذار الماضي مذكرة تفاهم»: a meeting of the two, on that day, there", () => {
    const f = facts("وكان وزير الخارجية الأردني أيمن الصفدي ونظيره القبرصي كونستانتينوس كومبوس قد وقعا في نيقوسيا في 12 آذار الماضي مذكرة تفاهم للتعاون السياحي.", D);
    expect(met(f, SAFADI, KOMBOS).map((e) => [e.date, e.place])).toEqual([["2024-03-12", "place/nicosia"]]);
  });
  it("«قد يوقعان»: a possibility, no meeting", () => {
    const f = facts("وزير الخارجية الأردني أيمن الصفدي ونظيره القبرصي كونستانتينوس كومبوس قد يوقعان في نيقوسيا مذكرة تفاهم للتعاون السياحي.", D);
    expect(met(f, SAFADI, KOMBOS)).toEqual([]);
  });
  it("«وكان جلالته وX قد وقعا … بحضور Y»: the king styled so in the lead signs with X, before Y", () => {
    const f = facts(
      "عمان 8 تشرين الأول (بترا)- استقبل جلالة الملك عبدالله الثاني اليوم الثلاثاء في قصر الحسينية الرئيس القبرصي نيكوس خريستودوليدس. وكان جلالته وخريستودوليدس قد وقعا في نيقوسيا في 12 آذار الماضي \"إعلان نيقوسيا\" الذي أطلق شراكة استراتيجية بين البلدين، بحضور رئيس الوزراء الأردني بشر الخصاونة.",
      D,
    );
    const KING = P("abdullah-ii-of-jordan");
    const CHRISTODOULIDES = P("nikos-christodoulides");
    expect(met(f, KING, P("bisher-al-khasawneh")).map((e) => [e.date, e.place])).toEqual([["2024-03-12", "place/nicosia"]]);
    expect(agreements(f).map((a) => a.who)).toEqual([[KING, CHRISTODOULIDES, "place/cyprus", "place/jordan"]]);
  });
});
