// Pass 1's reading of the English call verb with a person as its object: "called X \"…\"", "called him a traitor",
// "called each other \"…\"" name or judge that person (_calls.namesAPerson), no phone call; "called X on Friday" and
// "called X a day after …" are calls. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

describe("pass 1: 'called X \"…\"' names a person, no call", () => {
  const calls = (text: string) => facts(text, "2018-03-12").events.filter((e) => e.kind === "call").length;
  it("'called each other \"…\"', 'called X a traitor' are no calls", () => {
    expect(calls('President Uhuru Kenyatta and Deputy President William Ruto called each other "partners" at the rally on Friday.')).toBe(0);
    expect(calls("President Uhuru Kenyatta called William Ruto a traitor on Friday.")).toBe(0);
  });
  it("'called X on Friday to discuss …', 'called X a day after …' are calls", () => {
    const f = facts("President Uhuru Kenyatta called William Ruto on Friday to discuss the budget.", "2018-03-12");
    expect(f.events.filter((e) => e.kind === "call").map((e) => e.participants.length)).toEqual([2]);
    expect(calls("President Uhuru Kenyatta called William Ruto a day after the vote.")).toBe(1);
  });
});
