// Pass 2 (titles, via _conjunct-names): "X وزيرة … وY رئيس …" — two people with their titles, the second joined by
// و glued to its name. The new name after the first title is the second person (without the و), and the title is
// the first one's; a given name that begins with و (وليد، وائل) keeps it. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const roleOf = (f: ReturnType<typeof facts>, name: string) =>
  f.roles.filter((r) => f.mentions[r.person].text === name).map((r) => r.office);

describe("pass 2: a name with a glued و after a title is the next person of a list", () => {
  it("«وقعت الدكتورة X وزيرة التخطيط وY رئيس …»: Y without و, the title X's", () => {
    const f = facts(
      "الرباط - وقعت الدكتورة نادية فتاح العلوي وزيرة الاقتصاد والمالية وماساتو كاندا رئيس البنك الآسيوي للتنمية اتفاقية قرض بقيمة 250 مليون دولار.",
      "2024-05-07",
    );
    const names = people(f);
    expect(names).toContain("ماساتو كاندا");
    expect(names).not.toContain("وماساتو كاندا");
    expect(roleOf(f, "ماساتو كاندا")).not.toContain("minister");
  });

  it("a given name that begins with و keeps it: «وزير الخارجية وليد العبيدي»", () => {
    const f = facts("بغداد - استقبل وزير الخارجية وليد العبيدي اليوم السفير الياباني.", "2024-05-07");
    expect(people(f)).toContain("وليد العبيدي");
  });
});
