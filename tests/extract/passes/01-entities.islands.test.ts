// Passes 1-3 (names), classes found by the islands suite (tests/extract/islands). Sentences written for these tests.
//   - English: a one-word short form of one lexicon person right before the surname of another, read alone, is the
//     given name of a namesake no lexicon knows ("Barry Faure" beside President Danny Faure; _surnames.ts);
//   - English: an organisation's acronym in capitals is no one-word short form of a person ("CELAC", 01-entities);
//   - English: a given name that is a dictionary word ("Zed", "Hope") opens a name before a surname no dictionary
//     knows ("Minister for the Pacific, Zed Seselja,"; _names.ts);
//   - the Pacific chiefly styles Ratu, Afioga, Susuga, Grand Chief are honorifics (offices.json).
import { describe, expect, it } from "vitest";
import { facts, P, people } from "./helpers.js";

describe("passes 1-2: a namesake whose given name is another person's short form", () => {
  it("'Barry Macron' beside President Emmanuel Macron is a name of its own, not Alpha Barry and Macron", () => {
    const f = facts("President Emmanuel Macron received the Kenyan envoy in Paris on Monday. The Secretary of State for Europe, Barry Macron, also attended the talks.", "2021-03-09");
    expect(people(f)).toContain(P("emmanuel-macron"));
    expect(people(f)).toContain("Barry Macron");
    expect(people(f)).not.toContain(P("alpha-barry"));
  });
  it("the two surnames of the person named in full stay that person ('Rodríguez Zapatero')", () => {
    const f = facts("Spanish Prime Minister José Luis Rodríguez Zapatero received the Bolivian envoy in Madrid. Rodríguez Zapatero said the talks were useful.", "2006-01-05");
    expect(people(f)).toContain(P("jose-luis-rodriguez-zapatero"));
    expect(people(f)).not.toContain("Rodríguez Zapatero");
  });
  it("two people named by their surnames with 'and' between them stay two", () => {
    const f = facts("President Emmanuel Macron met Alpha Barry in Paris. Barry and Macron discussed the Sahel.", "2021-03-09");
    expect(people(f)).toContain(P("alpha-barry"));
    expect(people(f)).toContain(P("emmanuel-macron"));
  });
});

describe("pass 1: an organisation's acronym in capitals is no one-word name", () => {
  it("'CELAC' in capitals is the organisation, not Sergiu Celac's short form", () => {
    const f = facts("Colombia will hand the rotating presidency of CELAC to Honduras at the summit in Buenos Aires next week.", "2023-01-17");
    expect(people(f)).not.toContain(P("sergiu-celac"));
    expect(f.mentions.some((m) => m.kind === "organization" && m.lexiconId?.endsWith("celac"))).toBe(true);
  });
  it("the surname written as a name is still the person", () => {
    const f = facts("Romanian Foreign Minister Sergiu Celac met Hans-Dietrich Genscher in Bonn. Celac said the talks were useful.", "1990-02-10");
    expect(people(f)).toContain(P("sergiu-celac"));
  });
});

describe("pass 2: a given name that is a dictionary word before an unknown surname", () => {
  it("'Zambia's Minister for Health, Hope Mwansakilwa, met …' reads the whole name", () => {
    const f = facts("Zambia's Minister for Health, Hope Mwansakilwa, met the WHO delegation in Lusaka on Tuesday.", "2022-05-27");
    expect(people(f)).toContain("Hope Mwansakilwa");
  });
  it("a portfolio's word before the surname stays the title's ('Minister of Trade Mwansakilwa')", () => {
    const f = facts("The Minister of Trade Mwansakilwa met the WHO delegation in Lusaka on Tuesday.", "2022-05-27");
    expect(people(f)).not.toContain("Trade Mwansakilwa");
  });
});

describe("pass 1: Pacific chiefly styles before a name (offices.json honorifics)", () => {
  it("'Afioga' and 'Ratu' are styles, not the first word of a name", () => {
    const f = facts("Prime Minister Afioga Tuilaepa Sailele Malielegaoi received Ratu Sitiveni Rabuka at the Government Building in Apia on Monday.", "2023-03-14");
    expect(people(f)).toEqual(expect.arrayContaining([P("tuilaepa-sailele-malielegaoi"), P("sitiveni-rabuka")]));
    expect(people(f).some((p) => /Afioga|Ratu/.test(p))).toBe(false);
  });
});
