// Pass 5 (_lone-signer): one person signs ("A signed the peace accord in X on Monday") and the next sentence tells
// the signing ceremony in the presence of others ("The signing ceremony took place in the presence of B and C",
// «وجرت مراسم التوقيع بحضور B وC», «مراسم امضا با حضور B و C برگزار شد»): the signer is at it, where he signed.
// Not when another contact is told between, nor a ceremony whose own signers are named before the presence words.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2018-09-13";
const MACHAR = P("riek-machar");
const HAILE = P("hailemariam-desalegn");
const KENYATTA = P("uhuru-kenyatta");
const at = (f: ReturnType<typeof facts>) => met(f, MACHAR, KENYATTA).map((e) => [e.date, e.place]);

describe("pass 5: a lone signer is at the ceremony told next", () => {
  it("en: 'The signing ceremony took place in the presence of B and C'", () => {
    const f = facts("Riek Machar signed the peace accord in Khartoum on Wednesday. The signing ceremony took place in the presence of Kenyan President Uhuru Kenyatta and Ethiopian Prime Minister Hailemariam Desalegn.", D);
    expect(at(f)).toEqual([["2018-09-12", "place/khartoum"]]);
    expect(met(f, MACHAR, HAILE)).toHaveLength(1);
  });
  it("ar: «وجرت مراسم التوقيع بحضور B وC»", () => {
    const f = facts("وقع رياك مشار يوم الأربعاء في الخرطوم اتفاق السلام. وجرت مراسم التوقيع بحضور الرئيس الكيني أوهورو كينياتا ورئيس الوزراء الإثيوبي هايلي ماريام ديسالين.", D);
    expect(at(f)).toEqual([["2018-09-12", "place/khartoum"]]);
  });
  it("fa: «مراسم امضا با حضور B و C برگزار شد»", () => {
    const f = facts("ریک مشار روز چهارشنبه در خارطوم توافق صلح را امضا کرد. مراسم امضا با حضور اوهورو کنیاتا رئیس جمهور کنیا و هایله ماریام دسالن نخست وزیر اتیوپی برگزار شد.", D);
    expect(at(f)).toEqual([["2018-09-12", "place/khartoum"]]);
  });
  it("not past a contact told between", () => {
    const f = facts("Riek Machar signed the peace accord in Khartoum on Wednesday. He later met Ethiopian Prime Minister Hailemariam Desalegn. The signing ceremony took place in the presence of Kenyan President Uhuru Kenyatta and Sudanese President Omar al-Bashir.", D);
    expect(met(f, MACHAR, KENYATTA)).toEqual([]);
  });
  it("the ceremony's presence phrase may stand for people of another sentence: 'in the presence of the two heads of state'", () => {
    const f = facts("President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday. Riek Machar signed the peace accord in Paris on Monday. The signing ceremony took place in the presence of the two heads of state and Ethiopian Prime Minister Hailemariam Desalegn.", D);
    expect(met(f, MACHAR, HAILE)).toHaveLength(1);
    expect(met(f, MACHAR, P("emmanuel-macron"))).toHaveLength(1);
  });
});
