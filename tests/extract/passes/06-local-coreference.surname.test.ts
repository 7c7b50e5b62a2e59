// Passes 5 and 6: a name no lexicon knows, written again by its last word ("Ana Lucia Ferraro" … "Ferraro"), is the same
// person for the article's own reasoning (_mentions.personKey): a later "also" meeting of hers takes the place she was
// at that day. A date in a relative clause that tells another act ("who took office in December") does not date the
// meeting (_event-facts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

const D = "2024-10-10"; // a Thursday

describe("a new name written again by its surname is one person in the article", () => {
  it("'X met Y in Quito on Wednesday. X also held talks with Z': the second meeting is in Quito that day", () => {
    const f = facts("Foreign Minister Ana Lucia Ferraro met her counterpart Tomas Valdivieso in Quito on Wednesday. Ferraro also held talks with Interior Minister Paulo Renzetti.", D);
    const second = events(f, "meeting").find((e) => e.who.some((w) => /Renzetti/.test(w)));
    expect(second).toMatchObject({ date: "2024-10-09", place: "place/quito" });
  });
});

describe("a date in a relative clause of another act does not date the meeting", () => {
  it("', who took office in December, also held talks with Z': the day of the meeting before", () => {
    const f = facts("Foreign Minister Ana Lucia Ferraro met her counterpart Tomas Valdivieso in Quito on Wednesday. Ferraro, who took office in December, also held talks with Interior Minister Paulo Renzetti.", D);
    const second = events(f, "meeting").find((e) => e.who.some((w) => /Renzetti/.test(w)));
    expect(second?.date).toBe("2024-10-09");
  });
  it("', who arrived in Quito on Wednesday, met Y': the trip's day dates the meeting", () => {
    const f = facts("Ana Lucia Ferraro, who arrived in Quito on Wednesday, met Tomas Valdivieso.", D);
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2024-10-09"]);
  });
});
