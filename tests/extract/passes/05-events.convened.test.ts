// Pass 5 on who convened or hosted a meeting (a relative clause after its noun) and on a meeting named by a noun in a
// report of the past: the convener is at the summit («قمة … دعا إليها الرئيس X»: no invitation to a meeting to come),
// a surname written again is a name of the clause ("a meeting X hosted"), "took part in the summit" joins the summit
// just told or is a meeting of its own, «آخر لقاء مباشر بين الزعيمين جرى في …» and "their last meeting, in X in 2019"
// are dated meetings of the pair ("the two leaders": two heads of state or government), and the body in a speaker's
// title is no venue. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2024-03-13"; // a Wednesday

describe("the convener of a summit, in a relative clause", () => {
  const SUMMIT = "اختتم رؤساء دول آسيا الوسطى مساء الأحد 10 مارس 2024 قمة في قصر الاستقلال في أستانا دعا إليها الرئيس قاسم جومارت توكاييف. وشارك في القمة الرئيس الأوزبكي شوكت ميرضيائيف والرئيس القرغيزي صدر جباروف.";
  it("«قمة … دعا إليها X»: X is at the summit the next sentence's people took part in", () => {
    const f = facts(SUMMIT, D);
    const m = met(f, "person/kassym-jomart-tokayev", "شوكت ميرضيائيف");
    expect(m).toHaveLength(1);
    expect(m[0].who).toContain("صدر جباروف");
    expect(m[0].date).toBe("2024-03-10");
    expect(m[0].place).not.toBeNull();
  });
  it("a real invitation to a summit still plans it («دعا X نظيره Y إلى قمة»)", () => {
    const f = facts("دعا الرئيس الكازاخي قاسم جومارت توكاييف الرئيس الأوزبكي شوكت ميرضيائيف إلى قمة في أستانا الشهر المقبل.", D);
    expect(met(f, "person/kassym-jomart-tokayev", "person/shavkat-mirziyoyev")).toEqual([]);
  });
  it("'took part in the summit' with no summit told before is a meeting of its own", () => {
    const f = facts("وشارك في القمة الرئيس الأوزبكي شوكت ميرضيائيف والرئيس القرغيزي صدر جباروف يوم الأحد في أستانا.", D);
    expect(met(f, "شوكت ميرضيائيف", "صدر جباروف")).toHaveLength(1);
  });
});

describe("the host named again by his surname", () => {
  it("«لقاء استضافه ستولتنبرغ … وجمع A وB»: the host met both", () => {
    const f = facts("تحدث الأمين العام لحلف الناتو ينس ستولتنبرغ إلى الصحفيين في بروكسل يوم الاثنين. وجاء حديثه بعد لقاء استضافه ستولتنبرغ في بروكسل يوم الأحد، وجمع الرئيس الفنلندي ألكسندر ستوب ورئيس الوزراء الهولندي مارك روته.", D);
    const m = met(f, "person/jens-stoltenberg", "person/alexander-stubb");
    expect(m).toHaveLength(1);
    expect(m[0].who).toContain("person/mark-rutte");
  });
  it("'a dinner that Trudeau hosted … for A and B'", () => {
    const f = facts("Canadian Prime Minister Justin Trudeau spoke to reporters in Ottawa on Monday. The statement followed a dinner that Trudeau hosted in Ottawa on Sunday for President Joe Biden and President Andrés Manuel López Obrador.", D);
    expect(met(f, "person/justin-trudeau", "person/joe-biden")).toHaveLength(1);
  });
});

describe("a meeting named by a noun in a report of the past", () => {
  it("«آخر لقاء بين الرئيسين A وB جرى في سوتشي في سبتمبر 2021»: dated, placed, and without the speaker", () => {
    const f = facts("أكد المتحدث باسم الكرملين دميتري بيسكوف أن آخر لقاء بين الرئيسين فلاديمير بوتين ورجب طيب أردوغان جرى في سوتشي في سبتمبر 2021.", D);
    const m = met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan");
    expect(m).toHaveLength(1);
    expect(m[0].date).toBe("2021-09-01");
    expect(m[0].place).toBe("place/sochi");
    expect(met(f, "person/dmitry-peskov", "person/vladimir-putin")).toEqual([]);
  });
  it("«آخر لقاء مباشر بين الزعيمين جرى في …»: the two leaders of the meeting just told, on the day named", () => {
    const f = facts("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في الكرملين يوم الثلاثاء. وقال مستشار الرئيس الروسي يوري أوشاكوف إن آخر لقاء مباشر بين الزعيمين جرى في سوتشي في سبتمبر 2021.", D);
    const m = met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan");
    expect(m.map((e) => e.date).sort()).toEqual(["2021-09-01", "2024-03-12"]);
    expect(met(f, "person/yuri-ushakov", "person/vladimir-putin")).toEqual([]);
  });
  it("'Their last meeting, in Paris in 2019': a background meeting of the pair just told", () => {
    const f = facts("Chancellor Olaf Scholz received President Emmanuel Macron in Berlin on Monday. Their last meeting, in Paris in 2019, ended without a joint statement.", D);
    const m = met(f, "person/olaf-scholz", "person/emmanuel-macron");
    expect(m.map((e) => `${e.date} ${e.place}`).sort()).toEqual(["2019-01-01 place/paris", "2024-03-11 place/berlin"]);
  });
  it("'in relations between the two countries' is still no meeting's 'between'", () => {
    const f = facts("Chancellor Olaf Scholz received President Emmanuel Macron in Berlin on Monday. Officials said the talks opened a new chapter in relations between the two countries.", D);
    expect(events(f, "meeting")).toHaveLength(1);
  });
  it("'their first meeting since their talks in Paris in June 2019': the earlier talks are a meeting of their own day", () => {
    const f = facts("Chancellor Olaf Scholz received President Emmanuel Macron in Berlin on Monday, their first meeting since their talks in Paris in June 2019.", D);
    const m = met(f, "person/olaf-scholz", "person/emmanuel-macron");
    expect(m.map((e) => `${e.date} ${e.place}`).sort()).toEqual(["2019-06-01 place/paris", "2024-03-11 place/berlin"]);
  });
  it("«أول لقاء بين الزعيمين منذ اجتماعهما في جدة» with no day: the earlier meeting gives the story's meeting no place", () => {
    const f = facts("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان يوم الثلاثاء. وهذا أول لقاء بين الزعيمين منذ اجتماعهما في سوتشي.", D);
    const m = met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan");
    expect(m).toHaveLength(1);
    expect(m[0].place).not.toBe("place/sochi");
  });
  it("«وكان الزعيمان قد التقيا …»: the two heads of state of the meeting told, not the two ministers quoted since", () => {
    const f = facts("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو يوم الثلاثاء. وانتقدت وزيرة الخارجية الألمانية أنالينا بيربوك ووزير الخارجية الفرنسي ستيفان سيجورنيه الزيارة. وكان الزعيمان قد التقيا في سوتشي في 4 سبتمبر 2021.", D);
    expect(met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan").map((e) => e.date).sort()).toEqual(["2021-09-04", "2024-03-12"]);
    expect(met(f, "person/annalena-baerbock", "person/stephane-sejourne")).toEqual([]);
  });
});
