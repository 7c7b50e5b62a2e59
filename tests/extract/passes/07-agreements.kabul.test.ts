// Pass 7 on a construction the kabul suite found (tests/extract/kabul): "the three ministers agreed" after a
// three-way meeting («سه وزیر توافق کردند», "the three ministers", «الوزراء الثلاثة»: cues.json bothSides) is an
// agreement of the meeting's three people, as "the two ministers" is of two. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts, P } from "./helpers.js";

const WANG = P("wang-yi");
const RABBANI = P("salahuddin-rabbani");
const ASIF = P("khawaja-asif");

describe("pass 7: the three of a three-way meeting agree", () => {
  it("fa: «سه وزیر توافق کردند که …»", () => {
    const f = facts("وانگ یی روز سه‌شنبه در پکن با صلاح‌الدین ربانی و خواجه محمد آصف دیدار کرد. به گفته وزارت خارجه چین، سه وزیر توافق کردند که همکاری اقتصادی را گسترش دهند.", "2017-12-27");
    expect(agreements(f).some((a) => [WANG, RABBANI, ASIF].every((p) => a.who.includes(p)))).toBe(true);
  });
  it("en: 'the three ministers agreed to …'", () => {
    const f = facts("Wang Yi met Salahuddin Rabbani and Khawaja Asif in Beijing on Tuesday. The three ministers agreed to expand economic cooperation.", "2017-12-27");
    expect(agreements(f).some((a) => [WANG, RABBANI, ASIF].every((p) => a.who.includes(p)))).toBe(true);
  });
});
