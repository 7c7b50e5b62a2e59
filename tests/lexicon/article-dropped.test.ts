// The lexicon loader (lexicon/index.ts, articleDroppedVariants) also reads an English name whose Arabic family name
// is written with the article ("al-Majali", "el-Sisi") without it, as much of the region's English press writes it.
// Sentences of this test written for it.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/ingest/index.js";
import { articleDroppedVariants } from "../../src/lexicon/index.js";
import type { Article } from "../../src/model.js";
import { processArticle } from "../../src/pipeline.js";

describe("articleDroppedVariants: a last word 'al-X' / 'el-X' is also read 'X'", () => {
  it("drops the article of the last word only", () => {
    expect(articleDroppedVariants("Abdul Salam al-Majali")).toEqual(["Abdul Salam al-Majali", "Abdul Salam Majali"]);
    expect(articleDroppedVariants("Abdel Fattah el-Sisi")).toEqual(["Abdel Fattah el-Sisi", "Abdel Fattah Sisi"]);
  });
  it("leaves a one-word form, a form with no article and an article inside the name as written", () => {
    expect(articleDroppedVariants("al-Majali")).toEqual(["al-Majali"]);
    expect(articleDroppedVariants("Ayman Safadi")).toEqual(["Ayman Safadi"]);
    expect(articleDroppedVariants("Ali al-Sistani Najafi")).toEqual(["Ali al-Sistani Najafi"]);
  });
  it("an article that writes the family name bare finds the lexicon's person", () => {
    const text = "date 1994-06-14\n\nAMMAN — Prime Minister Abdul Salam Majali received the visiting Egyptian minister on Monday. Majali said talks went well.";
    const r = processArticle(articleFromText(text, { uri: "t.txt" }) as Article);
    expect(r.people.map((p) => p.name)).toContain("Abdelsalam al-Majali");
  });
});
