// Pass 2's English coordinated names (_coordinated-names): after a person and "and", a capitalised given name of the
// lists and one or two capitalised words are a name no lexicon knows ("A and Sergio Massa"), whatever a dictionary
// says of the surname; not a building's or a body's name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, P } from "./helpers.js";

const D = "2019-05-10";

describe("pass 2: an English name coordinated after a person", () => {
  it("'their finance ministers, A and Marco Massa, met …': the second is a person", () => {
    const f = facts("Their finance ministers, Josh Frydenberg and Marco Massa, met in Canberra on Friday.", D);
    expect(people(f)).toContain("Marco Massa");
  });
  it("'Scott Morrison and Victoria Hall' (a building's head) is no person", () => {
    const f = facts("Prime Minister Scott Morrison and Victoria Hall were in the news on Friday.", D);
    expect(people(f)).toEqual([P("scott-morrison")]);
  });
});
