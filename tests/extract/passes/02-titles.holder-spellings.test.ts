// Pass 2 (_holder-spellings): a lexicon office holder written in another Persian spelling right before a title with
// its country is that person, though the words are dictionary words. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

describe("pass 2: the holder of a title in another spelling", () => {
  it("«مکی سال، رئیس جمهور سنگال» is Macky Sall (the lexicon writes «ماکی سال»)", () => {
    const f = facts("ولادیمیر پوتین روز دوشنبه در مسکو با مکی سال، رئیس جمهور سنگال، دیدار کرد.", "2019-06-10");
    expect(people(f)).toContain("person/macky-sall");
    expect(met(f, "person/vladimir-putin", "person/macky-sall").length).toBe(1);
  });

  it("in a list, the name after the title's comma does not take it", () => {
    const f = facts("مکی سال، رئیس جمهور سنگال، هاکینده هیچیلما، رئیس جمهور زامبیا، و سیریل رامافوزا در این نشست حضور داشتند.", "2023-06-10");
    expect(people(f)).toEqual(expect.arrayContaining(["person/macky-sall", "person/hakainde-hichilema", "person/cyril-ramaphosa"]));
  });

  it("the same words before the title of another country or day are no one", () => {
    const f = facts("مکی سال، رئیس جمهور سنگال، در سال ۲۰۰۵ به پاریس رفت.", "2005-06-10");
    expect(people(f)).not.toContain("person/macky-sall");
  });
});
