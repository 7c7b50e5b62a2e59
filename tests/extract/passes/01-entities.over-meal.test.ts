// Pass 1 (_over-meal): English "over" + a meal ("… with X over breakfast", "over a working dinner") tells a meal the
// people shared in person: a meeting of the clause's people; not "over dinner plans" (the meal word qualifies a noun).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2017-07-08";
const MERKEL = P("angela-merkel");
const MACRON = P("emmanuel-macron");

describe("pass 1: a meal shared, 'over dinner'", () => {
  it("'discussed … with X over breakfast on Friday'", () => {
    const f = facts("Angela Merkel discussed climate change with Emmanuel Macron over breakfast on Friday.", D);
    expect(met(f, MERKEL, MACRON).map((e) => e.date)).toEqual(["2017-07-07"]);
  });
  it("'A and B discussed … over a working dinner', and 'Over dinner, A and B …'", () => {
    expect(met(facts("Angela Merkel and Emmanuel Macron discussed climate change over a working dinner on Friday.", D), MERKEL, MACRON)).toHaveLength(1);
    expect(met(facts("Over dinner on Friday, Angela Merkel and Emmanuel Macron discussed climate change.", D), MERKEL, MACRON)).toHaveLength(1);
  });
  it("no meeting where the meal word qualifies a noun: 'argued … over dinner plans'", () => {
    expect(met(facts("Angela Merkel argued with Emmanuel Macron over dinner plans on Friday.", D), MERKEL, MACRON)).toEqual([]);
  });
});
