// Pass 1 (entities, the lexicon's organisation matcher): an intergovernmental body's two-capital acronym ("EU", "UN",
// "AU") is read, in running text and inside a title; in lower case it is a word, and a medium's two-capital acronym
// stays unread. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgIds = (text: string) => facts(text, "2024-05-07").mentions.filter((m) => m.kind === "organization" && m.confidence !== 0).map((m) => m.lexiconId);

describe("pass 1: the two-capital acronym of an intergovernmental body", () => {
  it("'the EU', 'UN envoy', 'the AU' are the European Union, the United Nations and the African Union", () => {
    expect(orgIds("Ministers said the EU would extend its sanctions by six months.")).toContain("org/eu");
    expect(orgIds("UN envoy Hans Grundberg arrived in Aden on Tuesday.")).toContain("org/un");
    expect(orgIds("The AU called for a ceasefire in the region.")).toContain("org/african-union");
  });
  it("in lower case it is a word, and a medium's acronym is not read", () => {
    expect(orgIds("The singer recorded un album in Madrid.")).not.toContain("org/un");
    expect(orgIds("A spokesman told AP that the talks would resume.")).not.toContain("org/ap");
  });
});
