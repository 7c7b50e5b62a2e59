// Pass 5 (_joined-for.ts): "X joined A and B for a private dinner" is a meeting of X with A and B, as is "joined them
// for lunch"; "joined the party for years" (no meal or meeting noun) is none, and "joined … for the talks" stays the
// lexicon's join phrase (the talks just told); the passive "A and B were joined by C for dinner" is a meeting of the
// three. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const MELONI = P("giorgia-meloni");
const WANG = P("wang-yi");
const D = "2025-05-22";

describe("'joined A and B for a dinner'", () => {
  it("is a meeting of the three, on the sentence's day", () => {
    const f = facts("Giorgia Meloni later joined Olaf Scholz and Emmanuel Macron for a private dinner at the Elysee Palace on Tuesday.", D);
    expect(met(f, MELONI, SCHOLZ).map((e) => e.date)).toEqual(["2025-05-20"]);
    expect(met(f, MELONI, MACRON)).toHaveLength(1);
    expect(met(f, SCHOLZ, MACRON)).toHaveLength(1);
  });
  it("'joined Y for lunch' with no adjective", () => {
    expect(met(facts("Giorgia Meloni joined Wang Yi for lunch in Rome on Tuesday.", D), MELONI, WANG)).toHaveLength(1);
  });
  it("'joined the party for years' is no meeting", () => {
    expect(events(facts("Giorgia Meloni joined the party of Olaf Scholz for years.", D))).toEqual([]);
  });
  it("'joined … for the talks' still joins the talks just told", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron in Paris on Tuesday. Giorgia Meloni joined the two leaders for the talks.", D);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
  });
  it("the passive: 'A and B were joined by C for a trilateral meeting', 'for dinner'", () => {
    for (const occasion of ["a trilateral meeting", "dinner"]) {
      const f = facts(`Olaf Scholz and Emmanuel Macron were joined by Giorgia Meloni for ${occasion} in Rome on Tuesday.`, D);
      expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
      expect(met(f, MELONI, MACRON)).toHaveLength(1);
    }
  });
});
