// Pass 5 (_both-sides): "the two leaders" after a meeting of two leaders and their aides stands for the two leaders
// only, not for everyone at that meeting. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 5: 'the two leaders' of a meeting that had others too", () => {
  it("en: the aides are not at the meeting the two leaders last held", () => {
    const f = facts("President Joe Biden hosted Chancellor Olaf Scholz at the White House on Friday, joined by Secretary of State Antony Blinken and National Security Advisor Jake Sullivan. The two leaders last met in Vilnius in July.", "2023-09-23");
    const vilnius = f.events.filter((e) => e.kind === "meeting" && e.date.date?.startsWith("2023-07"));
    expect(vilnius).toHaveLength(1);
    expect(met(f, P("antony-blinken"), P("olaf-scholz")).filter((e) => e.date?.startsWith("2023-07"))).toEqual([]);
    expect(met(f, P("joe-biden"), P("olaf-scholz")).map((e) => e.date).sort()).toEqual(["2023-07-01", "2023-09-22"]);
  });
});
