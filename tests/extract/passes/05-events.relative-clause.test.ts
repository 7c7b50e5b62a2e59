// Pass 5: a relative clause of another act after a comma ("…, who has been critical of Rome since the vote in July")
// neither dates nor places the meeting; one telling a trip does ("X, who arrived in Oslo on Friday, met Y"); a place
// that names a document past a word or two ("the Paris climate agreement") is no venue, nor a possessor before its noun (_no-venue). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-09-10"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("pass 5: a relative clause of another act", () => {
  it("'X held talks with Y, who has been critical of Rome since the vote in July': not July, not Rome", () => {
    const f = facts("Olaf Scholz held talks with Emmanuel Macron, who has been critical of Rome since the vote in July.", D);
    const [m] = met(f, A, B);
    expect(m?.date).not.toBe("2025-07-01");
    expect(m?.place).not.toBe("place/rome");
  });
  it("'X, who arrived in Oslo on Monday, met Y': the trip's day and place", () => {
    expect(met(facts("Olaf Scholz, who arrived in Oslo on Monday, met Emmanuel Macron.", D), A, B).map((e) => [e.date, e.place])).toEqual([["2025-09-08", "place/oslo"]]);
  });
});

describe("pass 5: a place naming a document past a word or two", () => {
  it("'… met on Saturday, when the two countries formally joined the Paris climate agreement': no meeting in Paris", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron met on Saturday, when the two countries formally joined the Paris climate agreement.", D);
    expect(events(f, "meeting").map((e) => e.place)).not.toContain("place/paris");
  });
});

describe("pass 5: an English possessive before a lower-case noun (_no-venue.possessorOfNoun)", () => {
  it("'… and discussed investment in Italy's rail network': no meeting in Italy", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron on Monday and discussed investment in Italy's rail network.", D);
    expect(met(f, A, B).map((e) => e.place)).toEqual([null]);
  });
  it("a place written in its own right stays the venue", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron in Rome on Monday and discussed investment in Italy's rail network.", D);
    expect(met(f, A, B).map((e) => e.place)).toEqual(["place/rome"]);
  });
});

describe("pass 5: a contact told in a relative clause about a person is that person's (_own-subject.relativeAntecedent)", () => {
  const C = "person/friedrich-merz";
  it("'X paid a call on C, who had welcomed Y on Monday': C met Y, X did not", () => {
    const f = facts("Olaf Scholz paid a courtesy call on Friedrich Merz, who had welcomed Emmanuel Macron on Monday.", D);
    expect(met(f, C, B).map((e) => e.date)).toEqual(["2025-09-08"]);
    expect(met(f, A, B)).toEqual([]);
    expect(met(f, A, C)).toHaveLength(1);
  });
  it("past the country after the name: 'President C of France, who had received Y'", () => {
    const f = facts("Olaf Scholz called on President Emmanuel Macron of France, who had received Friedrich Merz on Monday.", D);
    expect(met(f, B, C)).toHaveLength(1);
    expect(met(f, A, C)).toEqual([]);
  });
});
