// Pass 1 on constructions met in the worldar suite, in sentences written for these tests: no proclitic is read off the
// word right after an Arabic noun of a place in the construct state, nor off a dateline's town (_candidates
// cliticAfterPlaceNoun: «مدينة فارنا» is Varna, not «ف» + «ارنا», IRNA); and «في الوقت الذي» after a comma opens a
// clause of another event (cues.json contrast, _clause-breaks), so its people join no meeting of the main clause.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const orgs = (f: ReturnType<typeof facts>) => f.mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);

describe("pass 1: a place noun takes the whole next word", () => {
  it("«مدينة فارنا» is the Bulgarian town, no proclitic and no agency", () => {
    const f = facts("وصل الرئيس البلغاري رومين راديف أمس إلى مدينة فارنا الساحلية لافتتاح معرض للسياحة.", "2019-05-10");
    expect(f.mentions.some((m) => m.lexiconId === "place/varna")).toBe(true);
    expect(orgs(f)).not.toContain("org/irna");
  });
  it("a dateline's town before the agency's slash is read whole", () => {
    const f = facts("فارنا/ الأناضول\nافتتح رئيس الوزراء البلغاري بويكو بوريسوف، الجمعة، منتدى اقتصاديا لدول البحر الأسود.", "2019-05-10");
    expect(orgs(f)).not.toContain("org/irna");
  });
});

describe("pass 1: «في الوقت الذي» opens a clause of another event", () => {
  it("the visitor of the «while» clause does not join the meeting", () => {
    const f = facts("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي جو بايدن في روما، وذلك في الوقت الذي يزور فيه المستشار الألماني أولاف شولتس بكين.", "2021-10-29");
    expect(met(f, P("emmanuel-macron"), P("joe-biden")).length).toBeGreaterThan(0);
    expect(met(f, P("emmanuel-macron"), P("olaf-scholz"))).toEqual([]);
  });
});
