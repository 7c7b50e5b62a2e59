// Pass 1 (_misspellings.leadingWords): the first two words of a name of three or more the article gives in full,
// written again alone ("Hassan Sheikh" after "Hassan Sheikh Mohamud"), are that person; not when a third name word
// follows (another person), nor when the article never names the person in full. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-01-10";
const HSM = P("hassan-sheikh-mohamud");

describe("pass 1: a name of three words written again by its first two", () => {
  it("en: 'Ruto met Hassan Sheikh in Nairobi' after 'Hassan Sheikh Mohamud'", () => {
    const f = facts("Somali President Hassan Sheikh Mohamud arrived in Kenya on Monday. President William Ruto met Hassan Sheikh in Nairobi on Tuesday.", D);
    expect(met(f, P("william-ruto"), HSM).map((e) => e.date)).toEqual(["2024-01-09"]);
  });
  it("en: 'Hassan Sheikh Ali', a third name word, is someone else", () => {
    const f = facts("Somali President Hassan Sheikh Mohamud arrived in Kenya on Monday. President William Ruto met Hassan Sheikh Ali in Nairobi on Tuesday.", D);
    expect(met(f, P("william-ruto"), HSM)).toEqual([]);
  });
  it("en: not when the article never gives the name in full", () => {
    const f = facts("President William Ruto met Hassan Sheikh in Nairobi on Tuesday.", D);
    expect(met(f, P("william-ruto"), HSM)).toEqual([]);
  });
});
