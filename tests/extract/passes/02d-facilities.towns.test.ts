// Pass 2d (buildings) and the resolver, classes found by the dispatches, deals and regions suites: a site no lexicon
// knows stands in the town named right after it, else in the city of the dateline (not when its sentence names another
// city before it: then in that one, tests/extract/passes/02d-facilities.subcontinent); a city's name before a building's head noun names the building ("Kampala House"). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import type { Article, ArticleFacts } from "../../../src/model.js";
import { articleFromText } from "../../../src/ingest/index.js";
import { processArticle } from "../../../src/pipeline.js";
import { facts } from "./helpers.js";

const site = (f: ArticleFacts, text: string) => f.mentions.find((m) => m.kind === "place" && m.placeKind === "site" && m.text === text);
const townOf = (f: ArticleFacts, text: string) => {
  const w = site(f, text)?.within;
  return w === undefined ? undefined : (f.mentions[w].lexiconId ?? f.mentions[w].text);
};

describe("pass 2d: the town of a site no lexicon knows", () => {
  it("the dateline's city", () => {
    const f = facts("NAIROBI, March 3 (Reuters) - President William Ruto received Egyptian President Abdel Fattah el-Sisi at Harambee Lodge on Monday.", "2025-03-03");
    expect(townOf(f, "Harambee Lodge")).toBe("place/nairobi");
  });
  it("the town written right after it, over the dateline's", () => {
    const f = facts("NAIROBI, March 3 (Reuters) - President William Ruto met Egyptian President Abdel Fattah el-Sisi at Parliament House in Kampala on Monday.", "2025-03-03");
    expect(townOf(f, "Parliament House")).toBe("place/kampala");
  });
  it("not the dateline's city when the sentence names another city before the site: that one (since the subcontinent suite)", () => {
    const f = facts("NAIROBI, March 3 (Reuters) - Kenyan officials said on Monday. In Mombasa, President William Ruto met Egyptian President Abdel Fattah el-Sisi at Harambee Lodge.", "2025-03-03");
    expect(townOf(f, "Harambee Lodge")).toBe("place/mombasa");
  });
  it("a city's name before the head names the building, in the dateline's city", () => {
    const f = facts("NAIROBI, March 3 (Reuters) - President William Ruto received Egyptian President Abdel Fattah el-Sisi at Kampala House on Monday.", "2025-03-03");
    expect(site(f, "Kampala House")).toBeDefined();
    expect(townOf(f, "Kampala House")).toBe("place/nairobi");
    // and the city that names it is no place of the story
    expect(f.mentions.filter((m) => m.kind === "place" && m.confidence > 0).map((m) => m.lexiconId ?? m.text)).not.toContain("place/kampala");
  });
});

describe("resolver: a site's town is its containing place", () => {
  it("the site's row lies within the dateline's city, and a site of that name elsewhere is another place", () => {
    const text = (city: string) => `date: 2025-03-03\n\n${city}, March 3 (Reuters) - President William Ruto received Egyptian President Abdel Fattah el-Sisi at Harambee Lodge on Monday.`;
    const a = processArticle(articleFromText(text("NAIROBI"), { uri: "a.txt" }) as Article);
    const b = processArticle(articleFromText(text("KAMPALA"), { uri: "b.txt" }) as Article);
    const lodge = (r: typeof a) => r.places.find((p) => p.name === "Harambee Lodge");
    const nairobi = a.places.find((p) => p.name === "Nairobi");
    expect(lodge(a)?.within).toBe(nairobi?.id);
    expect(lodge(a)?.id).not.toBe(lodge(b)?.id);
  });
});
