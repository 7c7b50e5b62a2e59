// Pass 5: "for the first time since 2015" / «منذ عام 2015» names a starting point, no day of the event
// (_event-facts.sinceDate; a month or year after 'in' closing a phrase of 'since' too: _occasion-words.sincePhraseIn); "the first meeting between the leaders" names both sides, not a group as the other side
// (05-events.oneSided). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("pass 5: a date after 'since' / «منذ» does not date the event", () => {
  it("en: undated, not 2019", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron for the first time since 2019.", D), A, B).map((e) => e.date)).toEqual([null]);
  });
  it("en: the event's own day wins wherever it stands", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron for the first time since 2019 on Monday.", D), A, B).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("ar: «للمرة الأولى منذ عام 2019»", () => {
    expect(met(facts("التقى أولاف شولتس إيمانويل ماكرون للمرة الأولى منذ عام 2019.", D), A, B).map((e) => e.date)).toEqual([null]);
  });
  it("en: a month after 'in' that closes a phrase of 'since' ('since taking office in March') dates nothing; the weekday does", () => {
    const text = "Olaf Scholz, on his first trip abroad since taking office in March, met Emmanuel Macron on Monday.";
    expect(met(facts(text, D), A, B).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(met(facts("Olaf Scholz met Emmanuel Macron for the first time since the election in February.", D), A, B).map((e) => e.date)).toEqual([null]);
  });
  it("en: a day after 'on' past a phrase of 'since' stays the event's ('since the war on Monday')", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron for the first time since the war on Monday.", D), A, B).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("a year with 'in' still dates it", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron in 2019.", D), A, B).map((e) => e.date?.slice(0, 4))).toEqual(["2019"]);
  });
});

describe("pass 5: 'the first meeting between the leaders' is the subjects' meeting", () => {
  for (const text of [
    "Olaf Scholz and Emmanuel Macron held the first meeting between the leaders on Monday.",
    "Olaf Scholz and Emmanuel Macron held the first meeting between leaders of the two countries on Monday.",
  ]) it(text, () => expect(met(facts(text, D), A, B).map((e) => e.date)).toEqual(["2025-05-05"]));
  it("'held talks with officials' stays one-sided", () => {
    expect(met(facts("Olaf Scholz and Emmanuel Macron held talks with officials on Monday.", D), A, B)).toEqual([]);
  });
});
