// resolveMentions (holderByRole): a name no lexicon form matches that the article gives an office ("X Al Saud, the
// King of Saudi Arabia") is the lexicon's holder of that office who shares a name word with it; in an undated article
// every king of the dynasty held the office and shares the family name, so the one whose name starts alike is meant.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

const peopleOf = (text: string) => processArticle(articleFromText(text, { uri: "t.txt" }) as Article).people.map((p) => p.id);

describe("a name given an office, held by several people who share a name word", () => {
  it("'Fahd Al Saud, the King of Saudi Arabia' in an undated article is King Fahd, not another king Al Saud", () => {
    const ids = peopleOf("The envoy was received in Riyadh by Fahd Al Saud, the King of Saudi Arabia, for talks on oil prices.");
    expect(ids).toContain("person:fahd-of-saudi-arabia");
  });
});

// A title with no country: a name that is the first words of the longer lexicon name of the one person who held that
// office on the article's day is that person (news drops the last word of a three-word name). Abdoulkader Kamil
// Mohamed is in the lexicon as Djibouti's prime minister since 2013.
const KAMIL = "person:abdoulkader-kamil-mohamed";
const dated = (date: string, text: string) => peopleOf(`date ${date}\n\n${text}`);

describe("a shortened name after a title with no country is the office's holder", () => {
  const cases: Array<[string, string]> = [
    ["en", "Prime Minister Abdoulkader Kamil met the Ethiopian envoy Tesfaye Lemma in Djibouti on Tuesday."],
    ["ar", "التقى رئيس الوزراء عبد القادر كامل المبعوث الإثيوبي تسفاي ليما في جيبوتي يوم الثلاثاء."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the first two words of his name, after his office, are the lexicon's prime minister`, () => {
      expect(dated("2024-05-14", text)).toContain(KAMIL);
    });
  }
  it("not before he held the office", () => {
    expect(dated("2010-05-11", cases[0][1])).not.toContain(KAMIL);
  });
  it("not when the title names another country", () => {
    expect(dated("2024-05-14", "Kenyan Prime Minister Abdoulkader Kamil met the envoy Tesfaye Lemma in Nairobi on Tuesday.")).not.toContain(KAMIL);
  });
  it("not after another office", () => {
    expect(dated("2024-05-14", "Finance Minister Abdoulkader Kamil met the envoy Tesfaye Lemma in Djibouti on Tuesday.")).not.toContain(KAMIL);
  });
});
