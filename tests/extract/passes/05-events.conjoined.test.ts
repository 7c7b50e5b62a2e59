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

describe("pass 5: a participle after a comma takes the clause's subject", () => {
  it("'X made a visit to the summit on Monday, meeting A and his minister B': X met both", () => {
    const f = facts("Olaf Scholz made a surprise visit to the summit on Tuesday, meeting Emmanuel Macron and his prime minister Giorgia Meloni.", D);
    expect(met(f, A, B)).toHaveLength(1);
    expect(met(f, A, C)).toHaveLength(1);
  });
});

describe("pass 5: a comma before a trip told after a contact still parts two contacts", () => {
  it("'met A on Tuesday, capping a visit during which he also held talks with B and C'", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron on Tuesday, capping a two-day visit during which he also held talks with Giorgia Meloni and Pedro Sanchez.", D);
    expect(met(f, A, B)).toHaveLength(1);
    expect(met(f, A, C)).toHaveLength(1);
    expect(met(f, B, C)).toEqual([]);
  });
});
