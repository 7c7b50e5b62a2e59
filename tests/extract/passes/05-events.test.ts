// Pass 5 (events): what is a meeting and what is not. Each not-a-meeting case in fa, ar and en: phone
// call, "will meet", "is expected to", قرار است, من المقرر, cancelled, postponed, denied (نفى, تکذیب),
// invitation, one-sided "talks with officials", distributive "a series of meetings with A and B", and
// "B also attended the meeting" (B joins the meeting just reported).
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const ARAGHCHI = P("abbas-araghchi");
const SAFADI = P("ayman-safadi");

describe("pass 5: meetings", () => {
  it("met / received / held talks / joint press conference are meetings", () => {
    expect(met(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan received Fuad Hussein in Ankara on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan held talks with Fuad Hussein in Ankara on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan and Fuad Hussein held a joint press conference in Ankara on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });

  it("دیدار، به حضور پذیرفت (fa) and التقى، استقبل (ar) are meetings", () => {
    expect(met(facts("هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("هاکان فیدان روز دوشنبه فؤاد حسین را به حضور پذیرفت.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("التقى وزير الخارجية التركي هاكان فيدان، الاثنين، نظيره العراقي فؤاد حسين في أنقرة.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("استقبل هاكان فيدان، الاثنين، فؤاد حسين في أنقرة.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: not meetings", () => {
  const cases: Array<[string, string, string, string]> = [
    ["phone call (en)", "Hakan Fidan spoke by phone with Fuad Hussein on Monday.", FIDAN, HUSSEIN],
    ["phone call (fa)", "هاکان فیدان روز دوشنبه در تماس تلفنی با فؤاد حسین گفت‌وگو کرد.", FIDAN, HUSSEIN],
    ["phone call (ar)", "أجرى هاكان فيدان اتصالا هاتفيا مع فؤاد حسين الاثنين.", FIDAN, HUSSEIN],
    ["will meet (en)", "Hakan Fidan will meet Fuad Hussein in Ankara next week.", FIDAN, HUSSEIN],
    ["is expected to (en)", "Hakan Fidan is expected to meet Fuad Hussein in Ankara.", FIDAN, HUSSEIN],
    ["قرار است (fa)", "قرار است هاکان فیدان هفته آینده با فؤاد حسین دیدار کند.", FIDAN, HUSSEIN],
    ["من المقرر (ar)", "ومن المقرر أن يلتقي هاكان فيدان فؤاد حسين في أنقرة الأسبوع المقبل.", FIDAN, HUSSEIN],
    ["cancelled (fa)", "دیدار هاکان فیدان و فؤاد حسین لغو شد.", FIDAN, HUSSEIN],
    ["postponed (ar)", "وأرجئ لقاء هاكان فيدان وفؤاد حسين إلى موعد لاحق.", FIDAN, HUSSEIN],
    ["denied (ar) نفى", "ونفى أيمن الصفدي أن يكون قد التقى عباس عراقجي في مسقط.", SAFADI, ARAGHCHI],
    ["denied (fa) تکذیب", "ایمن صفدی خبر دیدار خود با عباس عراقچی در مسقط را تکذیب کرد.", SAFADI, ARAGHCHI],
    ["denied (en)", "Ayman Safadi denied that he had met Abbas Araghchi in Muscat.", SAFADI, ARAGHCHI],
    ["invitation (en)", "Hakan Fidan invited Fuad Hussein to visit Ankara.", FIDAN, HUSSEIN],
    ["invitation (fa)", "هاکان فیدان از فؤاد حسین برای سفر به آنکارا دعوت کرد.", FIDAN, HUSSEIN],
    ["invitation (ar)", "ووجه هاكان فيدان دعوة إلى فؤاد حسين لزيارة أنقرة.", FIDAN, HUSSEIN],
  ];
  for (const [name, text, a, b] of cases) {
    it(name, () => expect(met(facts(text, D), a, b)).toEqual([]));
  }

  // the cancellation comes after the participants: it still governs the clause
  it("cancelled (en): A meeting between A and B was cancelled", () => {
    expect(met(facts("A meeting between Hakan Fidan and Fuad Hussein was cancelled.", D), FIDAN, HUSSEIN)).toEqual([]);
  });
  it("postponed (en): The meeting between A and B was postponed", () => {
    expect(met(facts("The meeting between Hakan Fidan and Fuad Hussein was postponed until further notice.", D), FIDAN, HUSSEIN)).toEqual([]);
  });

  it("cancelled (en): A and B cancelled their meeting", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein cancelled their meeting.", D), FIDAN, HUSSEIN)).toEqual([]);
  });

  it("a participle of putting off used as an adjective qualifies its noun, not the meeting (en)", () => {
    expect(met(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday and asked for deferred payments on oil.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday and discussed the postponed elections.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    // the verb itself still puts off the meeting
    expect(met(facts("Hakan Fidan postponed talks with Fuad Hussein.", D), FIDAN, HUSSEIN)).toEqual([]);
  });

  it("a phone call is kept as a call", () => {
    expect(events(facts("Hakan Fidan spoke by phone with Fuad Hussein on Monday.", D), "call")).toHaveLength(1);
  });

  it("'A and B held talks with officials' names one side only: no A+B meeting", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein held talks with Jordanian officials in Amman on Monday.", D), FIDAN, HUSSEIN)).toEqual([]);
  });

  it("'a series of meetings with A and B': the host meets each, A and B do not meet", () => {
    const f = facts("Ayman Safadi held a series of meetings with Hakan Fidan and Fuad Hussein in Amman on Monday.", D);
    expect(met(f, SAFADI, FIDAN).length).toBeGreaterThan(0);
    expect(met(f, SAFADI, HUSSEIN).length).toBeGreaterThan(0);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });

  it("'B also attended the meeting' adds B to the meeting just reported", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. Ayman Safadi also attended the meeting.", D);
    expect(met(f, SAFADI, FIDAN).length).toBeGreaterThan(0);
  });

  it("وحضر اللقاء B adds B (ar)", () => {
    const f = facts("التقى هاكان فيدان، الاثنين، فؤاد حسين في أنقرة. وحضر اللقاء أيمن الصفدي.", D);
    expect(met(f, SAFADI, HUSSEIN).length).toBeGreaterThan(0);
  });
});

describe("pass 5: one clause, several events", () => {
  it("a meeting, then a proposal and a refusal in the same sentence: only the meeting is one", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday, and floated the idea of a summit with Abbas Araghchi, but Hussein declined to meet Araghchi.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(f, FIDAN, ARAGHCHI)).toEqual([]);
    expect(met(f, HUSSEIN, ARAGHCHI)).toEqual([]);
  });

  it("the first actor carries into a part that names only the other side", () => {
    const f = facts("Hakan Fidan received Fuad Hussein in Ankara on Monday, and later held talks with Ayman Safadi.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(f, FIDAN, SAFADI)).toHaveLength(1);
  });

  it("a later 'with officials' phrase does not make a meeting one-sided", () => {
    const f = facts("Hakan Fidan and Ayman Safadi met Fuad Hussein on Monday in Baghdad, in the latest of his exchanges with officials of the region.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan and Ayman Safadi held talks with officials in Baghdad on Monday.", D), FIDAN, SAFADI)).toEqual([]);
  });

  it("a part that names no one stays with its meeting (the place after a comma)", () => {
    const f = facts("التقى هاكان فيدان فؤاد حسين، اليوم الاثنين، في أنقرة في أول لقاء بينهما.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });

  it("someone who takes part by video link is not at the meeting (ar, en)", () => {
    const ar = facts("عقد في عمان اجتماع جمع أيمن الصفدي وهاكان فيدان وفؤاد حسين وعباس عراقجي. ويشارك عراقجي في اللقاء عبر تقنية الاتصال المرئي.", D);
    expect(met(ar, SAFADI, FIDAN)).toHaveLength(1);
    expect(met(ar, SAFADI, ARAGHCHI)).toEqual([]);
    const en = facts("Ayman Safadi hosted Hakan Fidan, Fuad Hussein and Abbas Araghchi in Amman on Monday. Araghchi took part in the meeting by video link.", D);
    expect(met(en, SAFADI, HUSSEIN)).toHaveLength(1);
    expect(met(en, FIDAN, ARAGHCHI)).toEqual([]);
  });
});

describe("pass 5: a signing ceremony", () => {
  it("a signing under the auspices of two named people is their meeting (ar, en); without them it is none", () => {
    const ar = facts("وتحت رعاية هاكان فيدان وفؤاد حسين، شهدت أنقرة توقيع تركيا والعراق على خمس مذكرات تفاهم.", D);
    expect(met(ar, FIDAN, HUSSEIN)).toHaveLength(1);
    const en = facts("In the presence of Hakan Fidan and Fuad Hussein, officials of the two countries signed five memoranda in Ankara.", D);
    expect(met(en, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Officials of Turkey and Iraq signed five memoranda in Ankara, Hakan Fidan and Fuad Hussein said.", D), FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 5: Arabic imperfect", () => {
  it("an imperfect meeting verb in running text announces a meeting; the perfect reports one", () => {
    expect(met(facts("وخلال الزيارة يجتمع هاكان فيدان بفؤاد حسين في بغداد.", D), FIDAN, HUSSEIN)).toEqual([]);
    expect(met(facts("وخلال الزيارة اجتمع هاكان فيدان بفؤاد حسين في بغداد.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: joining a meeting that was only proposed", () => {
  it("someone who would take part in a proposed meeting does not join the meeting reported before", () => {
    const f = facts("التقى هاكان فيدان فؤاد حسين في أنقرة أمس، وطرح عليه فكرة لقاء ثلاثي يشارك فيه عباس عراقجي.", "2025-05-06");
    expect(met(f, P("hakan-fidan"), P("fuad-hussein"))).toHaveLength(1);
    expect(events(f, "meeting").some((e) => e.who.includes(P("abbas-araghchi")))).toBe(false);
  });
});

describe("pass 5: discussions held between two people", () => {
  it("'round-table discussions were held between A and B' is their meeting", () => {
    const f = facts("Round-table discussions were held on Tuesday in Ankara between Hakan Fidan and Fuad Hussein.", "2025-05-08");
    expect(met(f, P("hakan-fidan"), P("fuad-hussein"))).toHaveLength(1);
  });
});

describe("pass 5: the dateline's date", () => {
  it("dates the report, not the meeting the lead dates otherwise", () => {
    const f = facts("Ankara, May 8 (Anadolu) - Hakan Fidan met Fuad Hussein in Ankara on Monday.", "2025-05-08");
    expect(met(f, P("hakan-fidan"), P("fuad-hussein")).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
});

describe("pass 5: more English contact phrases", () => {
  it("'paid a courtesy call on', 'had talks with', 'exchanged views with' are meetings", () => {
    for (const phrase of ["paid a courtesy call on", "had talks with", "exchanged views with"]) {
      const f = facts(`Hakan Fidan ${phrase} Fuad Hussein in Ankara on Monday.`, "2025-05-08");
      expect(met(f, P("hakan-fidan"), P("fuad-hussein"))).toHaveLength(1);
    }
  });
});

describe("pass 5: 'no' before the event noun, and a person set apart by 'not with' / 'rather than'", () => {
  const D2 = "2025-05-08";
  it("'had no talks with', 'held no meeting with', 'there were no talks between' are no meetings", () => {
    for (const s of [
      "Cyril Ramaphosa had no talks with Narendra Modi during the summit in Johannesburg.",
      "Cyril Ramaphosa held no meeting with Narendra Modi in Johannesburg on Tuesday.",
      "There were no talks between Cyril Ramaphosa and Narendra Modi in Johannesburg.",
    ]) expect(met(facts(s, D2), P("cyril-ramaphosa"), P("narendra-modi")), s).toEqual([]);
  });
  it("the person after 'not with' or 'rather than' is not at the meeting", () => {
    const f = facts("Cyril Ramaphosa held talks with Narendra Modi in Johannesburg on Tuesday, not with Xi Jinping.", D2);
    expect(met(f, P("cyril-ramaphosa"), P("narendra-modi"))).toHaveLength(1);
    expect(met(f, P("cyril-ramaphosa"), P("xi-jinping"))).toEqual([]);
    const g = facts("Narendra Modi met Cyril Ramaphosa rather than Xi Jinping in Johannesburg on Tuesday.", D2);
    expect(met(g, P("cyril-ramaphosa"), P("xi-jinping"))).toEqual([]);
    expect(met(g, P("cyril-ramaphosa"), P("narendra-modi"))).toHaveLength(1);
  });
});

describe("pass 5: a place that speaks is no venue", () => {
  it("ar: the speech verb before the place (كشف الكرملين أن …) makes it the speaker", () => {
    const f = facts("كشف الكرملين أن سيرغي لافروف التقى وانغ يي أمس.", "2025-05-10");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual([null]);
  });
  it("en: the speech verb after it (…, the Kremlin said) too; a venue after \"in\" stays", () => {
    expect(met(facts("Sergey Lavrov met Wang Yi on Friday, the Kremlin said.", "2025-05-10"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual([null]);
    expect(met(facts("Sergey Lavrov met Wang Yi in the Kremlin on Friday.", "2025-05-10"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/kremlin"]);
  });
});

describe("pass 5: the post of an office is no venue", () => {
  it("fa: سفیر … در آنکارا names where the ambassador serves", () => {
    const f = facts("سفیر ایران در آنکارا، پرویز کاظمی‌نژاد، روز دوشنبه با هاکان فیدان دیدار کرد.", "2025-11-24");
    expect(events(f, "meeting").map((e) => e.place)).toEqual([null]);
  });
  it("en: the ambassador in Ankara; a venue named otherwise stays", () => {
    expect(events(facts("The Iranian ambassador in Ankara, Parviz Kazeminejad, met Hakan Fidan on Monday.", "2025-11-24"), "meeting").map((e) => e.place)).toEqual([null]);
    expect(events(facts("The Iranian ambassador, Parviz Kazeminejad, met Hakan Fidan in Ankara on Monday.", "2025-11-24"), "meeting").map((e) => e.place)).toEqual(["place/ankara"]);
  });
});

describe("pass 5: a host country is where the event was", () => {
  const KZ = ["place/kazakhstan"];
  it("en hosted by, ar التي استضافتها, fa به میزبانی", () => {
    for (const text of [
      "Sergey Lavrov met Wang Yi on Thursday at the summit hosted by Kazakhstan.",
      "التقى سيرغي لافروف وانغ يي الخميس على هامش القمة التي استضافتها كازاخستان.",
      "سرگئی لاوروف روز پنجشنبه در حاشیه نشست سران به میزبانی قزاقستان با وانگ یی دیدار کرد.",
    ]) expect(met(facts(text, "2024-07-04"), P("sergey-lavrov"), P("wang-yi")).map((e) => e.place), text).toEqual(KZ);
  });
});

describe("pass 5: the dateline is no venue the sentence names", () => {
  it("a trip's destination in the lead wins over the dateline city before the dash", () => {
    const f = facts("WASHINGTON (Reuters) - Sergey Lavrov, on a visit to Beijing, met Wang Yi on Monday.", "2024-05-08");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/beijing"]);
  });
  it("with no other place, the meeting still takes the dateline's city (pass 6)", () => {
    const f = facts("MOSCOW, May 6 (Reuters) - Sergey Lavrov met Wang Yi on Monday.", "2024-05-08");
    expect(met(f, P("sergey-lavrov"), P("wang-yi")).map((e) => e.place)).toEqual(["place/moscow"]);
  });
});

describe("pass 5: an event owned by a possessive ('X's talks with Y')", () => {
  it("the possessor of the event word takes part, past a few modifiers", () => {
    expect(met(facts("Hakan Fidan's meeting with Fuad Hussein lasted two hours.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan's first bilateral talks with Fuad Hussein ended on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan's closed-door meeting with Fuad Hussein ended on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("a possessor of something else stays out ('X's aide met Y')", () => {
    expect(met(facts("Hakan Fidan's aide met Fuad Hussein on Monday.", D), FIDAN, HUSSEIN)).toHaveLength(0);
  });
  it("who speaks of someone else's meeting is not in it", () => {
    const f = facts("Abbas Araghchi praised Hakan Fidan's meeting with Fuad Hussein.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(f, ARAGHCHI, HUSSEIN)).toHaveLength(0);
    expect(met(f, ARAGHCHI, FIDAN)).toHaveLength(0);
  });
});

describe("pass 5: 'their meeting' names the people who met", () => {
  it("a fronted 'During their meeting in X,' and a trailing 'during their talks'", () => {
    expect(met(facts("During their meeting in Baghdad, Hakan Fidan and Fuad Hussein discussed water sharing.", D), FIDAN, HUSSEIN).map((e) => e.place)).toEqual(["place/baghdad"]);
    expect(met(facts("Hakan Fidan and Fuad Hussein discussed water sharing during their talks in Baghdad.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: more Persian and Arabic meeting verbs (events.json)", () => {
  const cases: Array<[string, string]> = [
    ["fa host", "حکان فیدان روز یکشنبه در آنکارا پذیرای فؤاد حسین بود."],
    ["fa guest", "فؤاد حسین روز یکشنبه در آنکارا میهمان حکان فیدان بود."],
    ["ar reviewed with", "استعرض هاكان فيدان يوم الأحد مع فؤاد حسين ملف المياه."],
    ["ar consulted", "تشاور هاكان فيدان يوم الأحد مع فؤاد حسين حول ملف المياه."],
    ["ar guest of", "حل فؤاد حسين يوم الأحد ضيفا على هاكان فيدان في أنقرة."],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toHaveLength(1));
  }

  it("the verbs make no meeting without another side, and a call stays a call", () => {
    expect(events(facts("حکان فیدان روز یکشنبه میهمان یک برنامه تلویزیونی بود.", D))).toEqual([]);
    expect(events(facts("استعرض هاكان فيدان يوم الأحد أمام البرلمان خطة الوزارة.", D))).toEqual([]);
    expect(events(facts("تشاور هاكان فيدان هاتفيا يوم الأحد مع فؤاد حسين حول ملف المياه.", D)).map((e) => e.kind)).toEqual(["call"]);
  });
});

describe("pass 5: a meeting named in an adjunct, and a visit paid to a person", () => {
  it("'during a meeting in X' / 'At a meeting in X,' names the meeting of the clause's people", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein reviewed the dam project during a meeting in Mosul on Sunday.", D), FIDAN, HUSSEIN).map((e) => e.place)).toEqual(["place/mosul"]);
    expect(met(facts("At a meeting in Mosul on Sunday, Hakan Fidan and Fuad Hussein reviewed the dam project.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("'after talks in X' / 'following a meeting at X' names the meeting of the clause's people; one person makes none", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein agreed on Sunday to reopen the border crossing, after talks in Mosul.", D), FIDAN, HUSSEIN).map((e) => e.place)).toEqual(["place/mosul"]);
    expect(met(facts("Hakan Fidan and Fuad Hussein spoke to reporters following a meeting at the foreign ministry on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(events(facts("Hakan Fidan said after talks in Mosul on Sunday that the crossing would reopen.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
  });
  it("a meal shared or given in someone's honour is a meeting (en, fa, ar); one with no other person is none", () => {
    for (const text of ["Hakan Fidan dined with Fuad Hussein in Mosul on Sunday.", "Hakan Fidan hosted a dinner for Fuad Hussein in Mosul on Sunday.", "أقام هاكان فيدان مأدبة عشاء على شرف فؤاد حسين في الموصل يوم الأحد.", "هاکان فیدان روز یکشنبه در موصل ضیافت شامی به افتخار فواد حسین برگزار کرد."]) {
      expect(met(facts(text, D), FIDAN, HUSSEIN)).toHaveLength(1);
    }
    expect(events(facts("Hakan Fidan dined with business leaders in Mosul on Sunday.", D))).toEqual([]);
  });
  it("a hope or a wish to meet is a plan, not a meeting (en, fa, ar)", () => {
    for (const text of ["Hakan Fidan hopes to meet Fuad Hussein in Baghdad soon.", "Hakan Fidan would like to meet Fuad Hussein in Baghdad.", "هاکان فیدان امیدوار است به زودی با فواد حسین دیدار کند.", "يأمل هاكان فيدان أن يلتقي فؤاد حسين قريبا.", "يتطلع هاكان فيدان إلى لقاء فؤاد حسين."]) {
      expect(events(facts(text, D)).map((e) => e.kind)).toEqual(["planned"]);
    }
  });
  it("', meeting in X,' in apposition to two people is their meeting; 'a meeting in X was possible' is none", () => {
    expect(met(facts("Hakan Fidan and Fuad Hussein, meeting in Mosul on Sunday, discussed the dam project.", D), FIDAN, HUSSEIN).map((e) => e.place)).toEqual(["place/mosul"]);
    expect(events(facts("Hakan Fidan said on Sunday that a meeting in Mosul with Fuad Hussein was possible.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
  });
  it("an audience granted to a visitor is a meeting; one granted to a crowd is none", () => {
    expect(met(facts("King Abdullah II granted an audience to Hakan Fidan and Fuad Hussein in Amman on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Fuad Hussein gave an audience to Hakan Fidan in Baghdad on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(events(facts("Fuad Hussein granted an audience to hundreds of students in Baghdad on Sunday.", D))).toEqual([]);
  });
  it("a body's session ('at a meeting of …') with one person named is no meeting of two", () => {
    expect(events(facts("Hakan Fidan spoke at a meeting of Arab League ministers in Cairo on Sunday.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
  });
  it("'paid a courtesy visit to Minister X' is a meeting; a visit to a person's town is not", () => {
    expect(met(facts("Fuad Hussein paid a courtesy visit to Turkish Foreign Minister Hakan Fidan in Ankara on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Fuad Hussein visited Hakan Fidan in Ankara on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Fuad Hussein visited Hakan Fidan's home town on Sunday.", D), FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 1/5: a sentence fronted by its other side ('With X, he discussed …')", () => {
  it("the discussion verb after 'With X,' is a meeting of its subject with X, past an apposition of X", () => {
    const f = facts("Hakan Fidan held several meetings in Erbil on Sunday. With Fuad Hussein, the Foreign Minister of Iraq, he talked about water sharing.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("a call word makes it a call; 'With' that fronts no person makes nothing", () => {
    expect(events(facts("Hakan Fidan was in Erbil on Sunday. With Fuad Hussein, he discussed water sharing by telephone.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
    expect(events(facts("With prices rising, Hakan Fidan discussed water sharing in Erbil on Sunday.", D))).toEqual([]);
  });
});

describe("pass 5: a body's session is no meeting of its attendees", () => {
  it("en: attending 'the Arab League summit' is no meeting; 'held a summit in X' and 'met X at the … summit' are", () => {
    expect(events(facts("Hakan Fidan and Fuad Hussein attended the Arab League summit in Manama on Sunday.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
    expect(met(facts("Hakan Fidan and Fuad Hussein held a summit in Mosul on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(facts("Hakan Fidan met Fuad Hussein at the Arab League summit in Manama on Sunday.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("ar / fa: «قمة جامعة الدول العربية», «نشست سران اتحادیه عرب» (the idafa and ezafe) is a session", () => {
    expect(events(facts("شارك هاكان فيدان وفؤاد حسين في قمة جامعة الدول العربية في المنامة يوم الأحد.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
    expect(events(facts("هاکان فیدان و فؤاد حسین در نشست سران اتحادیه عرب در منامه شرکت کردند.", D)).filter((e) => e.kind === "meeting")).toEqual([]);
  });
});

describe("pass 5: 'also' dates a contact past an undated retelling of the one before", () => {
  it("ar: «كما استقبل …» after «وتناول الطرفان خلال اللقاء …» takes the first meeting's day", () => {
    const f = facts("استقبل هاكان فيدان يوم الأحد في أنقرة نظيره العراقي فؤاد حسين. وتناول الطرفان خلال اللقاء ملف المياه. كما استقبل الوزير العراقي من طرف رجب طيب أردوغان.", D);
    const withErdogan = events(f, "meeting").filter((e) => e.who.includes(P("recep-tayyip-erdogan")));
    expect(withErdogan.map((e) => e.date)).toEqual(["2025-05-04"]);
  });
});
