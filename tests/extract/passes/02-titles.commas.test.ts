// Pass 2: a title that introduces a name no lexicon knows, when the title holds a body's name ("United Nations
// special envoy") or is set off by commas before the name ("The …, Taneti Puka, said"). Sentences and names written
// for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2024-03-14"; // a Thursday

describe("pass 2: a title with a body's name inside it", () => {
  it("English, set off by commas: the name after it is the envoy, who met the other", () => {
    const f = facts("The United Nations special envoy, Taneti Kausea Puka, met Kari Olsen in Suva on Monday.", D);
    expect(people(f)).toContain("Taneti Kausea Puka");
    expect(met(f, "Taneti Kausea Puka", "Kari Olsen").map((e) => e.date)).toEqual(["2024-03-11"]);
  });
  it("Persian and Arabic: the body's name inside the title does not hide the title", () => {
    expect(people(facts("فرستاده ویژه سازمان ملل تانتی پوکا روز دوشنبه با وزیر کشور دیدار کرد.", D))).toContain("تانتی پوکا");
    expect(people(facts("والتقى المبعوث الخاص للأمم المتحدة تانتي بوكا أمس وزير الداخلية.", D))).toContain("تانتي بوكا");
  });
});
