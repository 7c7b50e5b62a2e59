// Pass 3 (_aliases.ts): a person's other name given in apposition ("known as", «المعروف باسمه الحركي», «الملقب»,
// «معروف به») is the same person's, not a lexicon namesake's, there and where the article writes it again. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2024-05-07";
const lexiconPeople = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "person" && m.lexiconId).map((m) => m.lexiconId);
/** The written name each person mention stands for: its own, or its antecedent's. */
const standsFor = (text: string) => {
  const f = facts(text, D);
  return f.mentions.filter((m) => m.kind === "person").map((m) => (m.antecedent !== undefined ? f.mentions[m.antecedent].text : m.text));
};

describe("pass 3: a nickname or nom de guerre after 'known as' is the person named before it", () => {
  it("an Arabic nom de guerre that is a European leader's surname is no mention of that leader, here and later", () => {
    const text = 'وقاد الوفد قائد الحركة المسلحة إبراهيم يوسف، المعروف باسمه الحركي "ماكرون"، في محادثات أديس أبابا. وصافح الوسيط ماكرون بعد الجلسة.';
    expect(lexiconPeople(text)).not.toContain("person/emmanuel-macron");
    expect(standsFor(text).filter((n) => n === "إبراهيم يوسف").length).toBeGreaterThanOrEqual(3);
  });

  it("English 'known as' and Persian «معروف به»", () => {
    expect(lexiconPeople("Rebel commander Samuel Otieno, known as Museveni, met the envoy in Juba on Monday.")).not.toContain("person/yoweri-museveni");
    expect(lexiconPeople("فرمانده شورشیان، ساموئل اوتینو معروف به موسونی، روز دوشنبه در جوبا با فرستاده دیدار کرد.")).not.toContain("person/yoweri-museveni");
  });

  it("the lexicon's own person with a nickname the lexicon also holds stays that person", () => {
    expect(lexiconPeople("والتقى رئيس المجلس قائد القوات محمد حمدان دقلو الملقب بحميدتي.")).toContain("person/mohamed-hamdan-dagalo");
  });

  it("a namesake the article names in full in its own right stays the namesake", () => {
    const text = 'وقاد الوفد إبراهيم يوسف، المعروف باسمه الحركي "ماكرون"، في أديس أبابا. وفي باريس استقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء.';
    expect(lexiconPeople(text)).toContain("person/emmanuel-macron");
  });
});

describe("pass 3: an Arabic kunya quoted right after a name is that person's other name", () => {
  it("«X \"أبو Y\"، title» is X alone, one side of X's meeting", () => {
    const text = 'رام الله - وفا: ترأس الرئيس ياسر عرفات "أبو عمار"، رئيس السلطة الوطنية الفلسطينية، اليوم اجتماعا للقيادة في مقر المقاطعة، واستقبل بعده المبعوث الأوروبي ميغيل موراتينوس.';
    expect(standsFor(text)).not.toContain("أبو عمار");
    const f = facts('عمان - بترا: استقبل وزير الخارجية أيمن الصفدي اليوم القيادي سليم الزعنون "أبو الأديب"، رئيس المجلس الوطني الفلسطيني، وبحث معه أوضاع المجلس.', D);
    expect(people(f)).toEqual(["person/ayman-safadi", "سليم الزعنون"]);
  });

  it("a quoted phrase that opens with no kunya word is no alias", () => {
    const f = facts('وقال الرئيس ياسر عرفات "إن السلام قادم"، وغادر إلى القاهرة.', D);
    expect(people(f)).toEqual(["person/yasser-arafat"]);
  });
});


describe("pass 3: long and reversed nom-de-guerre appositions", () => {
  it("'better known by his nom de guerre B' (a phrase of six words) makes B the same person", () => {
    const text = "Rebel chief Tomas Ferreyra, better known by his nom de guerre Museveni, met the mediators in Oslo on Monday. Museveni left the next day.";
    expect(lexiconPeople(text)).not.toContain("person/yoweri-museveni");
    expect(standsFor(text).filter((n) => n === "Tomas Ferreyra").length).toBe(3);
  });

  it("an English nom de guerre no lexicon holds becomes a mention of the person, kept as one of their names", () => {
    const f = facts("Guerrilla leader Mario Quispe, known as Tiburon, signed the truce with the army in Cusco on Friday.", D);
    const alias = f.mentions.find((m) => m.text === "Tiburon");
    expect(alias?.kind).toBe("person");
    expect(alias?.alias).toBe(true);
    expect(alias?.antecedent !== undefined && f.mentions[alias.antecedent].text).toBe("Mario Quispe");
  });

  it("'A, the nom de guerre of B' names one person, not two", () => {
    const text = "The accord was signed by Ernesto Vidal, the nom de guerre of Julio Benavides, and by a government envoy in Lima on Friday.";
    expect(new Set(standsFor(text))).toEqual(new Set(["Ernesto Vidal"]));
  });
});
