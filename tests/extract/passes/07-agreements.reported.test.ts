// Pass 7: an agreement reported by one who took part ("“…, and it was agreed to …,” X wrote"), inside a
// quotation of several sentences (which the splitter keeps as one sentence), and by a person no lexicon knows
// who is later written by the surname alone.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const CASTRO = P("xiomara-castro");
const MIRZIYOYEV = P("shavkat-mirziyoyev");
const PUTIN = P("vladimir-putin");

describe("pass 7: agreements reported in a statement", () => {
  it("“it was agreed to …,” X wrote: the writer and whom they met", () => {
    const a = agreements(facts("President Xiomara Castro received Venezuelan Foreign Minister Yvan Gil in Tegucigalpa on Monday. “The plan for joint work in farming was reviewed, and it was agreed to expand trade in coffee and fertilisers,” Castro wrote on social media.", "2024-03-14"));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining([CASTRO, "place/honduras", "place/venezuela"]));
  });

  it("a statement that names a party of its own is that party's: the writer's guest is no side of it", () => {
    const a = agreements(facts("President Xiomara Castro received Venezuelan Foreign Minister Yvan Gil in Tegucigalpa on Monday. “Honduras has agreed to join the regional development bank,” Castro said.", "2024-03-14"));
    expect(a.some((x) => x.who.includes("place/venezuela"))).toBe(false);
  });

  it("a quotation of several sentences: 'we are due to sign' in one of them does not govern 'we agreed' in the next", () => {
    const a = agreements(facts("President Shavkat Mirziyoyev held talks with President Vladimir Putin in the Kremlin on Monday. «Today we are due to sign a treaty on alliance. We also agreed that our railway companies will build a second line. This is a big step,» the Uzbek President said.", "2024-03-14"));
    expect(a).toHaveLength(1);
    expect(a[0].status).toBe("agreed");
    expect(a[0].who).toEqual(expect.arrayContaining([MIRZIYOYEV, PUTIN, "place/uzbekistan", "place/russia"]));
  });

  it("documents 'to be signed today' are not signed yet", () => {
    const a = agreements(facts("President Shavkat Mirziyoyev held talks with President Vladimir Putin in the Kremlin on Monday. «The documents to be signed today will give new impetus to our trade,» the Uzbek President said.", "2024-03-14"));
    expect(a).toEqual([]);
  });

  it("a new name written again by its surname is one signatory, whose meeting gives the other side", () => {
    const a = agreements(facts("President Xiomara Castro met Energy Minister Rafael Quintanilla of Ecuador in Tegucigalpa on Monday. “It was agreed to build a refinery together,” Quintanilla wrote on social media.", "2024-03-14"));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining([CASTRO, "Rafael Quintanilla", "place/honduras"]));
    expect(a[0].who).not.toContain("Quintanilla");
  });

  it("a signatory whose state the text leaves unsaid, in a report about two states, is of the other one", () => {
    const a = agreements(facts("President Nicolas Maduro received Energy Minister Carlos Ferrera in Caracas on Monday. The Honduran delegation also included trade officials. “It was agreed to speed up oil shipments,” Ferrera wrote.", "2024-03-14"));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining([P("nicolas-maduro"), "Carlos Ferrera", "place/venezuela", "place/honduras"]));
  });

  it("… but not when the report names more than two states", () => {
    const a = agreements(facts("President Nicolas Maduro received Energy Minister Carlos Ferrera in Caracas on Monday. Officials from Honduras and Cuba also attended. “It was agreed to speed up oil shipments,” Ferrera wrote.", "2024-03-14"));
    expect(a.flatMap((x) => x.who)).not.toContain("place/honduras");
    expect(a.flatMap((x) => x.who)).not.toContain("place/cuba");
  });
});

describe("pass 7: who reports a signing after a comma is no signer", () => {
  it("'A and B signed a declaration …, X wrote on Twitter': A and B sign, X does not", () => {
    const f = facts("Kabila and Rwandan President Paul Kagame signed a joint declaration in Goma on Monday, agreeing to reopen the border, Congo's information minister Lambert Mende wrote on Twitter.", "2024-06-05");
    expect(agreements(f).map((a) => a.who.filter((w) => !w.startsWith("place/")))).toEqual([["person/joseph-kabila", "person/paul-kagame"]]);
  });
});

describe("pass 7: the speaker of a report that names its own signers", () => {
  it("en: 'Spokesman X said that A and B signed …': A and B sign, X does not", () => {
    const f = facts("Spokesman Ned Price said that Antony Blinken and Sameh Shoukry signed a memorandum on water in Cairo on Monday.", "2022-06-21");
    expect(agreements(f).map((a) => a.who.filter((w) => !w.startsWith("place/")))).toEqual([[P("antony-blinken"), P("sameh-shoukry")]]);
  });
  it("ar: «وصرح المتحدث X بأن اللقاء شهد التوقيع …، وقعها A وB»: A and B sign, X does not", () => {
    const f = facts("وصرح السفير نادر الشريف المتحدث باسم الرئاسة بأن اللقاء شهد التوقيع على خمس اتفاقيات، وقعها من الجانب المصري الدكتور سامح شكري، ومن الجانب الأمريكي أنتوني بلينكن.", "2022-06-21");
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toEqual(expect.arrayContaining([P("antony-blinken"), P("sameh-shoukry")]));
    expect(who).not.toContain("نادر الشريف");
  });
  it("'X said he signed …' keeps X", () => {
    const f = facts("Antony Blinken said he signed a memorandum on water with Sameh Shoukry in Cairo on Monday.", "2022-06-21");
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining([P("antony-blinken"), P("sameh-shoukry")]));
  });
});

describe("pass 7: a spokesman's report whose signers are referred to, not named", () => {
  it("«وصرح المتحدث X باسم رئاسة … بأن … وشهد الزعيمان التوقيع …»: neither the spokesman nor his body is a side", () => {
    const a = agreements(facts("استقبل الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الهندي ناريندرا مودي في القاهرة. وصرح السفير سامي الجمال المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس أقام مأدبة غداء لضيفه، وشهد الزعيمان التوقيع على إعلان للشراكة الاستراتيجية بين البلدين.", "2024-02-21"));
    expect(a).toHaveLength(1);
    expect(a[0].who).toEqual(expect.arrayContaining(["place/egypt", "place/india"]));
    expect(a[0].who.filter((w) => !w.startsWith("place/") && !w.startsWith("person/"))).toEqual([]);
    expect(a[0].who).not.toContain("سامي الجمال");
  });
});
