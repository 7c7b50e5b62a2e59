// Pass 1 (_cue-readings.lightVerbTriggers): the nouns of a meeting of two taken by a light verb, "had a brief encounter
// with X", "had an audience with X" (cues.json meetingNoun), are a meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2023-02-19";

describe("pass 1: an encounter, an audience", () => {
  it("'had a brief encounter with X'", () => {
    expect(met(facts("Antony Blinken had a brief encounter with Wang Yi in Munich on Saturday.", D), P("antony-blinken"), P("wang-yi"))).toHaveLength(1);
  });
  it("'had an audience with X'", () => {
    expect(met(facts("Volodymyr Zelensky had an audience with Pope Francis at the Vatican on Saturday.", D), P("volodymyr-zelensky"), P("pope-francis"))).toHaveLength(1);
  });
});
