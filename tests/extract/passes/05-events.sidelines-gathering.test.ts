// Pass 5 (_joiners.sidelinesGathering): who "took part in" the gathering a meeting was held on the sidelines of
// («على هامش الاجتماع الوزاري …», then «وشارك في الاجتماع الوزاري A وB») took part in that gathering, not in the
// meeting; and pass 1 (_misspellings): a preposition with a pronoun («خلالها», during it) is no misspelt family
// name of someone the article names. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P, people } from "./helpers.js";

const D = "2024-05-30";

describe("pass 5: taking part in the gathering of the sidelines", () => {
  it("ar: the participants of the ministerial meeting do not join the bilateral held on its sidelines", () => {
    const f = facts("عقد وزير الخارجية المصري سامح شكري جلسة مباحثات مع نظيره الصيني وانغ يي في بكين يوم الخميس، على هامش الاجتماع الوزاري لمنتدى التعاون. وشارك في الاجتماع الوزاري الرئيس التونسي قيس سعيد والرئيس الإماراتي الشيخ محمد بن زايد.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("sameh-shoukry"), P("wang-yi")]]);
  });
  it("en: 'on the sidelines of the summit' … 'C and D attended the summit'", () => {
    const f = facts("Foreign Minister Sameh Shoukry held talks with Chinese Foreign Minister Wang Yi in Beijing on Thursday on the sidelines of the summit. Tunisian President Kais Saied and UAE President Mohamed bin Zayed attended the summit.", D);
    expect(events(f, "meeting").filter((e) => e.who.includes(P("sameh-shoukry"))).map((e) => e.who)).toEqual([[P("sameh-shoukry"), P("wang-yi")]]);
  });
  it("a meeting joined by name, with no gathering of the sidelines, is still joined", () => {
    const f = facts("عقد وزير الخارجية المصري سامح شكري جلسة مباحثات مع نظيره الصيني وانغ يي في بكين يوم الخميس. وحضر اللقاء سفير مصر في بكين عاصم حنفي.", D);
    expect(events(f, "meeting")[0].who).toContain("عاصم حنفي");
  });
});

describe("pass 1: a preposition with a pronoun is no one's name", () => {
  it("ar: «خلالها» after «آل خليفة» is no mention of him", () => {
    const f = facts("استقبل الملك البحريني حمد بن عيسى آل خليفة اليوم الرئيس الإماراتي محمد بن زايد، وعقد الزعيمان جلسة مباحثات جرى خلالها بحث العلاقات.", D);
    expect(people(f)).toContain(P("hamad-bin-isa-al-khalifa"));
    expect(f.mentions.filter((m) => m.text === "خلالها")).toEqual([]);
  });
});
