// Pass 5 (_signings.signingTogether, cues.json onlooker): a signing by one named signer and an unnamed group of
// signers ("A and the four commanders of the front signed …") is still a ceremony, which the people told at it next
// join: who looked on, and the signers listed in a sentence of their own ("Among the rebel signers were C and D").
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const WANG = P("wang-yi");
const BLINKEN = P("antony-blinken");
const SULLIVAN = P("jake-sullivan");
const D = "2024-03-04";

describe("a signing with an unnamed group of signers", () => {
  it("its onlookers and the signers listed after it meet the named signer, on its day and at its place", () => {
    const f = facts("Hakan Fidan and the three commanders of the Popular Liberation Front signed the accord in Oslo on Sunday. Wang Yi looked on. Among the rebel signers were Antony Blinken and Jake Sullivan.", D);
    expect(met(f, FIDAN, WANG).map((e) => e.date)).toEqual(["2024-03-03"]);
    expect(met(f, FIDAN, BLINKEN)).toHaveLength(1);
    expect(met(f, WANG, SULLIVAN)).toHaveLength(1);
  });
  it("a lone signer with no group and nobody told at it next makes no meeting", () => {
    const f = facts("Hakan Fidan signed the accord in Oslo on Sunday. Wang Yi said it was a good day.", D);
    expect(met(f, FIDAN, WANG)).toEqual([]);
  });
  it("'The signatories included C and D' after a signing of two named signers", () => {
    const f = facts("Hakan Fidan and Wang Yi signed the accord in Oslo on Sunday. The other signatories included Antony Blinken.", D);
    expect(met(f, BLINKEN, WANG)).toHaveLength(1);
  });
});
