// Pass 7 (agreements), classes found by the bureaus suite (tests/extract/bureaus): English wire copy. Sentences
// written for these tests (other people, other places).
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday

describe("pass 7: the witnesses of a signing are a list that runs on past its commas", () => {
  it("'…, in the presence of the foreign ministers of A, B, C and D and X': none of them is a side or a signer", () => {
    const f = facts("Hakan Fidan and Abbas Araghchi signed the protocol in Geneva on Monday, in the presence of the foreign ministers of Qatar, Oman, Egypt and Jordan and Arab League chief Ahmed Aboul Gheit.", D);
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi", "place/turkey", "place/iran"]));
    for (const x of ["place/oman", "place/egypt", "place/jordan", "place/qatar", "person/ahmed-aboul-gheit"]) expect(who).not.toContain(x);
  });
  it("a speaker after the list's last comma is outside it", () => {
    const f = facts("Hakan Fidan and Abbas Araghchi signed the protocol in the presence of the Qatari emir, Egypt said on Monday.", D);
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi"]));
  });
});

describe("pass 7: a body after 'at' in a signing clause is where it was signed, not a side", () => {
  for (const venue of ["the University of Geneva", "the Ministry of Foreign Affairs"]) {
    it(`'signed … at ${venue}'`, () => {
      const f = facts(`Hakan Fidan and Abbas Araghchi signed the protocol at ${venue} on Monday.`, D);
      const who = agreements(f).flatMap((a) => a.who);
      expect(who).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi"]));
      expect(who.filter((w) => !/^(person|place)\//.test(w))).toEqual([]);
    });
  }
  it("'signed … with the World Bank' keeps the bank as a side", () => {
    const f = facts("Hakan Fidan signed a loan agreement with the World Bank in Ankara on Monday.", D);
    expect(agreements(f).flatMap((a) => a.who).some((w) => /world-bank/.test(w))).toBe(true);
  });
});

describe("pass 7: one standing beside the signers is no signer ('with X at their side', 'flanked by X')", () => {
  const cases = [
    "Hakan Fidan and Abbas Araghchi signed the protocol in Ankara on Monday, with Ibrahim Kalin at their side.",
    "Hakan Fidan and Abbas Araghchi signed the protocol in Ankara on Monday with Ibrahim Kalin at their side.",
    "Hakan Fidan and Abbas Araghchi signed the protocol in Ankara on Monday, flanked by Ibrahim Kalin.",
  ];
  for (const text of cases) {
    it(text, () => {
      const who = agreements(facts(text, D)).flatMap((a) => a.who);
      expect(who).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi"]));
      expect(who).not.toContain("person/ibrahim-kalin");
    });
  }
  it("'signed with X' keeps X a signer", () => {
    const who = agreements(facts("Hakan Fidan signed the protocol with Abbas Araghchi in Ankara on Monday.", D)).flatMap((a) => a.who);
    expect(who).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi"]));
  });
});

describe("pass 1/7: 'before signing a framework agreement' signs it (the gerund before its document)", () => {
  it("the two who held talks before signing are its signers", () => {
    const f = facts("Hakan Fidan and Abbas Araghchi held talks for an hour in Ankara before signing a framework agreement on trade.", D);
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining(["person/hakan-fidan", "person/abbas-araghchi"]));
  });
  it("'ahead of signing' a deal still planned signs nothing", () => {
    expect(agreements(facts("Hakan Fidan and Abbas Araghchi will meet in Ankara next week ahead of signing a trade deal.", D))).toEqual([]);
  });
});
