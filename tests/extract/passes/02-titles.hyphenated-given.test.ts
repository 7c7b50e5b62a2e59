// Pass 2 (titles; _bare-names), English: a romanised East Asian name whose given name is two syllables joined by a
// hyphen ("Chan Ka-lok", "Park Hyun-soo") is one name, though its family name is a dictionary word or another
// person's short form, and the syllable after the hyphen is part of it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-05-06";

describe("pass 2: a family name before a hyphenated given name", () => {
  it("reads the whole name when the family name is a dictionary word ('Lam', 'Hong')", () => {
    const f = facts("The minister met Hong Kong lawmaker Lam Siu-fai and the businessman Hong Mi-rae in Taipei on Monday.", D);
    expect(people(f)).toContain("Lam Siu-fai");
    expect(people(f)).toContain("Hong Mi-rae");
  });
  it("reads a namesake of a lexicon person named in full as a person of its own, not the lexicon's", () => {
    const f = facts("President Yoon Suk Yeol met Japanese lawmakers in Seoul on Monday. His spokesman, Yoon Ji-hwan, said the talks went well.", D);
    expect(people(f)).toContain("Yoon Ji-hwan");
    expect(people(f)).toContain("person/yoon-suk-yeol");
    expect(met(f, "person/yoon-suk-yeol", "Yoon Ji-hwan")).toEqual([]);
  });
  it("keeps the lexicon person when the hyphenated name is that person's own ('Yoon Suk-yeol')", () => {
    const f = facts("South Korean President Yoon Suk-yeol met the Japanese prime minister in Tokyo on Monday.", D);
    expect(people(f)).toContain("person/yoon-suk-yeol");
    expect(people(f)).not.toContain("Yoon Suk-yeol");
  });
  it("a given name of the lists before a hyphenated name reads the syllable after the hyphen ('Hong Joon-ki')", () => {
    expect(people(facts("The governor met Hong Joon-ki in Busan on Monday.", D))).toEqual(["Hong Joon-ki"]);
  });
  it("a hyphenated compound of English words is no name ('Anti-war')", () => {
    expect(people(facts("The Anti-war groups met in Seoul on Monday.", D))).toEqual([]);
  });
});
