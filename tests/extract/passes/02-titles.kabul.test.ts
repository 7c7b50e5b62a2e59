// Pass 2 on Dari constructions the kabul suite found (tests/extract/kabul): a lexicon form made of given names only
// («محمد یونس»: Muhammad Yunus; «محمد عباس») that opens a longer Afghan name («… یونس قانونی») is no mention of the
// lexicon person but a new name (`_given-name-forms`). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2019-04-02";

describe("pass 2: a lexicon form of given names only inside a longer Persian name", () => {
  it("the family name after it, before a comma, makes a new name («محمد یونس نوروزی، والی …»)", () => {
    const f = facts("محمد یونس نوروزی، والی پیشین بلخ، در مزار شریف با خبرنگاران صحبت کرد.", D);
    expect(people(f)).toContain("محمد یونس نوروزی");
    expect(people(f)).not.toContain("person/muhammad-yunus");
  });
  it("before a stop word too («به سرپرستی محمد یونس صافی نیز …»)", () => {
    const f = facts("هیئتی به سرپرستی محمد یونس صافی نیز به دوحه رفت.", D);
    expect(people(f)).toContain("محمد یونس صافی");
    expect(people(f)).not.toContain("person/muhammad-yunus");
  });
  it("the given names before the form are the new name's too («غلام محمد عباس وردک»)", () => {
    const f = facts("غلام محمد عباس وردک، معین وزارت معارف، به هرات سفر کرد.", D);
    expect(people(f)).toContain("غلام محمد عباس وردک");
    expect(people(f)).not.toContain("person/mahmoud-abbas");
  });
  it("a speech verb, a date or a title after the form leaves the lexicon's person", () => {
    expect(people(facts("محمد یونس گفت که انتخابات برگزار خواهد شد.", "2025-02-02"))).toContain("person/muhammad-yunus");
    expect(people(facts("محمد یونس روز دوشنبه با مودی دیدار کرد.", "2025-02-02"))).toContain("person/muhammad-yunus");
    expect(people(facts("محمد یونس رئیس دولت موقت بنگلادش به پکن رفت.", "2025-02-02"))).toContain("person/muhammad-yunus");
    // (Persian puts the object right after the subject: «… سند را امضا کرد», «… ضیافتی برگزار کرد»)
    expect(people(facts("محمد یونس قرارداد را در داکا امضا کرد.", "2025-02-02"))).toContain("person/muhammad-yunus");
    expect(people(facts("در داکا به افتخار محمد یونس ضیافت برگزار شد.", "2025-02-02"))).toContain("person/muhammad-yunus");
  });
});
