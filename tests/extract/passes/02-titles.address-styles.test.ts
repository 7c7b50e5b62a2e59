// Pass 2: the styles of address of protocol copy between a title and its name ("the President of France, H.E. Mr.
// X": "H.E." is four tokens, an honorific as a whole, never a name or a given name's initial), and "chairperson" /
// "chairwoman" read as "chairman" is (offices.json), so "the Chairperson" refers back to the one named with it.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P, people } from "./helpers.js";

const D = "2019-02-11"; // a Monday

describe("pass 2: honorifics of several tokens after a title", () => {
  const cases = [
    "Narendra Modi held talks with the French leader, H.E. Mr. Emmanuel Macron, in New Delhi today.",
    "Narendra Modi held talks with the President of France, H.E. Mr. Emmanuel Macron, in New Delhi today.",
  ];
  for (const text of cases) {
    it(text, () => {
      const f = facts(text, D);
      expect(people(f).sort()).toEqual([P("emmanuel-macron"), P("narendra-modi")]);
      expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("emmanuel-macron"), P("narendra-modi")]]);
    });
  }
  it("a new name after them is the name, not the honorific", () => {
    const f = facts("Narendra Modi met the President of Ruritania, H.E. Mr. Zoltan Karpathy, in New Delhi today.", D);
    expect(people(f).sort()).toEqual(["Zoltan Karpathy", P("narendra-modi")]);
  });
});

describe("pass 2: chairperson and chairwoman", () => {
  it("'the Chairperson' is the one named with that title", () => {
    const f = facts("The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received President Paul Kagame on Sunday. The Chairperson later met President Cyril Ramaphosa.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([
      [P("moussa-faki"), P("paul-kagame")],
      [P("cyril-ramaphosa"), P("moussa-faki")],
    ]);
  });
  it("a chairwoman named after her title is a new person", () => {
    const f = facts("Paul Kagame received the party's chairwoman, Amara Okonkwo-Diallo, in Kigali on Sunday.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([["Amara Okonkwo-Diallo", P("paul-kagame")]]);
  });
});
