// Pass 5: "attended the summit of X, where he held talks with Y" is an attendance and a contact at the gathering
// (_event-parts.segments cuts at ", where"); "held bilateral talks with A and B" is two meetings, each with the subject
// (cues distributive). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2019-05-10"; // a Friday
const MORRISON = P("scott-morrison");
const ARDERN = P("jacinda-ardern");
const ABE = P("shinzo-abe");

describe("pass 5: a contact at a gathering after ', where'", () => {
  it("'attended the summit of the Pacific Islands Forum, where he held talks with Y'", () => {
    const f = facts("On Friday Prime Minister Scott Morrison attended the summit of the Pacific Islands Forum, where he held talks with Prime Minister Jacinda Ardern.", D);
    expect(met(f, MORRISON, ARDERN).map((e) => e.date)).toEqual(["2019-05-10"]);
  });
});

describe("pass 5: bilateral talks with two people are two meetings", () => {
  it("'held bilateral talks with A and B': the subject met each, A did not meet B", () => {
    const f = facts("On Friday Prime Minister Scott Morrison held bilateral talks with Prime Minister Jacinda Ardern and Prime Minister Shinzo Abe.", D);
    expect(met(f, MORRISON, ARDERN)).toHaveLength(1);
    expect(met(f, MORRISON, ABE)).toHaveLength(1);
    expect(met(f, ARDERN, ABE)).toEqual([]);
  });
  it("'held talks with A and B' (not bilateral) stays one meeting of three", () => {
    const f = facts("On Friday Prime Minister Scott Morrison held talks with Prime Minister Jacinda Ardern and Prime Minister Shinzo Abe.", D);
    expect(met(f, ARDERN, ABE)).toHaveLength(1);
  });
});
