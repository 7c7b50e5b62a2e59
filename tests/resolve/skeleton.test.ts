// resolveMentions: a name no lexicon form matches is a lexicon person when it has that person's consonant skeleton
// AND is written within a few letters of one of the person's names in the same script (a spelling variant:
// ترمب for ترامب), not merely when the skeletons agree (the skeleton drops vowels, v/w/f and folds k/q/g, so
// unrelated short names share one: حامد محمدی and Ouhoumoudou Mahamadou are both "hmd mhmd").
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

const peopleOf = (text: string) => processArticle(articleFromText(`date 2025-03-04\n\n${text}`, { uri: "t.txt" }) as Article).people.map((p) => p.id);

describe("a spelling variant of a lexicon name", () => {
  it("is that person ('دونالد ترمب', a spelling of ترامب)", () => {
    expect(peopleOf("رئیس‌جمهور آمریکا، دونالد ترمب، روز دوشنبه در واشنگتن با حامد رضایی دیدار کرد.")).toContain("person:donald-trump");
  });
  it("an unknown name that only shares a lexicon person's skeleton is someone new", () => {
    const ids = peopleOf("حامد محمدی، استاندار تازه، روز دوشنبه در شیراز با مهدی کریمی دیدار کرد.");
    expect(ids).not.toContain("person:ouhoumoudou-mahamadou");
    expect(ids.some((id) => id.startsWith("person:x-"))).toBe(true);
  });
});

describe("a skeleton two lexicon people share", () => {
  it("is the one of them the name is spelled like ('Isaias Afewerki': Afwerki, not Youssef Raggi of the same skeleton)", () => {
    const ids = peopleOf("President Isaias Afewerki received the visiting Sudanese envoy in Asmara on Monday.");
    expect(ids).toContain("person:isaias-afwerki");
    expect(ids).not.toContain("person:youssef-rajji");
  });
});
