// Pass 5: two verb phrases of one subject joined by "and" / «و» with no comma ("met Y on Monday and is due to meet Z")
// are two events, each with its own other side, modality and day (src/extract/passes/_event-parts.segments).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";
const C = "person/giorgia-meloni";

describe("pass 5: 'met B and is due to meet C' is a meeting and a plan", () => {
  for (const text of [
    "Olaf Scholz met Emmanuel Macron on Tuesday and is due to meet Giorgia Meloni on Friday.",
    "اولاف شولتس روز سه‌شنبه با امانوئل ماکرون دیدار کرد و قرار است روز جمعه با جورجا ملونی دیدار کند.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, A, B).map((e) => e.date)).toEqual(["2025-05-06"]);
      expect(met(f, B, C)).toEqual([]);
      expect(events(f, "planned").map((e) => e.who)).toEqual([[C, A].sort()]);
    });
  }
});

describe("pass 5: 'and' before a name still joins the names", () => {
  it("'A met B and C' keeps one meeting of the three", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron and Giorgia Meloni on Tuesday.", D), B, C)).toHaveLength(1);
  });
  it("fa: «A و B دیدار و گفت‌وگو کردند» is one meeting", () => {
    expect(met(facts("اولاف شولتس و امانوئل ماکرون روز سه‌شنبه دیدار و گفت‌وگو کردند.", D), A, B)).toHaveLength(1);
  });
});
