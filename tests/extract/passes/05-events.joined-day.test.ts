// Pass 5: someone who "also attended Wednesday's meeting" joins the meeting of that day, not a meeting of another day
// told after it (_joiners.joinLastMeeting). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2025-05-08"; // a Thursday

describe("pass 5: a joiner's named day picks the meeting it joins", () => {
  it("'C, who also attended Wednesday's meeting, said …' joins Wednesday's meeting, not the one of March told after it", () => {
    const f = facts(
      "Olaf Scholz met Emmanuel Macron in Paris on Wednesday. The two leaders had met Giorgia Meloni in Rome in March. Pedro Sanchez, who also attended Wednesday's meeting, said progress was made.",
      D,
    );
    const wed = events(f, "meeting").find((e) => e.date === "2025-05-07");
    const march = events(f, "meeting").find((e) => e.date === "2025-03-01");
    expect(wed?.who).toContain("person/pedro-sanchez");
    expect(march?.who ?? []).not.toContain("person/pedro-sanchez");
  });
});
