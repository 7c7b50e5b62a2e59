// Pass 5: English phrasings of a meeting whose subject is the pair itself, with no "with" (events.json
// kinds.meeting): "A and B sat down for talks", "sat down together". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-06-05";
const pairs = (text: string) => events(facts(text, D), "meeting").map((e) => [...e.who].sort());

describe("pass 5: 'sat down' for talks or together is a meeting of the pair", () => {
  it("'A and B sat down for talks in X on Thursday'", () => {
    expect(pairs("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed sat down for talks in Nairobi on Thursday.")).toEqual([["person/abiy-ahmed", "person/william-ruto"]]);
  });
  it("'A and B sat down together'", () => {
    expect(pairs("Narendra Modi and Fumio Kishida sat down together in Hiroshima on Saturday.")).toEqual([["person/fumio-kishida", "person/narendra-modi"]]);
  });
  it("not a plan to sit down ('are expected to sit down for talks')", () => {
    expect(pairs("William Ruto and Abiy Ahmed are expected to sit down for talks in Nairobi next week.")).toEqual([]);
  });
});
