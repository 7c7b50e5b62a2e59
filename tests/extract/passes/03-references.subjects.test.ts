// Pass 3 (references, via _subjects.ts and _dropped.ts): the subject of a clause that does not write it. A subject
// pronoun is the subject before it, not the nearest person; an object suffix on an Arabic meeting verb is the
// subject of the clause before; a dropped Arabic or Persian subject is the last subject when the one person named
// is marked as the other side and the verb's gender agrees. Pass 1 (_cue-readings.ts): "…, meeting Y" after a
// visit is a meeting of the visitor. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const ARAGHCHI = P("abbas-araghchi");
const KALLAS = P("kaja-kallas");

describe("a subject pronoun is the subject before it", () => {
  it("en: 'he was received by X, and the next day he met Y': the second 'he' is the first", () => {
    const f = facts("Hakan Fidan arrived in Baghdad on Monday. On Tuesday he was received by Fuad Hussein, and later that day he met Abbas Araghchi.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
    expect(met(f, FIDAN, ARAGHCHI)).toHaveLength(1);
    expect(met(f, HUSSEIN, ARAGHCHI)).toEqual([]);
  });
});

describe("fa: a pronoun right before 'با', and an object pronoun that is not its clause's subject", () => {
  it("'وی با X دیدار کرد' is the last subject's meeting", () => {
    expect(met(facts("عباس عراقچی روز دوشنبه وارد بغداد شد. وی با فؤاد حسین دیدار کرد.", D), ARAGHCHI, HUSSEIN)).toHaveLength(1);
  });
  it("'X از وی استقبال کرد': وی is the last subject, not X", () => {
    expect(met(facts("عباس عراقچی روز دوشنبه وارد بغداد شد. فؤاد حسین از وی استقبال کرد.", D), ARAGHCHI, HUSSEIN)).toHaveLength(1);
  });
});

describe("en: a subject pronoun after a name no lexicon read is not the last subject", () => {
  it("'Later Faisal flew to X, where he was received by Y' is no meeting of the last subject", () => {
    const f = facts("Qin Gang met Hakan Fidan on Monday. Two months later Faisal flew to Tehran, where he was received by President Masoud Pezeshkian.", D);
    expect(met(f, P("qin-gang"), P("masoud-pezeshkian"))).toEqual([]);
  });
});

describe("en: 'the Turkish diplomat' is the one Turk named before it", () => {
  it("one candidate: the meeting is theirs", () => {
    const f = facts("Hakan Fidan arrived in Baghdad on Monday. The Turkish diplomat was received by Fuad Hussein.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("two Turks named before: no one", () => {
    const f = facts("Hakan Fidan and Recep Tayyip Erdoğan arrived in Baghdad on Monday. The Turkish diplomat was received by Fuad Hussein.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
    expect(met(f, P("recep-tayyip-erdogan"), HUSSEIN)).toEqual([]);
  });
});

describe("ar: an object suffix on a meeting verb is the subject of the clause before", () => {
  const cases: Array<[string, string]> = [
    ["in the same sentence", "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد يوم الاثنين، واستقبله وزير الخارجية العراقي فؤاد حسين."],
    ["in the next sentence", "وصل هاكان فيدان إلى بغداد يوم الاثنين. والتقاه فؤاد حسين في مقر الوزارة."],
    ["'وكان في استقباله X'", "وصل هاكان فيدان إلى بغداد يوم الاثنين. وكان في استقباله لدى وصوله فؤاد حسين."],
    ["on the preposition after the verb", "وصل هاكان فيدان إلى بغداد يوم الاثنين. واجتمع به فؤاد حسين في مقر الوزارة."],
  ];
  for (const [name, text] of cases) {
    it(name, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toHaveLength(1));
  }
});

describe("a dropped subject is the last subject", () => {
  it("ar: 'كما عقد لقاءً مع X'", () => {
    expect(met(facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. كما عقد لقاءً مع فؤاد حسين.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("ar: a feminine verb after a woman's sentence ('كانت قد اجتمعت بوزير …')", () => {
    const f = facts("وصلت كايا كالاس إلى بغداد يوم الاثنين. وكانت قد اجتمعت بوزير الخارجية العراقي فؤاد حسين.", D);
    expect(met(f, KALLAS, HUSSEIN)).toHaveLength(1);
  });
  it("ar: a feminine verb after a man's sentence guesses no one", () => {
    const f = facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. كما عقدت لقاءً مع فؤاد حسين.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
  it("ar: 'إذ التقى X' with nothing after X that could be the object", () => {
    const f = facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. وكانت أنقرة محطته الأولى، إذ التقى وزير الخارجية العراقي فؤاد حسين.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("ar: 'إذ التقى X بالوفد …': X is the subject, no one is carried", () => {
    const f = facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. وكانت أنقرة محطته الأولى، إذ التقى وزير الخارجية العراقي فؤاد حسين بالوفد التجاري.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
  it("ar: 'كما التقى X في …' with only a place after X: X is the object", () => {
    const f = facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. كما التقى وزير الخارجية العراقي فؤاد حسين في مقر الوزارة.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("ar: 'كما التقى X سفراء …': X is the subject of a meeting with others, no one is carried", () => {
    const f = facts("وصل هاكان فيدان إلى بغداد يوم الاثنين. كما التقى فؤاد حسين سفراء الدول الأوروبية.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
  it("ar: a feminine verb and a man named after it: the man is the object, the woman before the subject", () => {
    const f = facts("وصلت كايا كالاس إلى بغداد يوم الاثنين. والتقت فؤاد حسين في مقر الوزارة.", D);
    expect(met(f, KALLAS, HUSSEIN)).toHaveLength(1);
  });
  it("fa: 'سپس با X دیدار کرد'", () => {
    expect(met(facts("هاکان فیدان روز دوشنبه وارد بغداد شد. سپس با فؤاد حسین دیدار کرد.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("fa: a plural verb or a title before 'با' carries no one", () => {
    expect(met(facts("هاکان فیدان روز دوشنبه وارد بغداد شد. سپس با فؤاد حسین دیدار کردند.", D), FIDAN, HUSSEIN)).toEqual([]);
    expect(met(facts("هاکان فیدان روز دوشنبه وارد بغداد شد. وزیر خارجه عراق سپس با عباس عراقچی دیدار کرد.", D), FIDAN, ARAGHCHI)).toEqual([]);
  });
});

describe("pass 1: '…, meeting Y' after a visit is a meeting of the visitor", () => {
  it("en: the participle takes the visitor and the visit's date", () => {
    const f = facts("Hakan Fidan visited Baghdad on May 5, meeting Fuad Hussein at the foreign ministry.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
});
