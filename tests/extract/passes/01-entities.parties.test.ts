// Pass 1 (entities): the parties, state companies and intergovernmental groups of organizations-parties.json in
// sentences written for this test, in each language; a generic party name inside a longer unknown one is not read
// as the lexicon party.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgs = (text: string) => facts(text, "2024-03-10").mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId ?? m.text);

describe("pass 1: parties, state companies and intergovernmental groups", () => {
  it("finds parties by name and acronym in each language", () => {
    expect(orgs("Leaders of the PML-N and the Pakistan Peoples Party met in Lahore on Sunday.")).toEqual(expect.arrayContaining(["org/pml-n", "org/ppp-pakistan"]));
    expect(orgs("The Pakistan Muslim League-Nawaz said it would join the coalition talks.")).toContain("org/pml-n");
    expect(orgs("رهبر حزب جمهوری‌خواه خلق ترکیه روز یکشنبه در آنکارا سخنرانی کرد.")).toContain("org/chp");
    expect(orgs("أعلنت حركة النهضة التونسية مقاطعتها للانتخابات في تونس.")).toContain("org/ennahda");
  });

  it("finds national oil companies and intergovernmental groups", () => {
    expect(orgs("Sonatrach signed a gas supply deal with Eni in Algiers.")).toContain("org/sonatrach");
    expect(orgs("وقعت شركة سوناطراك اتفاقا مع شركة النفط الوطنية النيجيرية في الجزائر.")).toEqual(expect.arrayContaining(["org/sonatrach", "org/nnpc"]));
    expect(orgs("نشست وزیران گروه ۷۷ و چین در نیویورک برگزار شد.")).toContain("org/g77");
  });

  it("reads no lexicon party inside a longer party name it does not know", () => {
    expect(orgs("The Social Democratic Party of Finland and the Christian Democratic Party joined the coalition in Helsinki.")).not.toContain("org/us-democratic-party");
    expect(orgs("قاطع الحزب الجمهوري التونسي الانتخابات في تونس.")).not.toContain("org/us-republican-party");
  });
});
