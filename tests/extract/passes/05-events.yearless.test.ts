// Passes 5 and 7: a contact held, or an agreement signed, "in December" in a paper of February was last year's
// December; a plan for December stays this year's (src/extract/passes/_yearless.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-02-12";
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";

describe("a held contact dated by a month after the paper's is of the year before", () => {
  for (const text of [
    "The two leaders had last met in December, in Paris. Olaf Scholz and Emmanuel Macron met in Paris in December.",
    "اولاف شولتس و امانوئل ماکرون پیش‌تر در ماه دسامبر در پاریس با هم دیدار کرده بودند.",
    "وكان أولاف شولتس قد التقى إيمانويل ماكرون في باريس في ديسمبر.",
  ]) {
    it(text, () => {
      expect(met(facts(text, D), A, B).map((e) => e.date)).toContain("2024-12-01");
      expect(met(facts(text, D), A, B).map((e) => e.date)).not.toContain("2025-12-01");
    });
  }
  it("a month not after the paper's keeps the paper's year", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron in Paris in January.", D), A, B).map((e) => e.date)).toEqual(["2025-01-01"]);
  });
  it("a plan for December stays this year's", () => {
    expect(events(facts("Olaf Scholz will meet Emmanuel Macron in Paris in December.", D), "planned").map((e) => e.date)).toEqual(["2025-12-01"]);
  });
  it("an agreement signed in December, told in February, was signed the December before", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron signed a defence agreement in Paris in December.", D);
    expect(f.agreements.map((g) => g.date.date)).toEqual(["2024-12-01"]);
  });
});
