// Pass 2b (organisations), a class found by the eurasia suite (tests/extract/eurasia): a body's English name with its
// complement ("State Committee for National Security") ends before the name of its head written right after it.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgs = (text: string) => facts(text, "2025-05-07").mentions.filter((m) => m.kind === "organization").map((m) => m.text);

describe("pass 2b: a body's name ends before the name of its head after its complement", () => {
  it("the head's name no lexicon knows is no part of the body's name", () => {
    expect(orgs("The chairman of the State Committee for National Security Kamchybek Tashiev arrived on Monday.")).toContain("State Committee for National Security");
    expect(orgs("He met the head of the Agency for Strategic Reforms Tolkunbek Ormonaliev.")).toContain("Agency for Strategic Reforms");
  });
  it("a complement of common words and places stays whole", () => {
    expect(orgs("The Committee for the Protection of Journalists said so.")).toContain("Committee for the Protection of Journalists");
    expect(orgs("The Ministry of Foreign Affairs Press Service said so.")).toContain("Ministry of Foreign Affairs Press Service");
  });
});
