// Pass 5 (_joiners.talksJoined): who "attended the meeting" («حضر اللقاء») after a signing that followed the talks
// joins the talks, not the signing; who attended "the ceremony" still joins the signing. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-05-20";
const who = (f: ReturnType<typeof facts>) => events(f, "meeting").map((e) => e.who);

describe("pass 5: a joiner of the talks told after their signing", () => {
  it("ar: «وعقب اللقاء جرى التوقيع … وقعها A وB. حضر اللقاء C وD» seats C and D at the talks", () => {
    const f = facts("استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس المستشار الألماني أولاف شولتس. وعقب اللقاء، جرى التوقيع على مذكرة تفاهم في مجال الطاقة، وقعها وزير الاقتصاد الفرنسي برونو لومير ووزير الاقتصاد الألماني روبرت هابيك. حضر اللقاء وزير الخارجية الفرنسي ستيفان سيجورنيه ووزيرة الخارجية الألمانية أنالينا بيربوك.", D);
    expect(who(f)).toHaveLength(2);
    const talks = events(f, "meeting").find((e) => e.who.includes(P("emmanuel-macron")))!;
    expect(talks.who).toContain(P("annalena-baerbock"));
    const signing = events(f, "meeting").find((e) => e.who.includes(P("bruno-le-maire")))!;
    expect(signing.who).not.toContain(P("annalena-baerbock"));
  });
  it("ar: «وحضر مراسم التوقيع C» still joins the signing", () => {
    const f = facts("استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس المستشار الألماني أولاف شولتس. وعقب اللقاء، جرى التوقيع على مذكرة تفاهم في مجال الطاقة، وقعها وزير الاقتصاد الفرنسي برونو لومير ووزير الاقتصاد الألماني روبرت هابيك. وحضر مراسم التوقيع وزير الخارجية الفرنسي ستيفان سيجورنيه.", D);
    const signing = events(f, "meeting").find((e) => e.who.includes(P("bruno-le-maire")))!;
    expect(signing.who).toContain(P("stephane-sejourne"));
  });
});
