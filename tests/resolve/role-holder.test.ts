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
