// Pass 1 (_cue-readings.lightVerbTriggers, cues.json supportPhrase): an English phrasal verb that takes a meeting noun
// behind its preposition, past the noun's modifiers ("sat down for their first formal talks", "got together for a long
// meeting"), is a meeting; not when no meeting noun follows. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2022-11-16";
const XI = P("xi-jinping");
const ALBANESE = P("anthony-albanese");

describe("pass 1: a phrasal verb of talks", () => {
  it("'sat down for their first formal talks'", () => {
    expect(met(facts("Xi Jinping and Anthony Albanese sat down for their first formal talks on Tuesday.", D), XI, ALBANESE)).toHaveLength(1);
  });
  it("'got together for a long meeting'", () => {
    expect(met(facts("Anthony Albanese and Xi Jinping got together for a long meeting on Tuesday.", D), XI, ALBANESE)).toHaveLength(1);
  });
  it("no meeting noun after it: 'sat down for a photograph'", () => {
    expect(met(facts("Xi Jinping and Anthony Albanese sat down for a photograph on Tuesday.", D), XI, ALBANESE)).toEqual([]);
  });
});
