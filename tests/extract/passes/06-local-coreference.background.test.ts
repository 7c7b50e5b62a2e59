// Pass 6: an undated meeting told in the lead does not merge with a meeting of the same people told later and dated
// wholly before the story's days ("… last visited Delhi in January, when he held talks with X"): that one is the
// background, and an undated trip of the story's days places nothing of it (_presence.sameTime). Sentences written
// for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const pair = [P("anthony-albanese"), P("narendra-modi")];

describe("pass 6: the lead's undated meeting and a background meeting of the same people", () => {
  it("en: two meetings, the background one dated and placed by its own sentence", () => {
    const f = facts(
      "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese agreed to expand defence ties. During their talks at Kirribilli House, the two leaders also discussed critical minerals. Albanese last visited Mumbai in March, when he held talks with Modi and met President Droupadi Murmu.",
      "2023-05-24",
    );
    const theirs = events(f, "meeting").filter((e) => pair.every((p) => e.who.includes(p)));
    expect(theirs.map((e) => e.date)).toEqual([null, "2023-03-01"]);
    expect(theirs[1].place).toBe("place/mumbai");
  });
  it("a report told after a dated one still joins it, whatever its date", () => {
    const f = facts("Narendra Modi met Anthony Albanese in Delhi in March. During their talks the two leaders discussed trade.", "2023-05-24");
    expect(events(f, "meeting").filter((e) => pair.every((p) => e.who.includes(p)))).toHaveLength(1);
  });
});
