// Pass 5 (events): a signing told in a relative clause that only says which document it is ("the accord, which A and
// B signed in May 2021"), dated by a month or a year more than a year before the paper and naming no venue, is
// background, no meeting of the story (_signings.backgroundSigning); with a day or a venue of its own, or dated
// within the year, it is still a meeting. Found by the accords suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

const D = "2024-10-08";
const RAHMON = P("emomali-rahmon");
const JAPAROV = P("sadyr-japarov");

describe("pass 5: a signing years before, told in a relative clause about its document", () => {
  it("Arabic «… الاتفاق الذي وقعه A وB في مايو 2021»: the agreement, no meeting", () => {
    const f = facts("ونص اتفاق الحدود الذي وقعه الرئيس الطاجيكي إمام علي رحمن والرئيس القرغيزي صدر جاباروف في مايو 2021 على ترسيم الحدود بين البلدين.", D);
    expect(met(f, RAHMON, JAPAROV)).toEqual([]);
    expect(agreements(f).some((a) => a.who.includes(RAHMON) && a.who.includes(JAPAROV))).toBe(true);
  });
  it("English 'the accord, which A and B signed in 2021'", () => {
    const f = facts("Officials recalled the border accord, which Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed in 2021, and on later protocols.", D);
    expect(met(f, RAHMON, JAPAROV)).toEqual([]);
  });
  it("with a day of its own it is still told as a meeting", () => {
    const f = facts("Officials recalled the border accord, which Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed on 12 May 2021.", D);
    expect(met(f, RAHMON, JAPAROV)).toHaveLength(1);
  });
  it("with a venue of its own it is still told as a meeting", () => {
    const f = facts("ونص اتفاق الحدود الذي وقعه الرئيس الطاجيكي إمام علي رحمن والرئيس القرغيزي صدر جاباروف في بيشكك في مايو 2021 على ترسيم الحدود بين البلدين.", D);
    expect(met(f, RAHMON, JAPAROV)).toHaveLength(1);
  });
  it("dated within the year before the paper, it is still a meeting", () => {
    const f = facts("Officials recalled the border accord, which Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed in March 2024.", D);
    expect(met(f, RAHMON, JAPAROV)).toHaveLength(1);
  });
});
