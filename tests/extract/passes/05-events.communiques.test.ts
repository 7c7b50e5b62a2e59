// Pass 5 (events): constructions of North African agency Arabic. Sentences written for these tests.
//   - a refusal or denial does not reach past «، وكان …», which opens a background clause of its own
//     (_event-parts.backgroundClauseBetween);
//   - «على حدة» (separately) after a list makes one meeting with each (cues.json distributive);
//   - «، دون أن يجمع الرجلين أي لقاء» after such separate meetings is a part of its own ("the two men" count as its
//     actors), and "the two men" are the two the subject met separately, not the last pair (_both-sides);
//   - the subject of a verb of chairing is at what it chairs, a reference too («ترأس رئيس الجمهورية اجتماعا ضم A وB»,
//     _mentions.actorsIn with cues.json chairVerb), and «رئيس الجمهورية» alone is the president the article
//     introduced with that phrase (_honorific-refs.bareRepublicTitle);
//   - «ضيفه» after a visit told in a relative clause («استقبل X … Y، الذي يقوم بزيارة …») is Y (_guests);
//   - a contact told by a gathering ("before the conference opened") in an undated sentence takes the day told with
//     that gathering in the sentence before, when that sentence names several days (_event-dates.summitDay).
import { describe, expect, it } from "vitest";
import { events, facts, met, P, root } from "./helpers.js";

const D = "2024-03-13"; // a Wednesday
const AGUILA = P("aguila-saleh-issa");
const MENFI = P("mohamed-al-menfi");
const SISI = P("abdel-fattah-el-sisi");
const BATHILY = P("abdoulaye-bathily");
const DBEIBAH = P("abdul-hamid-dbeibah");
const TEBBOUNE = P("abdelmadjid-tebboune");
const SAIED = P("kais-saied");
const ATTAF = P("ahmed-attaf");

describe("a denial does not govern the background clause after «، وكان»", () => {
  it("«رفض A المبادرة، وكان قد التقى B …»: the meeting was held", () => {
    const f = facts("ورفض رئيس مجلس النواب عقيلة صالح المبادرة الجديدة، وكان قد التقى الرئيس عبد الفتاح السيسي يوم الأحد الماضي في القاهرة.", D);
    expect(met(f, AGUILA, SISI).map((e) => e.date)).toEqual(["2024-03-10"]);
  });
  it("«نفى A أن يكون قد التقى B»: a denial in its own clause still governs the meeting", () => {
    const f = facts("ونفى عقيلة صالح أن يكون قد التقى محمد المنفي في القاهرة.", D);
    expect(met(f, AGUILA, MENFI)).toEqual([]);
    expect(events(f, "denied").length).toBe(1);
  });
});

describe("separate meetings, and the two men who did not meet", () => {
  it("«التقى X كلا من A وB على حدة، دون أن يجمع الرجلين أي لقاء»: X met A and B; A and B did not meet", () => {
    const f = facts("والتقى المبعوث الأممي عبد الله باتيلي كلا من عقيلة صالح وعبد الحميد الدبيبة على حدة يوم الاثنين في تونس، دون أن يجمع الرجلين أي لقاء مباشر.", D);
    expect(met(f, BATHILY, AGUILA).map((e) => e.date)).toEqual(["2024-03-11"]);
    expect(met(f, BATHILY, DBEIBAH).map((e) => e.date)).toEqual(["2024-03-11"]);
    expect(met(f, AGUILA, DBEIBAH)).toEqual([]);
    expect(events(f, "denied").map((e) => e.who)).toEqual([[DBEIBAH, AGUILA].sort()]);
  });
});

describe("«الجانبان» after a series of separate meetings are each meeting's sides", () => {
  it("«عقد X سلسلة اجتماعات مع A، وB، حيث بحث الجانبان …»: A and B did not meet", () => {
    const f = facts("وعقد عبد الله باتيلي سلسلة اجتماعات مع عقيلة صالح، ومحمد المنفي، حيث بحث الجانبان سبل دفع العملية السياسية.", D);
    expect(met(f, AGUILA, MENFI)).toEqual([]);
    expect(met(f, BATHILY, AGUILA)).toHaveLength(1);
  });
});

describe("a contact told by the gathering of the sentence before, which names several days", () => {
  it("«قبل انطلاق المؤتمر» is the day told with the conference, not the other day of that sentence", () => {
    const f = facts(
      "وجاء ذلك بعد الاتفاق الموقع في جنيف يوم 3 فبراير، وبعد مؤتمر باريس الذي استضافته فرنسا يوم 12 فبراير 2024. والتقى عبد الله باتيلي عبد الحميد الدبيبة قبل انطلاق المؤتمر.",
      D,
    );
    expect(met(f, BATHILY, DBEIBAH).map((e) => e.date)).toEqual(["2024-02-12"]);
  });
});

describe("the chair of a meeting, and the agency's own president", () => {
  it("«ترأس رئيس الجمهورية اجتماعا ضم A وB»: the president the article introduced so met A and B", () => {
    const f = facts(
      "الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأربعاء رئيس المجلس الرئاسي الليبي محمد المنفي. وفي المساء، ترأس رئيس الجمهورية، بصفته الرئيس الدوري للاتحاد، اجتماعا ضم كلا من الرئيس قيس سعيد ورئيس الحكومة عبد الحميد الدبيبة.",
      D,
    );
    expect(met(f, TEBBOUNE, SAIED)).toHaveLength(1);
    expect(met(f, TEBBOUNE, DBEIBAH)).toHaveLength(1);
    expect(met(f, MENFI, SAIED)).toEqual([]);
  });
});

describe("«ضيفه» after a visit told in a relative clause", () => {
  it("«استقبل X … Y، الذي يقوم بزيارة … وأشرف X وضيفه على التوقيع»: the guest is Y", () => {
    const f = facts(
      "الجزائر - استقبل رئيس الجمهورية عبد المجيد تبون اليوم الأربعاء الرئيس قيس سعيد، الذي يقوم بزيارة عمل إلى الجزائر. وبعد المحادثات، أشرف الرئيس تبون وضيفه على التوقيع على مذكرة تفاهم في مجال الطاقة، وقعها عن الجانب الجزائري وزير الخارجية أحمد عطاف.",
      D,
    );
    const who = f.mentions.filter((m) => m.kind === "person" && /ضيف/.test(m.text)).map((m) => root(f, m.index).lexiconId);
    expect(who).toEqual([SAIED]);
    expect(met(f, TEBBOUNE, ATTAF)).toHaveLength(1);
  });
});
