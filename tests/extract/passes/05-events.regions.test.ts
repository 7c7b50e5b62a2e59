// Pass 5 (events) on phrasings met in news of other regions (sentences written for these tests; the regions
// suite, tests/extract/regions, is where the classes were found).
import { describe, expect, it } from "vitest";
import { agreements, events, facts, met, P } from "./helpers.js";

const D = "2025-05-08"; // a Thursday

describe("pass 5: a Persian contact whose subject stands before an apposition and a comma", () => {
  it("'X …، و میزبان اجلاس، روز … با Y دیدار کرده بود' is X's meeting with Y", () => {
    const f = facts("ایلهام علی‌اف رئیس‌جمهور آذربایجان و میزبان اجلاس، روز سه‌شنبه با شهباز شریف نخست‌وزیر پاکستان دیدار کرده بود.", D);
    expect(met(f, P("ilham-aliyev"), P("shehbaz-sharif")).map((e) => e.date)).toEqual(["2025-05-06"]);
  });
  it("the same with 'ملاقات کرد' after a host's apposition", () => {
    const f = facts("لولا دا سیلوا رئیس‌جمهور برزیل و میزبان نشست، روز دوشنبه با سیریل رامافوزا ملاقات کرد.", D);
    expect(met(f, P("lula-da-silva"), P("cyril-ramaphosa"))).toHaveLength(1);
  });
  it("a part joined by 'and' is not taken as the other side", () => {
    const f = facts("ایلهام علی‌اف رئیس‌جمهور آذربایجان در باکو سخنرانی کرد، و شهباز شریف نیز در اجلاس حضور داشت.", D);
    expect(met(f, P("ilham-aliyev"), P("shehbaz-sharif"))).toEqual([]);
  });
});

describe("pass 1: a modality phrase that is also a place name (در آستانه: on the eve of / in Astana)", () => {
  it("'در آستانه با X دیدار کرد' is a meeting in Astana", () => {
    const f = facts("قاسم ژومارت توکایف روز دوشنبه در آستانه با شوکت میرضیایف دیدار کرد.", D);
    expect(met(f, P("kassym-jomart-tokayev"), P("shavkat-mirziyoyev"))).toHaveLength(1);
  });
  it("'… در آستانه.' at the end of a clause is the place too", () => {
    const f = facts("شوکت میرضیایف و قاسم ژومارت توکایف روز دوشنبه دیدار کردند در آستانه.", D);
    expect(met(f, P("kassym-jomart-tokayev"), P("shavkat-mirziyoyev"))).toHaveLength(1);
  });
  it("'در آستانه و …' in a list of places is the place (the eve of governs a noun, not a conjunction)", () => {
    const f = facts("گفت‌وگوها هم در آستانه و هم در ژنو ادامه یافت.", D);
    expect(f.mentions.filter((m) => m.kind === "place").map((m) => m.lexiconId)).toContain("place/astana");
  });
  it("'در آستانه دیدار A با B' (on the eve of their meeting) is still no meeting", () => {
    const f = facts("در آستانه دیدار قاسم ژومارت توکایف با شوکت میرضیایف، وزیران خارجه دو کشور گفت‌وگو کردند.", D);
    expect(met(f, P("kassym-jomart-tokayev"), P("shavkat-mirziyoyev"))).toEqual([]);
  });
});

describe("pass 5: 'the two leaders held talks attended by X and Y'", () => {
  it("the attendees join the two leaders of the meeting just reported (ar)", () => {
    const f = facts("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي يوم الاثنين. وعقد الزعيمان محادثات موسعة حضرها وزيرا الخارجية هاكان فيدان وسيرغي لافروف.", D);
    for (const [a, b] of [["recep-tayyip-erdogan", "hakan-fidan"], ["vladimir-putin", "sergey-lavrov"], ["hakan-fidan", "sergey-lavrov"]]) expect(met(f, P(a), P(b)).length).toBeGreaterThan(0);
  });
  it("and in English", () => {
    const f = facts("Recep Tayyip Erdoğan met Vladimir Putin in Sochi on Monday. The two leaders then held talks attended by Hakan Fidan and Sergey Lavrov.", D);
    expect(met(f, P("recep-tayyip-erdogan"), P("sergey-lavrov")).length).toBeGreaterThan(0);
  });
});

describe("pass 1/5: an English light verb and its event noun, with modifiers between them", () => {
  it("'held a separate meeting … with' and 'held the third … Strategic Dialogue with' are meetings", () => {
    for (const text of [
      "Hakan Fidan held a separate meeting on Monday evening with Fuad Hussein.",
      "Hakan Fidan held the third Turkey-Iraq High-Level Strategic Dialogue with Fuad Hussein in Ankara on Monday.",
      "Hakan Fidan had a second round of talks with Fuad Hussein in Baghdad on Monday.",
    ]) expect(met(facts(text, D), P("hakan-fidan"), P("fuad-hussein")).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("a negated light verb is no contact ('had no separate meeting … with')", () => {
    expect(met(facts("Hakan Fidan had no separate meeting on Monday with Fuad Hussein.", D), P("hakan-fidan"), P("fuad-hussein"))).toEqual([]);
  });
  it("a noun outside the verb's phrase is not its object ('held a news briefing on the talks that …')", () => {
    const f = facts("Hakan Fidan held a news briefing on the talks that Fuad Hussein had proposed.", D);
    expect(met(f, P("hakan-fidan"), P("fuad-hussein"))).toEqual([]);
  });
});

describe("pass 5: a signing with its signatories and the people in whose presence they sign", () => {
  it("'A and B signed the agreement …, in the presence of C' is a meeting of the three", () => {
    const f = facts("Hakan Fidan and Fuad Hussein signed the water agreement at the foreign ministry in Ankara, in the presence of Recep Tayyip Erdoğan.", D);
    for (const [a, b] of [["hakan-fidan", "fuad-hussein"], ["hakan-fidan", "recep-tayyip-erdogan"], ["fuad-hussein", "recep-tayyip-erdogan"]]) expect(met(f, P(a), P(b)).length).toBeGreaterThan(0);
  });
  it("a speaker who reports the signing is not at it", () => {
    const f = facts("Abbas Araghchi said that Hakan Fidan and Fuad Hussein signed the water agreement in the presence of Recep Tayyip Erdoğan.", D);
    expect(met(f, P("abbas-araghchi"), P("recep-tayyip-erdogan"))).toEqual([]);
  });
});

describe("pass 3/5: a person named as absent ('instead of', 'on behalf of', greetings sent to or from them)", () => {
  const cases: Array<[string, string]> = [
    ["en: best wishes to", "Recep Tayyip Erdoğan received Fuad Hussein on Monday and conveyed his best wishes to President Abdul Latif Rashid."],
    ["en: instead of", "Hakan Fidan met Fuad Hussein on Monday, who came instead of Prime Minister Mohammed Shia al-Sudani."],
    ["ar: بدلا من", "التقى هاكان فيدان الاثنين فؤاد حسين الذي حضر بدلا من رئيس الوزراء محمد شياع السوداني."],
    ["ar: تحيات", "استقبل الرئيس التركي رجب طيب أردوغان الاثنين فؤاد حسين الذي نقل إليه تحيات رئيس الوزراء محمد شياع السوداني."],
    ["fa: به جای", "هاکان فیدان روز دوشنبه با فؤاد حسین که به جای محمد شیاع السودانی نخست‌وزیر عراق به آنکارا آمده بود دیدار کرد."],
  ];
  it.each(cases)("%s", (_, text) => {
    const f = facts(text, D);
    const present = new Set([P("recep-tayyip-erdogan"), P("hakan-fidan"), P("fuad-hussein")]);
    const meetings = events(f, "meeting");
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.flatMap((e) => e.who).filter((w) => !present.has(w))).toEqual([]);
  });
});

describe("pass 1/7: an Arabic signing verb and the document it signs, with the time and place between them", () => {
  it("'وقعوا يوم السبت في نيامي معاهدة' and 'شهد الزعيمان توقيع مذكرة تفاهم' are agreements", () => {
    const a = agreements(facts("وكان قادة مالي وبوركينا فاسو والنيجر قد وقعوا يوم الأحد في باماكو معاهدة للتعاون الأمني، ولم يحضر أي منهم القمة.", D));
    expect(a.some((x) => x.who.includes("place/mali") && x.who.includes("place/burkina-faso"))).toBe(true);
    const b = agreements(facts("التقى الرئيس التركي رجب طيب أردوغان نظيره الأذربيجاني إلهام علييف في أنقرة يوم الاثنين. وشهد الزعيمان توقيع مذكرة تفاهم بين البلدين بشأن الطاقة.", D));
    expect(b.length).toBe(1);
  });
  it("'وقع' without a document is no signing ('وقع الهجوم …': the attack happened)", () => {
    expect(agreements(facts("وقع الهجوم يوم الأحد على الحدود بين مالي والنيجر.", D))).toEqual([]);
  });
});

describe("pass 5/7: signing with someone", () => {
  it("'He also signed agreements with A and B': the pronoun is the signatory, and he meets each of them (not A with B)", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. He also signed bilateral security agreements with Jordan's Ayman Safadi and Azerbaijan's Jeyhun Bayramov.", D);
    expect(agreements(f).some((a) => a.who.includes(P("hakan-fidan")) && a.who.includes(P("ayman-safadi")))).toBe(true);
    expect(met(f, P("hakan-fidan"), P("ayman-safadi")).length).toBeGreaterThan(0);
    expect(met(f, P("hakan-fidan"), P("jeyhun-bayramov")).length).toBeGreaterThan(0);
    expect(met(f, P("ayman-safadi"), P("jeyhun-bayramov"))).toEqual([]);
  });
  it("in Persian: 'X با Y … امضا کرد'", () => {
    const f = facts("هاکان فیدان روز دوشنبه در آنکارا با ایمن الصفدی یک موافقت‌نامه امنیتی امضا کرد.", D);
    expect(met(f, P("hakan-fidan"), P("ayman-safadi")).length).toBeGreaterThan(0);
  });
  it("a title reference before 'with' is not taken as a side ('According to the spokesman, A held talks with B')", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. According to the spokesman, Ayman Safadi signed an agreement with Jeyhun Bayramov.", D);
    expect(events(f, "meeting").some((e) => e.who.includes(P("ayman-safadi")) && e.who.length > 2)).toBe(false);
  });
});

describe("pass 5: a place that speaks is no venue", () => {
  it("'X met Y in Nairobi on Monday, State House said': the meeting is in Nairobi", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Nairobi on Monday, State House said.", D);
    expect(met(f, P("hakan-fidan"), P("fuad-hussein")).map((e) => e.place)).toEqual(["place/nairobi"]);
  });
});

describe("pass 5: 'the two countries' in a prepositional phrase is no actor", () => {
  it("someone who comments on the meeting 'in relations between the two countries' does not join it", () => {
    for (const text of [
      "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. عباس عراقچی این دیدار را گامی مهم در روابط دو کشور خواند.",
      "Hakan Fidan met Fuad Hussein in Ankara on Monday. Abbas Araghchi called the meeting an important step in relations between the two countries.",
    ]) {
      const f = facts(text, D);
      expect(met(f, P("hakan-fidan"), P("fuad-hussein")).length).toBeGreaterThan(0);
      expect(met(f, P("hakan-fidan"), P("abbas-araghchi"))).toEqual([]);
    }
  });
});

describe("pass 5: a Persian negated verb a few words after the event noun it governs", () => {
  it("'X در نشست امسال … حضور نداشت و Y جای او را گرفت' is no meeting of X and Y", () => {
    const f = facts("رجب طیب اردوغان در نشست امسال سازمان همکاری شانگهای حضور نداشت و هاکان فیدان جای او را گرفت.", D);
    expect(met(f, P("recep-tayyip-erdogan"), P("hakan-fidan"))).toEqual([]);
  });
  it("an affirmative meeting after 'در نشست سران' still is one", () => {
    const f = facts("ولادیمیر پوتین و رجب طیب اردوغان روز دوشنبه در نشست سران در آستانه با هم دیدار کردند.", D);
    expect(met(f, P("vladimir-putin"), P("recep-tayyip-erdogan")).length).toBeGreaterThan(0);
  });
});
