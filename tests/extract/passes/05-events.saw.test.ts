// Pass 5 (_saw.ts; events.json join phrases "were among the … in the room", "were among those present"; 05-events'
// distributive objects): "saw" with a person as its object is a meeting, not "saw X as …", "saw X on television";
// officials "among the officials in the room" join the talks just told; "saw A and, separately, B" with no subject
// read pairs neither object with the other. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const SCHOLZ = P("olaf-scholz");
const MACRON = P("emmanuel-macron");
const WANG = P("wang-yi");
const LAVROV = P("sergey-lavrov");
const MELONI = P("giorgia-meloni");
const D = "2025-05-22";

describe("'saw' a person", () => {
  it("'X saw Y in Paris on Tuesday' is a meeting", () => {
    const f = facts("Olaf Scholz saw Emmanuel Macron in Paris on Tuesday to prepare the summit.", D);
    expect(met(f, SCHOLZ, MACRON).map((e) => e.date)).toEqual(["2025-05-20"]);
  });
  it("in a relative clause about its subject: 'Mr. X, who saw Y in Rome on Monday, …'", () => {
    const f = facts("Mr. Scholz, who saw Giorgia Meloni in Rome on Monday, described that session as difficult.", D);
    expect(met(f, SCHOLZ, MELONI)).toHaveLength(1);
  });
  it("'saw X as a partner' and 'saw X on television' are no meetings", () => {
    expect(events(facts("Olaf Scholz saw Emmanuel Macron as a reliable partner.", D))).toEqual([]);
    expect(events(facts("Olaf Scholz saw Emmanuel Macron on television on Tuesday.", D))).toEqual([]);
  });
  it("'saw A and, separately, B' with no subject read pairs neither with the other", () => {
    const f = facts("Yesterday the official saw Prime Minister Giorgia Meloni and, separately, Foreign Minister Wang Yi.", D);
    expect(met(f, MELONI, WANG)).toEqual([]);
  });
});

describe("officials in the room join the talks just told", () => {
  it("'A and B were among the officials in the room'", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron held talks at the Elysee Palace in Paris on Tuesday. Wang Yi and Sergey Lavrov were among the officials in the room.", D);
    expect(met(f, WANG, SCHOLZ)).toHaveLength(1);
    expect(met(f, LAVROV, MACRON)).toHaveLength(1);
  });
  it("'A was among those present'", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron held talks at the Elysee Palace in Paris on Tuesday. Giorgia Meloni was among those present.", D);
    expect(met(f, MELONI, SCHOLZ)).toHaveLength(1);
  });
});
