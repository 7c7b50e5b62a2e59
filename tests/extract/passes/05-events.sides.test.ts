// Pass 5: the sides of a meeting. "a meeting between A and B" names its own people (who speaks of it is not one of
// them); who attends "in the presence of" is no side, so a reference to the other side still fills it. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-06-05";

describe("pass 5: the people after 'between' are the meeting's", () => {
  it("an analyst quoted on a meeting between two others does not join it (ar)", () => {
    const f = facts("ويقول المحلل السياسي الأردني مازن مرجي إن «لقاءً بين أردوغان والأسد، لو حدث، سيغيّر المشهد كله».", D);
    expect(events(f).filter((e) => e.who.includes("مازن مرجي"))).toEqual([]);
  });
  it("the two named after 'between' still meet", () => {
    const ar = facts("وقال الوزير إن لقاء بين الرئيس الإيراني مسعود بزشكيان والرئيس التركي رجب طيب أردوغان عقد في أنقرة.", D);
    expect(events(ar, "meeting").map((e) => e.who.length)).toEqual([2]);
  });
});

describe("pass 5: who attends in the presence of is no side", () => {
  it("'استقبل X الوزير المصري بحضور السفير Y': the minister named before is the other side, the ambassador attends", () => {
    const f = facts("وصل وزير الخارجية التونسي محمد علي النفطي إلى الكويت. واستقبل وزير الداخلية الكويتي الشيخ فهد اليوسف اليوم الوزير التونسي بحضور سفير تونس لدى البلاد هشام الزغلامي.", D);
    const m = events(f, "meeting").find((e) => e.who.includes("فهد اليوسف"));
    expect(m?.who).toContain("هشام الزغلامي");
    expect(m?.who.length).toBe(3);
  });
});
