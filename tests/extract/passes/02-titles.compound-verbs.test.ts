// Pass 2 (via _names) on what the neighbours suite found (tests/extract/neighbours): after a Persian title, common
// words ending in a past participle before an auxiliary («ترتیب داده بود», «برگزار کرده است») are a compound verb,
// no holder's name (_name-words.compoundVerbRun). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const newNames = (text: string) => facts(text, "2019-03-12").mentions.filter((m) => m.kind === "person" && !m.lexiconId && !m.antecedent).map((m) => m.text);

describe("pass 2: a compound verb after a title", () => {
  it("«ضیافتی که رئیس‌جمهوری عراق ترتیب داده بود» names no one", () => {
    expect(newNames("حسن روحانی در ضیافت شامی که رئیس‌جمهوری عراق ترتیب داده بود، با رهبران احزاب عراقی دیدار کرد.")).toEqual([]);
  });
  it("«نشستی که وزیر خارجه عمان برگزار کرده است» names no one", () => {
    expect(newNames("محمدجواد ظریف در نشستی که وزیر خارجه عمان برگزار کرده است شرکت کرد.")).toEqual([]);
  });
  it("a name after the title is still read («رئیس‌جمهوری عراق برهم صالح»)", () => {
    const f = facts("حسن روحانی با رئیس‌جمهوری عراق برهم صالح دیدار کرد.", "2019-03-12");
    expect(f.mentions.some((m) => m.kind === "person" && /برهم/.test(m.text))).toBe(true);
  });
});
