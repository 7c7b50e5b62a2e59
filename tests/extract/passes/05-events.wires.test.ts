// Pass 5 (events), classes found by the wires suite (tests/extract/wires): talks held through a mediator are a
// contact, not a meeting; an English infinitive takes the modality of the verb it depends on; "on the eve of"
// governs only the event noun after it. Pass 2 (_names): a known given name before a surname the lexicon
// knows alone makes someone else of that family (fa/ar). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P, people, places } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 5: indirect talks are no meeting", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan and Fuad Hussein held indirect talks in Geneva on Monday."],
    ["fa", "هاکان فیدان و فؤاد حسین روز دوشنبه در ژنو مذاکرات غیرمستقیم برگزار کردند."],
    ["ar", "وأجرى هاكان فيدان وفؤاد حسين محادثات غير مباشرة في جنيف الاثنين."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: a contact (call), not a meeting`, () => {
      const f = facts(text, D);
      expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
      expect(events(f, "call").some((e) => e.who.includes(FIDAN) && e.who.includes(HUSSEIN))).toBe(true);
    });
  }
  it("talks that are direct are still a meeting", () => {
    expect(met(facts("Hakan Fidan held direct talks with Fuad Hussein in Geneva on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: an infinitive takes the modality of its verb (en)", () => {
  it("'is due to fly to Baghdad on Sunday to meet X' is planned", () => {
    const f = facts("Hakan Fidan is due to fly to Baghdad on Sunday to meet Fuad Hussein.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
    expect(events(f, "planned")).toHaveLength(1);
  });
  it("'flew to Baghdad on Monday to meet X' (no modality) is still a meeting", () => {
    expect(met(facts("Hakan Fidan flew to Baghdad on Monday to meet Fuad Hussein.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: 'on the eve of' governs the event noun after it", () => {
  it("fa: 'در آستانه نشست X با Y دیدار کرد' is a meeting, dated, and no Astana", () => {
    const f = facts("هاکان فیدان روز دوشنبه در آستانه نشست وزیران خارجه با فؤاد حسین دیدار کرد.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(places(f)).not.toContain("place/astana");
  });
  it("ar: 'عشية القمة' before 'التقى' is a meeting", () => {
    expect(met(facts("التقى هاكان فيدان عشية القمة العربية فؤاد حسين في بغداد الاثنين.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("the eve phrase alone is still not held ('on the eve of their meeting, ...')", () => {
    const f = facts("On the eve of the meeting between Hakan Fidan and Fuad Hussein, officials of both ministries gathered in Ankara.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 2: a given name before a surname the lexicon knows alone (fa/ar)", () => {
  it("fa: 'رامین علی‌اف' is not Ilham Aliyev (and the lexicon's Heydar Aliyev is himself)", () => {
    const who = people(facts("رامین علی‌اف معاون وزیر آذربایجان روز دوشنبه وارد تهران شد.", D));
    expect(who).toContain("رامین علی‌اف");
    expect(who).not.toContain(P("ilham-aliyev"));
    expect(people(facts("حیدر علی‌اف رئیس جمهور آذربایجان روز دوشنبه وارد تهران شد.", D))).toEqual([P("heydar-aliyev")]);
  });
  it("ar: 'رامي الخصاونة' is not Bisher Al-Khasawneh; the surname alone still is", () => {
    expect(people(facts("وحضر اللقاء السفير رامي الخصاونة.", D))).toContain("رامي الخصاونة");
    expect(people(facts("استقبل رئيس الوزراء الأردني بشر الخصاونة الوفد. وقال الخصاونة إن الأردن يرحب.", D))).toContain(P("bisher-al-khasawneh"));
  });
});

describe("pass 2: an English surname that is also a word, after a given name in a title's slot", () => {
  it("'Defence Minister Peter Marsh' and 'the envoy, Nadia Rook,' are full names", () => {
    const who = people(facts("Defence Minister Peter Marsh met the UN envoy for Yemen, Nadia Rook, in Aden on Monday.", D));
    expect(who).toEqual(expect.arrayContaining(["Peter Marsh", "Nadia Rook"]));
  });
  it("the head noun of a building named after someone is no surname ('King Fahd Stadium')", () => {
    expect(people(facts("Defence Minister Peter Marsh spoke at Queen Mary Barracks on Monday.", D))).not.toContain("Mary Barracks");
  });
});

describe("pass 5: a press office's bullet list under 'X today:'", () => {
  const release = ["His Excellency President Hakan Fidan today:", "", "• Received Fuad Hussein at the presidential palace.", "", "• Chaired a meeting of the cabinet.", "", "• Met Defence Minister Peter Marsh and discussed border security."].join("\n");
  it("each bulleted verb has the lead line's person as subject, and its date", () => {
    const f = facts(release, D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual([D]);
    expect(met(f, FIDAN, "Peter Marsh").map((e) => e.date)).toEqual([D]);
  });
  it("a bullet with no lead line ending in a colon takes no subject", () => {
    const f = facts(["Hakan Fidan spoke in Ankara.", "", "• Received Fuad Hussein at the presidential palace."].join("\n"), D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 5: gatherings, attendance and a message's sender (lexicon: events.json, cues.json genitive)", () => {
  const HAKAN = FIDAN;
  it("fa/en: 'گرد هم آمدند' and 'gathered' make a meeting of the people named", () => {
    expect(met(facts("هاکان فیدان و فؤاد حسین روز دوشنبه در بغداد گرد هم آمدند.", D), HAKAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan and Fuad Hussein gathered in Baghdad on Monday with other ministers.", D), HAKAN, HUSSEIN)).toHaveLength(1);
  });
  it("ar: 'وجرى الاستقبال بحضور Z' adds Z to the reception just reported", () => {
    const f = facts("استقبل هاكان فيدان اليوم فؤاد حسين في أنقرة. وجرى الاستقبال بحضور وزير الدفاع يشار غولر.", D);
    expect(met(f, HUSSEIN, P("yasar-guler"))).toHaveLength(1);
  });
  it("ar/fa: the sender of a message the visitor carries is not at the meeting", () => {
    const ar = facts("استقبل هاكان فيدان اليوم فؤاد حسين، الذي نقل إليه رسالة من الرئيس عبد اللطيف رشيد.", D);
    expect(met(ar, HAKAN, HUSSEIN)).toHaveLength(1);
    expect(met(ar, HAKAN, P("abdul-latif-rashid"))).toEqual([]);
    const fa = facts("هاکان فیدان روز دوشنبه با فؤاد حسین که پیامی از عبداللطیف رشید را همراه داشت دیدار کرد.", D);
    expect(met(fa, HAKAN, P("abdul-latif-rashid"))).toEqual([]);
  });
});

describe("pass 5: expected, unscheduled, and 'also' (lexicon: events.json, cues.json also)", () => {
  it("en: 'a meeting that had been expected … has not been scheduled' is no meeting", () => {
    const f = facts("A meeting between Hakan Fidan and Fuad Hussein that had been expected in Baghdad this month has not been scheduled, officials said.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
  it("an undated 'also' meeting is of the day of the event just before it; a planned one is not", () => {
    const ar = facts("استقبل هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. كما اجتمع فيدان مع وزير الدفاع يشار غولر.", D);
    expect(met(ar, FIDAN, P("yasar-guler")).map((e) => e.date)).toEqual(["2025-05-05"]);
    const en = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan will also meet Ibrahim Kalin.", D);
    expect(events(en, "planned").map((e) => e.date)).toEqual([null]);
  });
  it("without 'also' an undated meeting stays undated", () => {
    const f = facts("استقبل هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. واجتمع فيدان مع وزير الدفاع يشار غولر.", D);
    expect(met(f, FIDAN, P("yasar-guler")).map((e) => e.date)).toEqual([null]);
  });
});

describe("pass 2: title modifiers, epithets and prepositions around a name (ar)", () => {
  it("'وزير الخارجية المكلف X': the modifier is skipped, 'للصحفيين' is not part of the name", () => {
    expect(people(facts("وقال وزير الخارجية المكلف حسن عوض الكريم للصحفيين إن الزيارة ناجحة.", D))).toContain("حسن عوض الكريم");
    expect(people(facts("وقال وزير الخارجية المكلف سامي عوض للصحفيين إن الزيارة ناجحة.", D))).toEqual(["سامي عوض"]);
  });
  it("'أمير البلاد المفدى بمكتبه' names no one after the title", () => {
    const who = people(facts("استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى بمكتبه اليوم هاكان فيدان.", D));
    expect(who.sort()).toEqual([FIDAN, P("tamim-bin-hamad-al-thani")].sort());
  });
});

describe("pass 5: 'the two sides' after an unnamed counterpart", () => {
  it("ar: 'التقى X نظيره الأردني، وبحث الجانبان' does not put X into the meeting reported before", () => {
    const f = facts("استقبل هاكان فيدان اليوم فؤاد حسين في أنقرة. وفي سياق منفصل، التقى وزير الدفاع يشار غولر اليوم نظيره الأردني، وبحث الجانبان التعاون العسكري.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(f, HUSSEIN, P("yasar-guler"))).toEqual([]);
  });
});

describe("pass 5: headline future, the coming weekday of a plan, 'شهد اللقاء حضور'", () => {
  it("en: 'X, Y to meet in Z on Wednesday' is planned, for the coming Wednesday", () => {
    const f = facts("Hakan Fidan, Fuad Hussein to meet in Baghdad on Wednesday, ministry says.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
    expect(events(f, "planned").map((e) => e.date)).toEqual(["2025-05-07"]);
  });
  it("a plan told in the past keeps the last such weekday", () => {
    const f = facts("Hakan Fidan was due to meet Fuad Hussein in Baghdad on Monday.", D);
    expect(events(f, "planned").map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("ar: 'وشهد اللقاء حضور Z' adds Z to the meeting just reported", () => {
    const f = facts("التقى هاكان فيدان اليوم في أنقرة فؤاد حسين. وشهد اللقاء حضور وزير الدفاع يشار غولر.", D);
    expect(met(f, FIDAN, P("yasar-guler"))).toHaveLength(1);
  });
});
