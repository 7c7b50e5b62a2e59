// Pass 5: a planned trip governs the talks it is for, and a date inside a relative clause set off by commas dates that
// clause, not the sentence's meeting; a contact dated after the paper's day ("tomorrow", «غدا») is a plan whatever the
// verb's tense (_event-dates laterThanPaper); pass 2: a city right after a given name in a title slot is a surname.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, people } from "./helpers.js";

const D = "2019-10-09"; // a Wednesday

describe("pass 5: the talks a planned trip is for are planned too", () => {
  const cases: Array<[string, string]> = [
    ["en", "Chilean President Sebastián Piñera is expected to travel to Lima on Friday for talks with Peruvian President Martín Vizcarra."],
    ["en", "Chilean President Sebastián Piñera will fly to Lima on Friday for a summit with Peruvian President Martín Vizcarra."],
    ["ar", "ومن المقرر أن يتوجه الرئيس التشيلي سيباستيان بينيرا يوم الجمعة إلى ليما لإجراء محادثات مع الرئيس البيروفي مارتين فيزكارا."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.slice(0, 60)}…`, () => {
      const f = facts(text, D);
      expect(events(f, "meeting")).toEqual([]);
      expect(events(f, "planned")).toHaveLength(1);
      expect(events(f, "planned")[0].date).toBe("2019-10-11");
    });
  }
  it("a trip the meeting comes before is not its plan", () => {
    const f = facts("Chilean President Sebastián Piñera met Peruvian President Martín Vizcarra in Lima on Monday and will fly to Quito on Friday.", D);
    expect(events(f, "meeting")).toHaveLength(1);
  });
  it("nor is a trip told in a relative clause, whose date is not the meeting's either", () => {
    const f = facts("Foreign Minister Teodoro Ribera, who will travel to Quito on Friday, met Peruvian Foreign Minister Gustavo Meza-Cuadra in Lima on Monday.", D);
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2019-10-07"]);
  });
});

describe("pass 2: a city right after a given name in a title slot is the surname", () => {
  it("'Foreign Minister Karin Lund' is a person, not Karin and the city of Lund", () => {
    const f = facts("Foreign Minister Karin Lund met her Finnish counterpart Ville Halme in Oslo on Monday.", D);
    expect(people(f)).toContain("Karin Lund");
    expect(events(f, "meeting").map((e) => e.who)).toEqual([["Karin Lund", "Ville Halme"]]);
  });
  it("not inside a longer name: 'Prime Minister Phan Van Trung' (Van is also a city)", () => {
    const f = facts("Prime Minister Phan Van Trung met Foreign Minister Karin Lund in Hanoi on Monday.", D);
    expect(people(f).sort()).toEqual(["Karin Lund", "Phan Van Trung"]);
  });
});

describe("pass 5: a contact dated after the paper's day is a plan (_event-dates laterThanPaper)", () => {
  const SAF = "person/ayman-safadi";
  const MBS = "person/mohammed-bin-salman";
  it("the Arabic imperfect and the English present with «غدا» / 'tomorrow'", () => {
    for (const text of [
      "القاهرة - أ ش أ: وصل وزير الخارجية الأردني أيمن الصفدي اليوم إلى القاهرة، ويتوجه غدا إلى الرياض لإجراء محادثات مع ولي العهد السعودي الأمير محمد بن سلمان.",
      "Jordanian Foreign Minister Ayman Safadi arrived in Cairo on Sunday and travels to Riyadh tomorrow for talks with Crown Prince Mohammed bin Salman.",
    ]) {
      const evs = events(facts(text, "2023-05-14")).filter((e) => e.who.includes(SAF) && e.who.includes(MBS));
      expect(evs.map((e) => [e.kind, e.date])).toEqual([["planned", "2023-05-15"]]);
    }
  });
  it("a meeting of the paper's own day stays held", () => {
    const f = facts("القاهرة - أ ش أ: التقى وزير الخارجية سامح شكري اليوم في القاهرة نظيره الأردني أيمن الصفدي.", "2023-05-14");
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2023-05-14"]);
  });
});

