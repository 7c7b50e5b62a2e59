// Pass 5 (via _cue-readings.lightVerbTriggers): the past tense of a verb that begins, resumes or ends the talks it
// takes as its object reports talks that took place (cues.json words supportVerb). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-06-10"; // a Monday

describe("pass 5: 'ended their two-day meeting', 'concluded three days of negotiations'", () => {
  const cases = [
    "President Ilse Varga and Prime Minister Tomas Horvath ended their two-day meeting in Vienna on Sunday without a joint statement.",
    "Foreign Minister Karin Lund and Finnish Foreign Minister Ville Halme concluded three days of negotiations in Oslo on Sunday.",
    "Foreign Minister Karin Lund and Finnish Foreign Minister Ville Halme resumed talks in Oslo on Sunday.",
  ];
  for (const text of cases) {
    it(text.slice(0, 80), () => {
      const ev = events(facts(text, D), "meeting");
      expect(ev).toHaveLength(1);
      expect(ev[0].date).toBe("2024-06-09");
    });
  }
  it("not the present ('will end their meeting on Sunday' is planned)", () => {
    expect(events(facts("Foreign Minister Karin Lund and Finnish Foreign Minister Ville Halme will end their meeting in Oslo on Sunday.", D), "meeting")).toEqual([]);
  });
});

describe("pass 5: a verb of chairing and the meeting it takes ('co-chaired the 2+2 dialogue along with A and B')", () => {
  it("the chairs and those along with them met", () => {
    const ev = events(facts("Foreign Minister Karin Lund and Finnish Foreign Minister Ville Halme co-chaired the 2+2 ministerial dialogue along with Defence Minister Oskar Berg on Sunday.", D), "meeting");
    expect(ev).toHaveLength(1);
    expect(ev[0].who).toEqual(expect.arrayContaining(["Karin Lund", "Ville Halme", "Oskar Berg"]));
  });
  it("one chair alone is no meeting of two", () => {
    expect(events(facts("Foreign Minister Karin Lund chaired a cabinet meeting in Oslo on Sunday.", D), "meeting")).toEqual([]);
  });
});
