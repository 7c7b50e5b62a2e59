// Pass 3, classes found by the subcontinent suite (tests/extract/subcontinent). Sentences written for these tests.
//   - the South Asian press writes a known person's given names as their initials run together ("AK Abdul Momen"):
//     a block of two or three capitals before the family names is that lexicon person when exactly one entry's full
//     name is one word for each capital followed by those names; the family names alone later are the same person
//     (_initials.initialledGivenNames); a block that is no one's initials ("UN Mahmood Ali") stays as written.
import { describe, expect, it } from "vitest";
import { facts, met, people, P } from "./helpers.js";

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
