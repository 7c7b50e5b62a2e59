// resolveMentions: a surname two lexicon people share (people-*.json short forms; here the Jugnauths of Mauritius,
// father and son, prime ministers one after the other) goes to the one the article names in full, else to the one in
// office on the day the article was published, else to no one.
import { describe, expect, it } from "vitest";
import { resolveMentions } from "../../src/resolve/entities.js";
import { getLexicon } from "../../src/lexicon/index.js";
import type { ArticleFacts, MentionFact } from "../../src/model.js";

const surname: MentionFact = { index: 0, kind: "person", text: "Jugnauth", lang: "en", sentenceIndex: 0, start: 0, end: 8, lexiconId: "person/anerood-jugnauth", alternatives: ["person/pravind-jugnauth"], via: "lexicon", confidence: 0.8 } as MentionFact;
const article = (publishedAt: string | undefined, mentions: MentionFact[] = [surname]) =>
  ({ article: { id: "a", uri: "t.txt", text: "Jugnauth", language: "en" }, language: "en", publishedAt, mentions, roles: [], events: [], agreements: [] }) as unknown as ArticleFacts;
const idOf = (facts: ArticleFacts) => resolveMentions(facts, getLexicon())[0]?.id ?? null;

describe("a surname two lexicon people share", () => {
  it("is the one in office on the day of publication", () => {
    expect(idOf(article("2020-05-01"))).toBe("person:pravind-jugnauth");
    expect(idOf(article("2015-05-01"))).toBe("person:anerood-jugnauth");
  });
  it("is no one when neither or both held office that day, or the article has no date", () => {
    expect(idOf(article("1990-05-01"))).toBeNull();
    expect(idOf(article(undefined))).toBeNull();
  });
  it("is the one the article names in full, whatever the day", () => {
    const full = { ...surname, index: 1, text: "Anerood Jugnauth", lexiconId: "person/anerood-jugnauth", alternatives: undefined, confidence: 0.95 } as MentionFact;
    expect(idOf(article("2020-05-01", [surname, full]))).toBe("person:anerood-jugnauth");
  });
  it("is the one in office also where the lexicon marks the shared surname ambiguous (read with low confidence)", () => {
    const weak = { ...surname, confidence: 0.5 } as MentionFact;
    expect(idOf(article("2020-05-01", [weak]))).toBe("person:pravind-jugnauth");
    expect(idOf(article("1990-05-01", [weak]))).toBeNull();
  });
  it("but not when the surname is also a common word of the language, unless the article names them in full", () => {
    // ("barre", a rail: Hamza Abdi Barre was the only one of three Barres in office in 2023)
    const barre = { ...surname, text: "Barre", lexiconId: "person/siad-barre", alternatives: ["person/hamza-abdi-barre", "person/raymond-barre"], confidence: 0.5 } as MentionFact;
    expect(idOf(article("2023-03-28", [barre]))).toBeNull();
    const full = { ...barre, index: 1, text: "Hamza Abdi Barre", lexiconId: "person/hamza-abdi-barre", alternatives: undefined, confidence: 0.95 } as MentionFact;
    expect(idOf(article("2023-03-28", [barre, full]))).toBe("person:hamza-abdi-barre");
  });
});
