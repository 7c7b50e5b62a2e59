// Pass 5 on constructions met in the worldar suite, in sentences written for these tests: the clause's subject meets
// "the three leaders" behind "with" (_three-leaders: «عقد X اجتماعا مع القادة الثلاثة»); «فيما رفض» opens a clause of
// its own (cues.json contrast), so who refused signs nothing of the clause before; and «الضيف الفرنسي», the guest with
// his country's adjective, is the last person of that country named (_guests), not Mohammed Deif's «الضيف»
// (_candidates definiteShortBeforeDemonym).
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P, people } from "./helpers.js";

describe("pass 5: the three leaders behind «مع»", () => {
  it("the subject meets each of the three leaders of the meeting told before", () => {
    const f = facts("استقبل الرئيس الكيني أوهورو كينياتا في نيروبي الرئيس الأوغندي يويري موسيفيني ورئيس الوزراء الإثيوبي هايلي ماريام ديسالين. وعقد الرئيس سلفا كير في وقت لاحق اجتماعا مع القادة الثلاثة.", "2016-03-02");
    for (const other of ["uhuru-kenyatta", "yoweri-museveni", "hailemariam-desalegn"]) expect(met(f, P("salva-kiir"), P(other)).length).toBeGreaterThan(0);
  });
});

describe("pass 7: «فيما رفض» is a clause of its own", () => {
  it("the one who refused is no signer of the agreement just told", () => {
    const f = facts("وقع رئيس الوزراء الإثيوبي آبي أحمد أمس في أديس أبابا اتفاقا لتقاسم مياه النهر مع السودان، فيما رفض الرئيس الإريتري أسياس أفورقي التوقيع عليه.", "2019-04-02");
    const a = agreements(f);
    expect(a.some((x) => x.who.includes(P("abiy-ahmed")))).toBe(true);
    expect(a.some((x) => x.who.includes(P("isaias-afwerki")))).toBe(false);
  });
});

describe("pass 3: the guest of a country", () => {
  it("«الضيف الفرنسي» is the French visitor named before, not Mohammed Deif", () => {
    const f = facts("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بكين مساء الثلاثاء في زيارة دولة. وقال المتحدث باسم الخارجية الصينية إن الزيارة ستتناول الحرب في أوكرانيا. واستقبل رئيس مجلس الدولة الصيني لي تشيانغ الضيف الفرنسي صباح الخميس.", "2023-04-06");
    expect(met(f, P("li-qiang"), P("emmanuel-macron")).length).toBeGreaterThan(0);
    expect(people(f)).not.toContain(P("mohammed-deif"));
  });
});
