// Pass 5 (events) and its helpers, classes found by the columns suite (tests/extract/columns): English papers and
// readouts. Sentences written for these tests (other people, other places).
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2019-10-02"; // a Wednesday

describe("pass 5: initialling and putting one's name to a text bring the signers together", () => {
  for (const text of [
    "The draft treaty was initialled in Reykjavik on Monday by Iceland's negotiator, Anna Jonsdottir, and her Irish counterpart, Sean Murphy.",
    "Party chairman Anna Jonsdottir and party chairman Sean Murphy put their names to the pact in Reykjavik on Monday.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, "Anna Jonsdottir", "Sean Murphy").map((e) => e.date)).toEqual(["2019-09-30"]);
    });
  }
});

describe("pass 5: 'here' under a dateline is the dateline's city", () => {
  it("'OSLO, Sept 30: X held talks with Y here' is placed in Oslo, not in the town of an earlier welcome", () => {
    const f = facts("OSLO, Sept 30: Prime Minister Narendra Modi on Monday held talks with his Norwegian counterpart Erna Solberg here.\n\nMr. Modi, who was received at Bergen airport by Ms. Solberg, later called on King Harald at the palace.", D);
    const talks = met(f, "person/narendra-modi", "person/erna-solberg").filter((e) => e.date === "2019-09-30");
    expect(talks.map((e) => e.place)).toContain("place/oslo");
  });
  it("'here is' is no place", () => {
    const f = facts("OSLO, Sept 30: Here is what we know. Narendra Modi met Erna Solberg on Monday.", D);
    expect(met(f, "person/narendra-modi", "person/erna-solberg").length).toBe(1);
  });
});

describe("pass 5: 'the two presidents' are two holders of that office, not an aide of the meeting just told", () => {
  it("a welcome by a foreign minister, then 'The two presidents had last met in X'", () => {
    const f = facts(
      "President Emmanuel Macron and President Ramaphosa of South Africa held talks in Pretoria on Monday. Mr Macron, who arrived on Sunday, was welcomed at the airport by Foreign Minister Naledi Pandor. The two presidents had last met in Osaka.",
      D,
    );
    const osaka = events(f, "meeting").filter((e) => e.place === "place/osaka");
    // (not "Macron + Pandor", the people of the welcome told just before)
    expect(osaka.some((e) => e.who.includes("person/emmanuel-macron") && e.who.some((w) => /ramaphosa/i.test(w)))).toBe(true);
  });
});

describe("pass 5: a meeting the people agree on, decide on or promise is still to come", () => {
  for (const verb of ["agreed to meet again", "decided to meet", "promised to meet"]) {
    it(`'A and B ${verb} in X'`, () => {
      const f = facts(`Narendra Modi met Erna Solberg in Oslo on Monday. The two leaders ${verb} in New Delhi next year.`, D);
      expect(events(f, "meeting").filter((e) => e.place === "place/new-delhi")).toEqual([]);
      expect(events(f, "planned").length).toBeGreaterThan(0);
    });
  }
});
