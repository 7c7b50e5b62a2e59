// Pass 5: "…, with C and D looking on" names watchers, not co-signers; signings "in separate ceremonies" bring each signer
// to the watchers, not to each other (_signings.signingTogether, cues.json distributive). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-08";
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";
const C = "person/antonio-guterres";
const E = "person/recep-tayyip-erdogan";

describe("pass 5: watchers of a signing", () => {
  it("'A and B signed the deal in Istanbul on Wednesday, with C and D looking on': one meeting of the four", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed the deal in Istanbul on Wednesday, with Antonio Guterres and Recep Tayyip Erdogan looking on.", D);
    expect(met(f, A, B)).toHaveLength(1);
    expect(met(f, A, C)).toHaveLength(1);
    expect(met(f, B, E)).toHaveLength(1);
  });
  it("'… in separate ceremonies, with C and D looking on': each signer met C and D, the signers did not meet", () => {
    const f = facts("The deal was signed in Istanbul on Wednesday by Olaf Scholz and Emmanuel Macron in separate ceremonies, with Antonio Guterres and Recep Tayyip Erdogan looking on.", D);
    expect(met(f, A, B)).toEqual([]);
    expect(met(f, A, C)).toHaveLength(1);
    expect(met(f, B, C)).toHaveLength(1);
    expect(met(f, B, E)).toHaveLength(1);
  });
  it("'A and B signed the deal separately' with no one watching: no meeting", () => {
    expect(met(facts("Olaf Scholz and Emmanuel Macron signed the deal separately on Wednesday.", D), A, B)).toEqual([]);
  });
});
