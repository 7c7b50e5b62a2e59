// Pass 2d (_site-towns), a class found by the subcontinent suite (tests/extract/subcontinent): a site no lexicon knows
// whose sentence names one city before it (not the dateline's) stands in that city ("X, who arrived in New Delhi on
// Saturday, called on Y at Rashtrapati Bhavan" in a report filed from Agra); two such cities leave its town unsaid.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/model.js";
import { facts } from "./helpers.js";

const townOf = (f: ArticleFacts, text: string) => {
  const w = f.mentions.find((m) => m.kind === "place" && m.placeKind === "site" && m.text === text)?.within;
  return w === undefined ? undefined : (f.mentions[w].lexiconId ?? f.mentions[w].text);
};

describe("pass 2d: the one other city before a site", () => {
  it("the city the sentence has moved to, over the dateline's", () => {
    const f = facts("AGRA, July 14 (PTI) Pervez Musharraf, who arrived in New Delhi on Saturday, called on President K. R. Narayanan at Rashtrapati Bhavan the same evening.", "2001-07-14");
    expect(townOf(f, "Rashtrapati Bhavan")).toBe("place/new-delhi");
  });
  it("no town when two other cities stand before it", () => {
    const f = facts("AGRA, July 14 (PTI) Pervez Musharraf, who flew from Islamabad to New Delhi on Saturday, called on President K. R. Narayanan at Rashtrapati Bhavan the same evening.", "2001-07-14");
    expect(townOf(f, "Rashtrapati Bhavan")).toBeUndefined();
  });
});
