// Pass 1: an event trigger is read only in the language that lists it (events.json): Persian and Arabic share a
// script, not their words, so the Arabic «جمعه» ("brought him together") is no meeting word in Persian, where it is
// Friday. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2022-06-11";

describe("pass 1: triggers of the article's language only", () => {
  it("fa: «روز جمعه» is a day, not a meeting word; the plan is dated by its own weekday", () => {
    const f = facts("نیکلاس مادورو روز جمعه وارد تهران شد و قرار است روز یکشنبه با ابراهیم رئیسی دیدار کند.", D);
    expect(events(f).map((e) => [e.kind, e.date])).toContainEqual(["planned", "2022-06-12"]);
    const speeches = facts("نیکلاس مادورو و ابراهیم رئیسی روز جمعه در دانشگاه تهران سخنرانی کردند.", D);
    expect(events(speeches, "meeting")).toEqual([]);
  });
  it("ar: «جمعهما لقاء» still brings the two together", () => {
    const f = facts("الرئيس إبراهيم رئيسي والرئيس نيكولاس مادورو جمعهما لقاء في طهران اليوم.", D);
    expect(events(f, "meeting").map((e) => e.who)).toEqual([[P("ebrahim-raisi"), P("nicolas-maduro")]]);
  });
});
