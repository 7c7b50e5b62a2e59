// Pass 1 (lexicon): Dari writes the United Nations «ملل متحد» without «سازمان» («سرمنشی ملل متحد», «نماینده خاص ملل
// متحد»), as Afghan media do. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

describe("pass 1: «ملل متحد» is the UN", () => {
  it("after a title word", () => {
    const f = facts("نماینده خاص سرمنشی ملل متحد روز دوشنبه در کابل با خبرنگاران صحبت کرد.", "2012-05-14");
    expect(f.mentions.some((m) => m.kind === "organization" && m.lexiconId === "org/un")).toBe(true);
  });
});
