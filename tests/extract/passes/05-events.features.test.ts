// Pass 5 (events) and pass 7 (agreements), classes of false met pairs and agreements found by the features suite
// (tests/extract/features, long analysis pieces): a question reports nothing; a conditional ("if X meets Y", "any
// meeting between X and Y", «اگر … دیدار کرده بود», «لو التقى») and readiness ("prepared to meet", «مستعد للقاء»,
// «الحديث عن لقاء») are not held; a sponsor of an agreement ("sponsored by A and B") is no party to it, nor is the
// next country of the list. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, events, facts, met, P } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 5/7: a question reports no meeting and no agreement", () => {
  const cases: Array<[string, string, string]> = [
    ["en", "Did Hakan Fidan meet Fuad Hussein in Ankara on Monday?", "Hakan Fidan met Fuad Hussein in Ankara on Monday."],
    ["fa", "آیا هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد؟", "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد."],
    ["ar", "هل التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين؟", "التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين."],
  ];
  for (const [lang, question, statement] of cases) {
    it(`${lang}: the question is no meeting, the statement is one`, () => {
      expect(met(facts(question, D), FIDAN, HUSSEIN)).toEqual([]);
      expect(met(facts(statement, D), FIDAN, HUSSEIN)).toHaveLength(1);
    });
  }
  const signed: Array<[string, string, string]> = [
    ["fa", "آیا ترکیه و عراق روز دوشنبه در آنکارا توافقنامه آب امضا کردند؟", "ترکیه و عراق روز دوشنبه در آنکارا توافقنامه آب امضا کردند."],
    ["ar", "هل وقعت تركيا والعراق اتفاقية المياه في أنقرة يوم الاثنين؟", "وقعت تركيا والعراق اتفاقية المياه في أنقرة يوم الاثنين."],
  ];
  for (const [lang, question, statement] of signed) {
    it(`${lang}: 'did Turkey and Iraq sign …?' is no agreement, the statement is one`, () => {
      expect(agreements(facts(question, D))).toEqual([]);
      expect(agreements(facts(statement, D))).toHaveLength(1);
    });
  }
});

describe("pass 5: a conditional meeting is not held", () => {
  const cases: Array<[string, string]> = [
    ["en", "If Hakan Fidan meets Fuad Hussein in Ankara, the pipeline talks could resume."],
    ["en", "Any meeting between Hakan Fidan and Fuad Hussein would require a ceasefire first."],
    ["fa", "اگر هاکان فیدان در آنکارا با فؤاد حسین دیدار کرده بود، بحران آب حل می‌شد."],
    ["ar", "لو التقى هاكان فيدان فؤاد حسين في أنقرة لتغيرت المعادلة كلها."],
    ["ar", "وقال مصدر إن الحديث عن لقاء بين هاكان فيدان وفؤاد حسين في أنقرة سابق لأوانه."],
  ];
  for (const [lang, text] of cases) it(`${lang}: ${text.slice(0, 40)}… is no meeting`, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]));
  it("en: a meeting reported after 'even if' is still a meeting", () => {
    expect(met(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday, even if no statement followed.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: readiness to meet is no meeting", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan said on Monday that he was prepared to meet Fuad Hussein in Ankara without preconditions."],
    ["en", "Hakan Fidan is ready to meet Fuad Hussein in Ankara."],
    ["ar", "وأكد هاكان فيدان الاثنين أنه مستعد للقاء فؤاد حسين في أنقرة."],
  ];
  for (const [lang, text] of cases) it(`${lang}: ${text.slice(0, 40)}… is no meeting`, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]));
});

describe("pass 7: the sponsors of an agreement are no parties", () => {
  it("en: 'sponsored by Qatar and the United States' names neither as a party", () => {
    const who = agreements(facts("The water accord, sponsored by Qatar and the United States, was signed by Turkey and Iraq in Doha on Monday.", D)).flatMap((a) => a.who);
    expect(who).toContain("place/turkey");
    expect(who).not.toContain("place/qatar");
    expect(who).not.toContain("place/united-states");
  });
});

it("helpers: the events of a statement are read", () => expect(events(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday.", D), "meeting")).toHaveLength(1));

describe("pass 5: a meeting that will not happen, or a possible one, is not held", () => {
  const cases: Array<[string, string]> = [
    ["en", "A meeting between Hakan Fidan and Fuad Hussein in Ankara will not happen this year, officials said."],
    ["fa", "دیدار احتمالی هاکان فیدان و فؤاد حسین در حاشیه نشست آنکارا روی میز است."],
    ["ar", "وقال دبلوماسي إن «لقاءً بين هاكان فيدان وفؤاد حسين في أنقرة لن يحدث قريباً»."],
    ["ar", "وبحث الجانبان اللقاء المحتمل بين هاكان فيدان وفؤاد حسين في أنقرة."],
  ];
  for (const [lang, text] of cases) it(`${lang}: ${text.slice(0, 40)}… is no meeting`, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]));
});

describe("pass 5: who is named in what is said after the event is not at it", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan hosted the water talks in Ankara on Monday, and he later told reporters that he hoped to see Fuad Hussein soon."],
    ["fa", "هاکان فیدان روز دوشنبه میزبان گفت‌وگوهای آب در آنکارا بود و گفت امیدوار است فؤاد حسین را به‌زودی ببیند."],
    ["ar", "واستضاف هاكان فيدان محادثات المياه في أنقرة يوم الاثنين، وقال إنه يأمل أن يرى فؤاد حسين قريباً."],
  ];
  for (const [lang, text] of cases) it(`${lang}: ${text.slice(0, 40)}… is no meeting`, () => expect(met(facts(text, D), FIDAN, HUSSEIN)).toEqual([]));
  it("en: the people before the speech verb still met ('X met Y, and told reporters …')", () => {
    expect(met(facts("Hakan Fidan met Fuad Hussein in Ankara on Monday, and told reporters that the talks went well.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
});
