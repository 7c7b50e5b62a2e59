// Pass 2: a name after an office title that is the first words of the lexicon name of the one person who held that
// office on the article's day is that person (news drops the last word of a three-word name). Sentences written
// for this test; Abdoulkader Kamil Mohamed is in the lexicon as Djibouti's prime minister since 2013.
import { describe, expect, it } from "vitest";
import { events, facts, people } from "./helpers.js";

const KAMIL = "person/abdoulkader-kamil-mohamed";

describe("pass 2: a shortened name after a title is the office's holder", () => {
  const cases: Array<[string, string]> = [
    ["en", "Prime Minister Abdoulkader Kamil met the Ethiopian envoy Tesfaye Lemma in Djibouti on Tuesday."],
    ["ar", "التقى رئيس الوزراء عبد القادر كامل المبعوث الإثيوبي تسفاي ليما في جيبوتي يوم الثلاثاء."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the first two words of his name, after his office, are the lexicon's prime minister`, () => {
      const f = facts(text, "2024-05-14");
      expect(people(f)).toContain(KAMIL);
      expect(events(f, "meeting").flatMap((e) => e.who)).toContain(KAMIL);
    });
  }
  it("not before he held the office", () => {
    expect(people(facts(cases[0][1], "2010-05-11"))).not.toContain(KAMIL);
  });
  it("not when the title names another country", () => {
    expect(people(facts("Kenyan Prime Minister Abdoulkader Kamil met the envoy Tesfaye Lemma in Nairobi on Tuesday.", "2024-05-14"))).not.toContain(KAMIL);
  });
  it("not after another office", () => {
    expect(people(facts("Finance Minister Abdoulkader Kamil met the envoy Tesfaye Lemma in Djibouti on Tuesday.", "2024-05-14"))).not.toContain(KAMIL);
  });
});
