// Pass 2: English names no lexicon knows and no title introduces, read from a given name of the Latin-script lists
// (given-names.json list latin: faker's locales and names-dataset's most common names of 105 countries), with or
// without its accents; not a place, a dictionary word or an organisation's head after it. Sentences and names
// written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-03-14"; // a Thursday

describe("pass 2: a bare English name from its given name", () => {
  it("after a country's possessive, and as a subject with no title", () => {
    const f = facts("Chile's Mariana Oyarzun met Argentina's Tomas Quiroga in Santiago on Monday.", D);
    expect(people(f).sort()).toEqual(["Mariana Oyarzun", "Tomas Quiroga"]);
    expect(met(f, "Mariana Oyarzun", "Tomas Quiroga").map((e) => e.date)).toEqual(["2024-03-11"]);
  });
  it("a given name written without its accents (Czeslaw for Czesław), and a description after the name", () => {
    const f = facts("Wojciech Brzezinski and Czeslaw Nowacki, a retired engineer, signed the accord in Gdansk on Tuesday.", D);
    expect(people(f).sort()).toEqual(["Czeslaw Nowacki", "Wojciech Brzezinski"]);
  });
  it("a name particle inside the name", () => {
    expect(people(facts("Rodrigo dos Anjos met Fernando Vargas in Luanda on Monday.", D)).sort()).toEqual(["Fernando Vargas", "Rodrigo dos Anjos"]);
  });
  it("a particle glued by a hyphen ('al-'), and an indefinite description after the name", () => {
    const f = facts("Mariana Oyarzun also met Samira al-Hakimi, an adviser to the delegation, in Muscat on Monday.", D);
    expect(people(f).sort()).toEqual(["Mariana Oyarzun", "Samira al-Hakimi"]);
  });
  it("a double-barrelled surname with its hyphen written between the two halves", () => {
    expect(people(facts("Mariana Oyarzun met Tomas Llewellyn-Oakes in Santiago on Monday.", D)).sort()).toEqual(["Mariana Oyarzun", "Tomas Llewellyn-Oakes"]);
  });
  it("not a place, a dictionary word or an organisation's head after the given name", () => {
    for (const text of [
      "Tourists crowded Victoria Falls on Monday.",
      "Settlers moved into the Jordan Valley on Monday.",
      "Students gathered at the Emily Carr University on Monday.",
      "Will Iran answer the proposal on Monday?",
      "Troops entered Sierra Leone on Monday.",
    ]) expect(people(facts(text, D))).toEqual([]);
  });
});
