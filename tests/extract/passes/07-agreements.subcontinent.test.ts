// Pass 7, classes found by the subcontinent suite (tests/extract/subcontinent). Sentences written for these tests.
//   - a document whose complement (a list of topics, past its commas) runs to "were exchanged" / "were signed" is the
//     passive's subject ("four agreements on A, B and C were exchanged in the presence of …"), as one of twelve
//     words without commas already was (_cue-readings.signingAroundSigners); not past a relative pronoun, and not a
//     document with no complement before a comma ("… signed the agreement, and gifts were exchanged").
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const who = (text: string) => agreements(facts(text, "2016-05-20")).map((a) => a.who);

describe("pass 7: documents whose list of topics runs to the passive verb", () => {
  it("'N agreements on A, B and C were exchanged in the presence of the two leaders' is an agreement of their countries", () => {
    const w = who("After the talks, five agreements on fisheries, visa exemption for diplomats, tourism promotion and the restoration of an old library in Galle were exchanged in the presence of President Maithripala Sirisena and Prime Minister Narendra Modi.");
    expect(w.some((x) => x.includes("place/sri-lanka") && x.includes("place/india"))).toBe(true);
  });

  it("a long complement without commas ('memorandums of understanding on A and on B … were exchanged')", () => {
    const w = who("Memorandums of understanding on the training of diplomats and on cooperation between the state broadcasters of the two countries and their archives were exchanged in the presence of Prime Minister Sheikh Hasina and Prime Minister Narendra Modi.");
    expect(w.some((x) => x.includes("place/bangladesh") && x.includes("place/india"))).toBe(true);
  });

  it("not a document told before a comma with no complement, nor one a relative clause separates from the verb", () => {
    expect(who("Sheikh Hasina praised the agreement, and gifts were exchanged at a dinner hosted by Narendra Modi.")).toEqual([]);
    expect(who("Sheikh Hasina praised the treaty of 1996 that ended a long dispute, while greetings were exchanged between the delegations of Bangladesh and India.")).toEqual([]);
  });
});
