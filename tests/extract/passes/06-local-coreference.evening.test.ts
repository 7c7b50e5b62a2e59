// Passes 4–6 on a visit's first day told in three sentences: "Later in the evening" / "In the evening" / "That night"
// are the day of the sentence before (cues.json sameDay); a meeting placed nowhere whose people were at two places
// that day that do not lie in one another is where they were told to be last before it (06 placeMeetings); and
// "will hold the 22nd annual summit" is a plan, its event noun past a long object (_modality-scope). Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-07-09"; // a Tuesday
const ARRIVAL = "Prime Minister Narendra Modi arrived in Moscow on Monday. He was received at the airport by First Deputy Prime Minister Denis Manturov.";

describe("a visit's first day", () => {
  for (const later of ["Later in the evening", "In the evening", "That night"]) {
    it(`'${later}, Putin hosted Modi …' is Monday, and the airport reception stays in Moscow`, () => {
      const f = facts(`${ARRIVAL} ${later}, President Vladimir Putin hosted Modi for a private dinner at Novo-Ogaryovo.`, D);
      const m = events(f, "meeting");
      expect(m.find((e) => e.who.includes(P("vladimir-putin")))?.date).toBe("2024-07-08");
      expect(m.find((e) => e.who.includes(P("denis-manturov")))?.place).toBe("place/moscow");
    });
  }
  it("'The two leaders will hold the 22nd India-Russia annual summit on Tuesday' is a plan", () => {
    const f = facts(`${ARRIVAL} The two leaders will hold the 22nd India-Russia annual summit on Tuesday, officials said.`, D);
    const told = f.events.filter((e) => e.evidence.sentence.includes("annual summit"));
    expect(told.map((e) => e.kind)).toEqual(["planned"]);
  });
});
