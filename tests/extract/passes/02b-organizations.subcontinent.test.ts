// Passes 2 and 2b, classes found by the subcontinent suite (tests/extract/subcontinent). Sentences written for these tests.
//   - a person's name before an award's head (cues.json awardHead: "the Indira Gandhi Prize for Peace", "the Nelson
//     Mandela Award") names the award: no person of the story (02b-organizations.namesAward);
//   - a given name before a building's head (venueHead: "Sheetal Niwas", "Rashtrapati Bhavan", "Simtokha Dzong") is
//     the building's name, no person (_bare-names), and the building is the meeting's site (02d).
import { describe, expect, it } from "vitest";
import { events, facts, people, P } from "./helpers.js";

describe("pass 2b: a name in an award's name", () => {
  it("'received the Indira Gandhi Prize …' tells of no Indira Gandhi; 'the Nelson Mandela Award' of no Mandela", () => {
    const f = facts("Sheikh Hasina received the Indira Gandhi Prize for Peace in New Delhi on Tuesday. Cyril Ramaphosa presented the Nelson Mandela Award to the winners.", "2012-03-05");
    expect(people(f)).not.toContain(P("indira-gandhi"));
    expect(people(f)).not.toContain(P("nelson-mandela"));
    expect(people(f)).toContain(P("sheikh-hasina"));
  });

  it("but a person who speaks about a prize is a person", () => {
    const f = facts("Indira Gandhi said the prize would go to a scientist.", "1982-03-05");
    expect(people(f)).toContain(P("indira-gandhi"));
  });
});

describe("pass 2: a given name before a building's head", () => {
  it("'met X at Sheetal Niwas' is a meeting at the building, and 'Sheetal Niwas' no person", () => {
    const f = facts("Narendra Modi met Ram Baran Yadav at Sheetal Niwas on Monday.", "2014-08-04");
    expect(people(f)).not.toContain("Sheetal Niwas");
    expect(events(f, "meeting")[0].place).toBe("Sheetal Niwas");
  });
});
