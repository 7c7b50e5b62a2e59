// Pass 1 (entities) and 2c: organisation forms the lexicon reads only in context (types.ts OrgEntry): a country's
// body named by the generic word ("Congress", "Senate": contextNames) is that country's only where the article names
// the country; a one-word form that is a common word («المفوضية», "the commission": ambiguousNames) is the body only
// where the article names it in a longer form. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgIds = (text: string) => facts(text, "2024-05-07").mentions.filter((m) => m.kind === "organization" && m.confidence > 0).map((m) => m.lexiconId ?? m.text);

describe("pass 1: a generic name of a country's body, read only where the article names the country", () => {
  it("'Congress' and 'Senate' are the US bodies in an article on the United States, no US body in Manila or Abuja", () => {
    expect(orgIds("WASHINGTON — The Senate approved the aid package on Thursday, and Congress is expected to follow.")).toEqual(["org/us-senate", "org/us-congress"]);
    expect(orgIds("The bill reached Congress after the speech, American officials said.")).toContain("org/us-congress");
    expect(orgIds("MANILA — The autonomy law still needs the approval of Congress, Senate President Ramon Dizon told reporters.")).toEqual([]);
    expect(orgIds("ABUJA — The Senate confirmed the new ministers on Tuesday.")).toEqual([]);
    // the Persian and Arabic press's "the Congress party" is India's where the article names India
    expect(orgIds("در دهلی نو، رهبر حزب کنگره با نخست وزیر دیدار کرد.")).toEqual(["org/inc"]);
    expect(orgIds("وقال حزب المؤتمر في الخرطوم إن الانتخابات ستجري في موعدها.")).not.toContain("org/inc");
    // the longer forms need no context
    expect(orgIds("The US Senate and the US Congress were briefed on the talks in Geneva.")).toEqual(["org/us-senate", "org/us-congress"]);
  });
});

describe("pass 2c: a one-word form that is a common word, read only beside a longer form", () => {
  it("«المفوضية» is UNHCR after UNHCR's full name, not after the European Commission nor alone", () => {
    expect(orgIds("وقالت المفوضية الأوروبية إن المفوضية ستعرض خطة جديدة للهجرة.")).toEqual(["org/european-commission"]);
    expect(orgIds("ودعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إلى دعم المخيمات، وقالت المفوضية إن التمويل تراجع.")).toEqual(["org/unhcr", "org/unhcr"]);
    expect(orgIds("وقالت المفوضية إن الانتخابات ستجري في موعدها.")).toEqual([]);
  });
});
