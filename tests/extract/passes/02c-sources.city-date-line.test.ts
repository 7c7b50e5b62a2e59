// Pass 2c (_dateline.readDateline, dateLineAfter): a heading line of a city and its dates with no punctuation after the
// city ("CITY DAY MONTH YEAR هـ الموافق DAY MONTH YEAR م AGENCY", the Gulf agencies' style) is the dateline, so a
// meeting the lead places nowhere else is in that city. A line that names someone is no dateline. Sentences written
// for this test.
import { describe, expect, it } from "vitest";
import { events, facts } from "./helpers.js";

describe("pass 2c: a line of a city and its dates is the dateline", () => {
  it("«الرياض 20 رمضان 1440 هـ الموافق 25 مايو 2019 م واس»: the lead's meeting is in Riyadh", () => {
    const f = facts("الرياض 20 رمضان 1440 هـ الموافق 25 مايو 2019 م واس\nالتقى صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم الرئيس التونسي الباجي قائد السبسي.");
    expect(events(f, "meeting").map((e) => e.place)).toEqual(["place/riyadh"]);
  });
  it("a first line that names someone is a headline, no dateline: the meeting stays unplaced", () => {
    const f = facts("الرياض 25 مايو 2019 الأمير محمد بن سلمان والرئيس الباجي قائد السبسي\nالتقى صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم الرئيس التونسي الباجي قائد السبسي.");
    expect(events(f, "meeting").map((e) => e.place)).toEqual([null]);
  });
});
