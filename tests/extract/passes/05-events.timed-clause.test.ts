// Pass 5: a part after a comma that opens with a word of another time ("a day after", "hours after", «یک روز پس از»,
// «بعد يوم من») tells another event, even when it names its people only as "the two": a meeting told before it stays a
// meeting (src/extract/passes/_event-parts.segments, cues.json timedClause). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-05-08"; // a Thursday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("pass 5: a contact of another time after a comma is another event", () => {
  for (const text of [
    "Olaf Scholz held talks with Emmanuel Macron in Paris on Thursday, a day after the two spoke by phone about tariffs.",
    "Olaf Scholz met Emmanuel Macron in Paris on Thursday, hours after the two leaders spoke by telephone.",
    "اولاف شولتس روز پنجشنبه در پاریس با امانوئل ماکرون دیدار کرد، یک روز پس از آنکه دو رهبر تلفنی گفت‌وگو کردند.",
    "التقى أولاف شولتس إيمانويل ماكرون في باريس يوم الخميس، بعد يوم من اتصال هاتفي بين الزعيمين.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, A, B).map((e) => [e.date, e.place])).toEqual([["2025-05-08", "place/paris"]]);
      expect(events(f, "meeting")).toHaveLength(1);
    });
  }
});

describe("pass 5: with no word of time, a phrase after the comma still tells the same meeting", () => {
  it("'met Y in Paris on Thursday, their first talks since the election' is one meeting", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron in Paris on Thursday, their first talks since the election.", D);
    expect(met(f, A, B)).toHaveLength(1);
    expect(events(f, "call")).toEqual([]);
  });
});

describe("pass 5: 'since' opening a clause of its own is an earlier event", () => {
  it("'X is the first minister to visit Paris since Secretary Y met Z there in March': X met no one", () => {
    const f = facts("Olaf Scholz is the first chancellor to visit Paris since Foreign Minister Annalena Baerbock met Emmanuel Macron there in March.", D);
    expect(met(f, A, B)).toEqual([]);
    expect(met(f, "person/annalena-baerbock", B)).toHaveLength(1);
  });
});
