// Pass 2 (titles and the names after them), English classes found by the dispatches suite (tests/extract/dispatches):
// a name word with an accented capital ("Ángel", "Íñigo"), a Spanish or Portuguese second surname after a surname the
// lexicon knows alone, a title's suffix ("president-elect") that is no name, and a portfolio written out after the
// office word ("Minister for the Environment X", "Minister of Economy, Trade and Industry X"). Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const D = "2024-06-12";
const RUTO = P("william-ruto");

describe("pass 2: names with accented capitals and two surnames", () => {
  it("a given name with an accented capital is a name word: 'Foreign Minister Íñigo Ángel Urrutia'", () => {
    const f = facts("Kenyan President William Ruto met Foreign Minister Íñigo Ángel Urrutia in Nairobi on Monday.", D);
    expect(people(f)).toContain("Íñigo Ángel Urrutia");
    expect(met(f, RUTO, "Íñigo Ángel Urrutia")).toHaveLength(1);
  });
  it("a second surname after a surname the lexicon knows alone: 'Ana María Rodríguez Etxeberria'", () => {
    const f = facts("Kenyan President William Ruto met Defence Minister Ana María Rodríguez Etxeberria in Nairobi on Monday.", D);
    expect(people(f)).toContain("Ana María Rodríguez Etxeberria");
    expect(people(f)).not.toContain("Ana María Rodríguez");
  });
  it("'president-elect, X': the title's suffix is no name", () => {
    const f = facts("Kenyan President William Ruto received Colombia's president-elect, Tomás Guerrero Ibarra, in Nairobi on Monday.", D);
    expect(people(f).filter((p) => p.startsWith("-"))).toEqual([]);
  });
});

describe("pass 2: a portfolio written out after the office word", () => {
  it("'Minister for the Environment X': the name after the portfolio", () => {
    const f = facts("Kenyan President William Ruto met Coordinating Minister for the Environment Wahyu Santoso in Nairobi on Monday.", D);
    expect(people(f)).toContain("Wahyu Santoso");
    expect(met(f, RUTO, "Wahyu Santoso")).toHaveLength(1);
  });
  it("'Minister of Economy, Trade and Industry X': a portfolio with a comma and 'and'", () => {
    const f = facts("Kenyan President William Ruto met Japan's Minister of Economy, Trade and Industry Kenji Morimoto in Nairobi on Monday.", D);
    expect(people(f)).toContain("Kenji Morimoto");
  });
  it("a portfolio with no name after it reads no name", () => {
    const f = facts("The Minister of Agriculture and Rural Development met Kenyan President William Ruto in Nairobi on Monday.", D);
    expect(people(f)).toEqual([RUTO]);
  });
});
