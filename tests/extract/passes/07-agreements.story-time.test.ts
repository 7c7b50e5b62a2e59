// Pass 7: "the two sides" / «الجانبان» stand for the people of the meeting of the story's time, not for a meeting of
// an earlier year told in between (_story-time.storyTimeFirst). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const D = "2023-07-04";
const WIDODO = P("joko-widodo");
const ALBANESE = P("anthony-albanese");
const XI = P("xi-jinping");

const signers = (text: string) => agreements(facts(text, D)).map((a) => a.who.filter((w) => w.startsWith("person/")).sort());

describe("pass 7: the two sides of the story's meeting", () => {
  it("English: a meeting of 2022 told between the talks and the signing is no side of it", () => {
    const who = signers("Indonesian President Joko Widodo held talks with Australian Prime Minister Anthony Albanese in Jakarta on Monday. Widodo had travelled to Beijing in 2022, where he met Xi Jinping. After the talks, the two sides signed three agreements on trade and energy.");
    expect(who).toEqual([[ALBANESE, WIDODO].sort()]);
    expect(who.flat()).not.toContain(XI);
  });
  it("Arabic: «وكان … قد زار بكين عام 2022 حيث التقى …» before «وقع الجانبان»", () => {
    const who = signers("أجرى الرئيس الإندونيسي جوكو ويدودو يوم الاثنين مباحثات مع رئيس الوزراء الأسترالي أنتوني ألبانيزي في جاكرتا. وكان ويدودو قد زار بكين عام 2022 حيث التقى الرئيس الصيني شي جين بينغ. وفي ختام المباحثات وقع الجانبان ثلاث اتفاقيات في مجالي التجارة والطاقة.");
    expect(who).toEqual([[ALBANESE, WIDODO].sort()]);
  });
  it("undated meetings keep their order: the latest told is the occasion", () => {
    const who = signers("Indonesian President Joko Widodo met Chinese President Xi Jinping in Bali. Later, Widodo held talks with Australian Prime Minister Anthony Albanese, and the two sides signed an agreement on energy.");
    expect(who).toEqual([[ALBANESE, WIDODO].sort()]);
  });
});
