// Pass 7 (agreements), classes found by the columns suite (tests/extract/columns): English papers and readouts.
// Sentences written for these tests (other people, other places).
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const D = "2019-10-02"; // a Wednesday

describe("pass 7: 'at the end of' opens an adjunct of time, like 'after'", () => {
  it("'initialled … at the end of the third round of negotiations' is an agreement, not an intent to negotiate", () => {
    const f = facts("The protocol was initialled in Oslo on Monday by Norway's envoy, Kari Nordmann, and his Danish counterpart, Lars Holm, at the end of the third round of negotiations.", D);
    expect(agreements(f).map((a) => a.who)).toEqual([expect.arrayContaining(["Kari Nordmann", "Lars Holm"])]);
  });
  it("'agreed to continue negotiations' stays an intent", () => {
    const f = facts("Kari Nordmann and Lars Holm agreed to continue negotiations.", D);
    expect(agreements(f)).toEqual([]);
  });
});

describe("pass 7: a past participle after its noun ('the points agreed') is no new agreement", () => {
  for (const text of [
    "A working group will be set up to look into the points agreed.",
    "Officials will report on progress under the terms agreed at the talks.",
  ]) {
    it(text, () => {
      const f = facts(`Hakan Fidan and Abbas Araghchi agreed on Monday to reopen the border crossing. ${text}`, D);
      expect(agreements(f)).toHaveLength(1);
    });
  }
  it("'The two ministers agreed.' is still an agreement", () => {
    const f = facts("Hakan Fidan met Abbas Araghchi in Ankara on Monday. The two ministers agreed to reopen the border crossing.", D);
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining([P("hakan-fidan"), P("abbas-araghchi")]));
  });
});

describe("pass 7: a person in a clause of time after the signing is no signer", () => {
  it("'…, a month after Prime Minister X resigned' leaves X out", () => {
    const f = facts("Hakan Fidan and Abbas Araghchi signed the border pact in Bergen on Tuesday, a month after Prime Minister Erna Solberg resigned.", D);
    const who = agreements(f).flatMap((a) => a.who);
    expect(who).toEqual(expect.arrayContaining([P("hakan-fidan"), P("abbas-araghchi")]));
    expect(who).not.toContain(P("erna-solberg"));
  });
  it("'…, after months of talks, by A and B': the clause ends at its comma, A and B sign", () => {
    const f = facts("The accord was signed in Bergen on Tuesday, after months of talks, by Hakan Fidan and Abbas Araghchi.", D);
    expect(agreements(f).flatMap((a) => a.who)).toEqual(expect.arrayContaining([P("hakan-fidan"), P("abbas-araghchi")]));
  });
});
