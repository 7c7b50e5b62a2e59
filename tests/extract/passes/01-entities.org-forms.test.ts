// Pass 1 (entities): a state company read in the Arabic forms its lexicon entry lists (organizations-parties.json:
// CNPC as «مؤسسة البترول الوطنية الصينية» and «مؤسسة النفط الوطنية الصينية», the Arabic press's forms). Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const orgIds = (text: string) => facts(text, "2024-05-07").mentions.filter((m) => m.kind === "organization").map((m) => m.lexiconId);

describe("pass 1: the Arabic press's forms of a state oil company", () => {
  it("«مؤسسة البترول الوطنية الصينية» and «مؤسسة النفط الوطنية الصينية» are CNPC", () => {
    expect(orgIds("بغداد - وقعت وزارة النفط العراقية عقدا مع مؤسسة البترول الوطنية الصينية لتطوير حقل الحلفاية.")).toContain("org/cnpc");
    expect(orgIds("أبوجا - بحثت الحكومة النيجيرية مع مؤسسة النفط الوطنية الصينية تمويل مصفاة جديدة.")).toContain("org/cnpc");
  });
});
