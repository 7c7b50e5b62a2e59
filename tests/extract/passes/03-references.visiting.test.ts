// Pass 3: a generic title with no country ("the visiting minister", "the minister", «الوزير الزائر») refers back to the
// one person named before it who holds a narrower office (any ministry) of any country; with two, to no one
// (03-references.titleReference). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-08";
const BAERBOCK = "person/annalena-baerbock";
const TUSK = "person/donald-tusk";
const DUDA = "person/andrzej-duda";

describe("pass 3: 'the visiting minister' is the one minister named before", () => {
  it("'… Foreign Minister X met Y in Warsaw on Wednesday. President Z also met the visiting minister.'", () => {
    const f = facts("German Foreign Minister Annalena Baerbock met Prime Minister Donald Tusk in Warsaw on Wednesday. President Andrzej Duda also met the visiting minister.", D);
    expect(met(f, BAERBOCK, DUDA)).toHaveLength(1);
  });
  it("two ministers named before: 'the minister' is neither", () => {
    const f = facts("German Foreign Minister Annalena Baerbock and Polish Foreign Minister Radoslaw Sikorski met in Warsaw on Wednesday. President Andrzej Duda also met the minister.", D);
    expect(met(f, BAERBOCK, DUDA)).toEqual([]);
    expect(met(f, "person/radoslaw-sikorski", DUDA)).toEqual([]);
  });
  it("a prime minister is no holder of 'the minister'", () => {
    const f = facts("Prime Minister Donald Tusk met business leaders in Warsaw on Wednesday. President Andrzej Duda also met the minister.", D);
    expect(met(f, TUSK, DUDA)).toEqual([]);
  });
});
