// Pass 2d (_unknown-towns.homeTowns): in English, a capitalised word no lexicon knows between a possessive and a noun
// of someone's home ("at his Otta farm", "her Kilimani private residence") is the town of that home, the venue of a
// meeting held there, not the venue of the story's earlier meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, places } from "./helpers.js";

const D = "2023-05-26";
const RUTO = P("william-ruto");
const AKUFO = P("nana-akufo-addo");
const KENYATTA = P("uhuru-kenyatta");

describe("pass 2d: a town before a noun of someone's home", () => {
  it("'paid a courtesy call on X at his Kilimani home' meets X there", () => {
    const f = facts("NAIROBI, May 25 - President William Ruto held talks with President Nana Akufo-Addo at State House on Thursday. Akufo-Addo later paid a courtesy call on former President Uhuru Kenyatta at his Kilimani home.", D);
    expect(places(f)).toContain("Kilimani");
    expect(met(f, AKUFO, KENYATTA).map((e) => e.place)).toEqual(["Kilimani"]);
    expect(met(f, RUTO, AKUFO)).toHaveLength(1);
  });
  it("past an adjective of the home: 'his Kilimani private residence'", () => {
    const f = facts("President Nana Akufo-Addo visited former President Uhuru Kenyatta at his Kilimani private residence on Thursday.", D);
    expect(places(f)).toContain("Kilimani");
  });
  it("no town from a dictionary word or without a noun of a home", () => {
    expect(places(facts("President Nana Akufo-Addo met Uhuru Kenyatta at his Sunday lunch on Thursday.", D))).not.toContain("Sunday");
    expect(places(facts("President Nana Akufo-Addo praised Uhuru Kenyatta for his Kilimani speech on Thursday.", D))).not.toContain("Kilimani");
  });
});
