// Pass 2 (_given-namesakes.ts; offices.json honorifics "Lady", "First Lady"): a given name of the lists before the
// surname of a lexicon person the article names in full is a namesake's name (a spouse, a child), not that person; the
// styles "Lady" and "First Lady" are no words of the name after them. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, P } from "./helpers.js";

const D = "2024-05-07";
const MACRON = P("emmanuel-macron");

describe("pass 2: a namesake of a person named in full", () => {
  it("'First Lady Brigitte Macron' beside President Emmanuel Macron is a person of her own", () => {
    const f = facts("President Emmanuel Macron arrived in Rabat on Tuesday. He and First Lady Brigitte Macron later visited the medina.", D);
    expect(people(f)).toEqual(expect.arrayContaining([MACRON, "Brigitte Macron"]));
    expect(people(f)).not.toContain("Lady Brigitte Macron");
  });
  it("two given names before the surname are one name ('Anne Sophie Macron')", () => {
    const f = facts("President Emmanuel Macron arrived in Rabat on Tuesday. His cousin Anne Sophie Macron joined the delegation.", D);
    expect(people(f)).toContain("Anne Sophie Macron");
  });
  it("the person's own given name, or a misspelling of it, stays the person", () => {
    const f = facts("President Emmanuel Macron arrived in Rabat on Tuesday. Emanuel Macron later met the King.", D);
    expect(people(f)).toEqual([MACRON]);
  });
});

describe("the style 'Lady'", () => {
  it("is no word of the name after it", () => {
    expect(people(facts("Lady Margaret Osei opened the exhibition in Accra on Tuesday.", D))).toContain("Margaret Osei");
  });
});
