// Phrases with a gap ("راهی ... شد"): a head, then its tail a few words later; the match is the tail.
// Through PhraseMatcher, as the lexicon uses them. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { MAX_GAP } from "../../src/text/gaps.js";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { tokenize } from "../../src/text/tokenize.js";

function run(phrases: Array<[string, string]>, text: string) {
  const m = new PhraseMatcher<string>();
  for (const [p, v] of phrases) m.add(p, v);
  m.build();
  const toks = tokenize(text);
  return m.findAll(toks).map((x) => ({ text: text.slice(toks[x.start].start, toks[x.end - 1].end), values: x.values }));
}

describe("gap phrases", () => {
  it("matches the tail when the head stands before it, the gap holding words", () => {
    expect(run([["راهی ... شد", "visit"]], "وزیر دیروز راهی ژنو شد")).toEqual([{ text: "شد", values: ["visit"] }]);
  });
  it("matches a two-word tail, spaced or joined by ZWNJ as in the lexicon or not", () => {
    expect(run([["بر اهمیت ... تأکید کرد", "stress"]], "او بر اهمیت گسترش روابط تاکید کرد")).toEqual([{ text: "تاکید کرد", values: ["stress"] }]);
  });
  it("matches with an empty gap", () => {
    expect(run([["راهی ... شد", "visit"]], "او راهی شد")).toEqual([{ text: "شد", values: ["visit"] }]);
  });
  it("needs the head: the tail alone is no match", () => {
    expect(run([["راهی ... شد", "visit"]], "جلسه برگزار شد")).toEqual([]);
  });
  it("does not reach over punctuation or past the gap's length", () => {
    expect(run([["راهی ... شد", "visit"]], "او راهی، ژنو شد")).toEqual([]);
    const far = Array.from({ length: MAX_GAP + 1 }, (_, i) => `کلمه${i}`).join(" ");
    expect(run([["راهی ... شد", "visit"]], `او راهی ${far} شد`)).toEqual([]);
  });
  it("reaches as far as a phrase's own length written after its mark (\"پذیرای ...12 بود\"), and no further", () => {
    const text = "نخست وزیر پذیرای هیئتی به ریاست علی بابایی معاون وزیر امور خارجه جمهوری آذربایجان بود";
    expect(run([["پذیرای ... بود", "meet"]], text)).toEqual([]);
    expect(run([["پذیرای ...12 بود", "meet"]], text)).toEqual([{ text: "بود", values: ["meet"] }]);
    const far = Array.from({ length: 13 }, (_, i) => `کلمه${i}`).join(" ");
    expect(run([["پذیرای ...12 بود", "meet"]], `او پذیرای ${far} بود`)).toEqual([]);
  });
  it("does not reach over the object marker «را»: the gap holds a complement, never a direct object", () => {
    expect(run([["با ... دست داد", "meet"]], "او با همتایش دست داد")).toEqual([{ text: "دست داد", values: ["meet"] }]);
    expect(run([["با ... دست داد", "meet"]], "او با این کار اعتبارش را از دست داد")).toEqual([]);
  });
  it("a tail written after a comma (\"talks in ... , where\") matches right after a comma only, and the gap ends there", () => {
    const phrases: Array<[string, string]> = [["talks in ... , where", "meet"]];
    expect(run(phrases, "It came after talks in Quito, where the two ministers agreed")).toEqual([{ text: "where", values: ["meet"] }]);
    expect(run(phrases, "It came after talks in Quito where the two ministers agreed")).toEqual([]);
    expect(run(phrases, "It came after talks in Quito, and later, where it rained")).toEqual([]);
    expect(run(phrases, "It came after talks in Quito; where next")).toEqual([]);
    expect(run([["talks in ... where", "meet"]], "It came after talks in Quito, where the two ministers agreed")).toEqual([]);
  });
  it("joins the plain matches: values merge on the same span, an overlapping gap match yields", () => {
    expect(run([["به ... سفر کرد", "visit"], ["سفر کرد", "trip"]], "او به ژنو سفر کرد")).toEqual([{ text: "سفر کرد", values: ["trip", "visit"] }]);
    expect(run([["راهی ... شد", "visit"], ["ژنو شد", "other"]], "او راهی ژنو شد")).toEqual([{ text: "ژنو شد", values: ["other"] }]);
  });
});
