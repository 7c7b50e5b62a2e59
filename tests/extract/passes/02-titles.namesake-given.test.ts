// Pass 2 (_relatives): a word no dictionary knows where a name starts, right before the one-word short form of a
// lexicon person the article does not name in full, makes one new name with it: someone else of that family name
// («گراسا ماشل»), not the lexicon person. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

describe("pass 2: an unknown given name before a namesake's short form", () => {
  it("«ژوزفینا ماشل و …» is a new name, not Samora Machel", () => {
    const f = facts("ژوزفینا ماشل و کوفی عنان روز دوشنبه در نایروبی با خبرنگاران گفتگو کردند.", "2008-02-18");
    expect(people(f)).toContain("ژوزفینا ماشل");
    expect(people(f)).not.toContain("person/samora-machel");
  });

  it("a dictionary word before the short form changes nothing", () => {
    const f = facts("دولت ماشل در سال ۱۹۷۵ تشکیل شد.", "1980-02-18");
    expect(people(f).some((p) => p.includes("دولت"))).toBe(false);
  });
});
