// Pass 1 on what the kayhan suite found (tests/extract/kayhan: the Persian press on world events): a style the
// lexicon gives one ruler followed by another country is that country's ruler's, and a given name before a surname
// father and son share keeps both for the resolver. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { facts, people } from "./helpers.js";

const resolvedPeople = (text: string, date: string) =>
  processArticle(articleFromText(`date ${date}\n\n${text}`, { uri: "test.txt" }) as Article).people.map((p) => p.id).sort();

describe("pass 1: a style followed by another country", () => {
  it("«رهبر انقلاب کوبا» is no name of the Leader of Iran", () => {
    const f = facts("هیئت پارلمانی ونزوئلا روز گذشته در هاوانا با رهبر انقلاب کوبا دیدار و گفتگو کرد.", "1999-03-10");
    expect(people(f)).not.toContain("person/ali-khamenei");
  });
  it("«رهبر انقلاب» alone, or with its own country, still is", () => {
    expect(people(facts("رهبر انقلاب دیروز با اعضای مجلس خبرگان دیدار کرد.", "2010-03-10"))).toContain("person/ali-khamenei");
  });
});

describe("pass 1: a given name before a surname two lexicon people share", () => {
  it("«جرج بوش» in 2003 is the son, president on the day", () => {
    expect(resolvedPeople("جرج بوش دیروز در کاخ سفید با تونی بلر دیدار کرد. بوش سپس به تگزاس رفت.", "2003-01-31")).toEqual(["person:george-w-bush", "person:tony-blair"]);
  });
  it("«جرج بوش» in 1991 is the father", () => {
    expect(resolvedPeople("جرج بوش دیروز در کاخ سفید با جان میجر دیدار کرد. بوش سپس به کمپ دیوید رفت.", "1991-12-20")).toEqual(["person:george-h-w-bush", "person:john-major"]);
  });
});
