// Pass 3, classes found by the subcontinent suite (tests/extract/subcontinent). Sentences written for these tests.
//   - the South Asian press writes a known person's given names as their initials run together ("AK Abdul Momen"):
//     a block of two or three capitals before the family names is that lexicon person when exactly one entry's full
//     name is one word for each capital followed by those names; the family names alone later are the same person
//     (_initials.initialledGivenNames); a block that is no one's initials ("UN Mahmood Ali") stays as written;
//   - "the Myanmar capital": a country's name as the attribute of the capital noun, after "the", is its capital (_capitals).
import { describe, expect, it } from "vitest";
import { events, facts, met, people, P } from "./helpers.js";

describe("pass 3: given names written as initials", () => {
  it("'AK Abdul Momen' is A. K. Abdul Momen, and 'Abdul Momen' after it too", () => {
    const f = facts("Foreign Minister AK Abdul Momen met Indian External Affairs Minister S. Jaishankar in Dhaka on Thursday. Abdul Momen later told reporters the talks had gone well.", "2021-03-05");
    expect(people(f)).toContain(P("a-k-abdul-momen"));
    expect(people(f)).not.toContain("Abdul Momen");
    expect(met(f, P("a-k-abdul-momen"), P("subrahmanyam-jaishankar")).length).toBeGreaterThan(0);
  });

  it("capitals that are no one's initials leave the name as written", () => {
    const f = facts("Foreign Minister XY Abdul Momen met S. Jaishankar in Dhaka on Thursday.", "2021-03-05");
    expect(people(f)).not.toContain(P("a-k-abdul-momen"));
  });
});

describe("pass 3: 'the <country> capital'", () => {
  it("'at her office in the Myanmar capital' is Naypyidaw", () => {
    const f = facts("Abul Hassan Mahmood Ali met Aung San Suu Kyi at her office in the Myanmar capital on Thursday.", "2017-11-24");
    expect(events(f, "meeting")[0].place).toBe("place/naypyidaw");
  });
});
