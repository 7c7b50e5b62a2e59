// Pass 5 on what the kayhan suite found (tests/extract/kayhan): "the two leaders" of a clause that names its own pair
// after "between" are that pair, not the story's leaders. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 5: «سران دو کشور … میان A و B»", () => {
  it("a background summit between two others adds none of the story's leaders", () => {
    const f = facts(
      "جرج بوش و میخائیل گورباچف دیروز در مالت با یکدیگر دیدار کردند. دیدار قبلی سران دو کشور در آذر ۱۳۶۶ در واشنگتن میان رونالد ریگان و میخائیل گورباچف برگزار شده بود.",
      "1989-12-04",
    );
    expect(met(f, "person/ronald-reagan", "person/mikhail-gorbachev").length).toBeGreaterThan(0);
    expect(met(f, "person/ronald-reagan", "person/george-h-w-bush")).toEqual([]);
  });
});
