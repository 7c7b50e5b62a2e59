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

describe("pass 5: 'the two sides' are the sides of the talks held, past a call and a plan told after them", () => {
  const met = (f: ReturnType<typeof facts>, a: string, b: string) => events(f, "meeting").some((e) => e.who.includes(`person/${a}`) && e.who.includes(`person/${b}`));
  it("en: the memorandum the two sides signed makes no meeting of the pair of the plan", () => {
    const f = facts(
      "Narendra Modi held talks with Fumio Kishida in New Delhi on Tuesday. The talks covered shipping and tourism. " +
        "Later, Narendra Modi spoke by phone with Anthony Albanese. Fumio Kishida is expected to meet Anthony Albanese next month. " +
        "The two sides signed a memorandum on maritime transport.",
      D,
    );
    expect(met(f, "fumio-kishida", "anthony-albanese")).toBe(false);
    expect(met(f, "fumio-kishida", "narendra-modi")).toBe(true);
    expect(f.agreements.flatMap((a) => a.signatories.map((i) => f.mentions[i].lexiconId)).sort()).toEqual(["person/fumio-kishida", "person/narendra-modi"]);
  });
  it("fa: «دو طرف … امضا کردند» after a plan between two others", () => {
    const f = facts(
      "محمدجواد ظریف روز سه‌شنبه در تهران با سرگئی لاوروف دیدار کرد. در این دیدار درباره انرژی گفت‌وگو شد. " +
        "ظریف سپس با مولود چاووش‌اوغلو تلفنی گفت‌وگو کرد. قرار است سرگئی لاوروف ماه آینده با مولود چاووش‌اوغلو دیدار کند. " +
        "دو طرف یادداشت تفاهم همکاری حمل‌ونقل امضا کردند.",
      D,
    );
    expect(met(f, "sergey-lavrov", "mevlut-cavusoglu")).toBe(false);
    expect(met(f, "sergey-lavrov", "mohammad-javad-zarif")).toBe(true);
  });
  it("ar: «ووقع الجانبان …» after a plan between two others", () => {
    const f = facts(
      "التقى وزير الخارجية الأردني أيمن الصفدي مع نظيره الياباني تارو كونو في عمان يوم الثلاثاء. وتناول اللقاء العلاقات الثنائية. " +
        "وأجرى الصفدي اتصالا هاتفيا مع سامح شكري. ومن المقرر أن يلتقي تارو كونو مع سامح شكري الشهر المقبل. " +
        "ووقع الجانبان مذكرة تفاهم للتعاون في مجال المياه.",
      D,
    );
    expect(met(f, "sameh-shoukry", "taro-kono")).toBe(false);
    expect(met(f, "ayman-safadi", "taro-kono")).toBe(true);
  });
  it("'the two leaders' still name the pair of the line right before, a call's too", () => {
    const f = facts("Narendra Modi spoke by phone with Anthony Albanese on Monday. The two leaders met in Sydney on Friday.", D);
    expect(met(f, "narendra-modi", "anthony-albanese")).toBe(true);
  });
});
