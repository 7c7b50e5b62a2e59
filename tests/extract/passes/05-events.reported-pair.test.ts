// Pass 5 (_reported-speech.reportedSubject): a report whose subject is "the two leaders" («قال X إن الزعيمين بحثا …»,
// "X said the two leaders discussed …") names its own subject, so the speaker is no side of the event it reports.
// Found by the gazettes suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-03-12"; // a Tuesday
const RUTO = P("william-ruto");
const MUSEVENI = P("yoweri-museveni");

const speakerIn = (f: ReturnType<typeof facts>, written: string) => events(f).filter((e) => e.who.includes(written));

describe("pass 5: the speaker of a report about 'the two leaders' is not at their meeting", () => {
  it("Arabic: «وقال المتحدث X للصحفيين إن الزعيمين بحثا …»", () => {
    const f = facts("كمبالا - التقى الرئيس الكيني وليام روتو الرئيس الأوغندي يويري موسيفيني في كمبالا يوم الاثنين. وقال المتحدث باسم الخارجية الكينية إبراهيم أوتينو للصحفيين إن الزعيمين بحثا مشروع خط الأنابيب.", D);
    expect(speakerIn(f, "إبراهيم أوتينو")).toEqual([]);
    expect(events(f, "meeting").some((e) => e.who.includes(RUTO) && e.who.includes(MUSEVENI))).toBe(true);
  });
  it("English: 'X told reporters that the two leaders discussed …'", () => {
    const f = facts("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Foreign ministry spokesman Ibrahim Otieno told reporters that the two leaders discussed the oil pipeline.", D);
    expect(speakerIn(f, "Ibrahim Otieno")).toEqual([]);
  });
});
