// Pass 1: a middle initial inside a name the lexicon writes without it ("Ferdinand R. Marcos Jr.", _middle-initials)
// is one mention of that person, not a second person "Ferdinand R.". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

describe("pass 1: a middle initial inside a lexicon name", () => {
  it("'President Joseph R. Biden met Prime Minister Narendra D. Modi': two people, one meeting", () => {
    const f = facts("President Joseph R. Biden met Prime Minister Narendra D. Modi at the White House on Thursday.", "2022-09-23");
    expect(people(f).sort()).toEqual([P("joe-biden"), P("narendra-modi")].sort());
    expect(met(f, P("joe-biden"), P("narendra-modi"))).toHaveLength(1);
  });

  it("the name goes on past the words the lexicon matched ('Ferdinand R. Marcos Jr. of the Philippines')", () => {
    const f = facts("President Joe Biden met President Ferdinand R. Marcos Jr. of the Philippines in New York on Thursday.", "2022-09-23");
    expect(people(f).sort()).toEqual([P("joe-biden"), P("ferdinand-marcos-jr")].sort());
  });

  it("an initial before a surname that is no name of the person makes no lexicon mention grow", () => {
    const f = facts("President Joe Biden met Senator Maria K. Modi of Ohio on Thursday.", "2022-09-23");
    expect(people(f)).not.toContain(P("narendra-modi"));
  });
});
