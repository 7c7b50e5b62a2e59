// Pass 2 (titles), found by the broadsheets suite (tests/extract/broadsheets): a lexicon short form that is also a
// common English word ("Bush", "Major", "Ford": pass 1 reads no common word alone) after the title of the office its
// person held on the paper's day; and one capitalised word after an honorific ("Mr. Major") as the surname of the
// person the article named before. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

const MAJOR = P("john-major");
const BUSH = P("george-h-w-bush");
const MITTERRAND = P("francois-mitterrand");
const YELTSIN = P("boris-yeltsin");

describe("a common word after a title is the short form of that office's holder on the day", () => {
  it("'Prime Minister Major' in 1992 is John Major; 'President Bush' in 1991 is George H. W. Bush", () => {
    const f = facts("Prime Minister Major flew to Paris on Tuesday and met President Mitterrand at the Elysee Palace.", "1992-03-05");
    expect(people(f)).toContain(MAJOR);
    expect(met(f, MAJOR, MITTERRAND).length).toBe(1);
    expect(people(facts("President Bush received Boris Yeltsin at the White House.", "1991-06-21"))).toContain(BUSH);
  });
  it("not before the holder took that office, nor when the title names another country", () => {
    expect(people(facts("President Bush received Boris Yeltsin at the White House.", "1985-06-21"))).not.toContain(BUSH);
    expect(people(facts("The French President Bush received Boris Yeltsin in Paris.", "1991-06-21"))).not.toContain(BUSH);
  });
  it("not a common word that goes on into a longer capitalised name ('President Bush Senior Center')", () => {
    expect(people(facts("President Bush Street was closed on Tuesday for the parade.", "1991-06-21"))).not.toContain(BUSH);
  });
});

describe("one word after an honorific is the surname of a person named before", () => {
  it("'Mr. Major' after 'Prime Minister Major' is John Major again, and acts in its clause", () => {
    const f = facts("Prime Minister Major arrived in Moscow on Monday. Mr. Major and Mr. Yeltsin talked for three hours at the Kremlin.", "1992-02-01");
    expect(met(f, MAJOR, YELTSIN).length).toBeGreaterThan(0);
  });
  it("a surname no person named before ends is no one ('Mr. Brown' with no Brown named)", () => {
    const f = facts("Prime Minister Major arrived in Moscow on Monday. Mr. Brown and Mr. Yeltsin talked for three hours.", "1992-02-01");
    expect(people(f).filter((p) => /brown/i.test(p))).toEqual([]);
  });
});
