// Pass 2: an English document's name after a word that is also a rank ("the General Peace Agreement", "the General
// Framework Accord") is no person's name: a name after a title has no document noun (cues documentNoun). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people, P } from "./helpers.js";

describe("pass 2: a document's name after a rank word", () => {
  it("'signed the 1994 General Peace Agreement in Rome with X': no person 'Peace Agreement'", () => {
    const f = facts("Prime Minister Shinzo Abe had signed the 1994 General Peace Agreement in Rome with Prime Minister Jacinda Ardern.", "2019-05-10");
    expect(people(f).sort()).toEqual([P("shinzo-abe"), P("jacinda-ardern")].sort());
  });
  it("a general's name is still read: 'General Peter Cosgrove met X'", () => {
    const f = facts("General Peter Cosgrove met Prime Minister Jacinda Ardern in Wellington on Friday.", "2019-05-10");
    expect(people(f)).toContain("Peter Cosgrove");
  });
});
