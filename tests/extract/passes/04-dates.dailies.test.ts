// Pass 4 (dates), a class found by the dailies suite (tests/extract/dailies). Sentences written for this test.
//   - a British-style dateline with a weekday ("KAMPALA, Monday –") in the paper of the day after: "today" of the
//     report is that weekday's day, not the paper's (datelineDay).
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 4: a dateline's weekday is the day the report was filed", () => {
  it("'KAMPALA, Monday – … today held talks' in the paper of Tuesday is Monday's", () => {
    const f = facts("KAMPALA, Monday – President Yoweri Museveni today held talks with President Paul Kagame at State House, Entebbe.", "2018-03-27");
    expect(met(f, P("yoweri-museveni"), P("paul-kagame")).map((e) => e.date)).toEqual(["2018-03-26"]);
  });
  it("a dateline weekday that is the paper's own day changes nothing", () => {
    const f = facts("KAMPALA, Tuesday – President Yoweri Museveni today held talks with President Paul Kagame at State House, Entebbe.", "2018-03-27");
    expect(met(f, P("yoweri-museveni"), P("paul-kagame")).map((e) => e.date)).toEqual(["2018-03-27"]);
  });
});
