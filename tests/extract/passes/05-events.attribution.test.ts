// Pass 5: the source a report is attributed to after a comma ("X met Y on Sunday, Z said", «…، Z گفت») is no side of
// the event (src/extract/passes/_event-parts.reportedCut). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";
const S = "person/giorgia-meloni";

describe("pass 5: '…, X said' names the source, not a participant", () => {
  for (const text of [
    "Olaf Scholz met Emmanuel Macron in Paris on Monday, Giorgia Meloni said.",
    "Olaf Scholz met Emmanuel Macron in Paris on Monday, Italian Prime Minister Giorgia Meloni told reporters.",
    "Olaf Scholz held talks with Emmanuel Macron on Monday, and Giorgia Meloni later said they had gone well.",
    "اولاف شولتس روز دوشنبه در پاریس با امانوئل ماکرون دیدار کرد، جورجا ملونی گفت.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, A, B)).toHaveLength(1);
      expect(met(f, S, A)).toEqual([]);
    });
  }
});

describe("pass 5: the people of the event before the attribution stay", () => {
  it("a list of three before ', X said'", () => {
    const f = facts("Olaf Scholz met Emmanuel Macron and Giorgia Meloni in Rome on Monday, Pedro Sanchez said.", D);
    expect(met(f, A, S)).toHaveLength(1);
    expect(met(f, B, S)).toHaveLength(1);
    expect(met(f, "person/pedro-sanchez", A)).toEqual([]);
  });
});

describe("pass 5: a fronted phrase with no one before its event word has the speaker as its subject", () => {
  for (const text of [
    "After talks with Emmanuel Macron in Paris on Monday, Olaf Scholz told reporters the two countries would deepen trade with Italy.",
    "After meeting Emmanuel Macron in Paris on Monday, Olaf Scholz said Europe must act together.",
    "پس از دیدار با امانوئل ماکرون در پاریس، اولاف شولتس به خبرنگاران گفت دو کشور تجارت را گسترش می‌دهند.",
    "وعقب لقائه الرئيس الفرنسي إيمانويل ماكرون في باريس، قال المستشار الألماني أولاف شولتس إن البلدين سيعززان التجارة.",
  ]) {
    it(text, () => {
      expect(met(facts(text, D), A, B)).toHaveLength(1);
    });
  }
  it("'After the talks, Z said A and B agreed …': Z is no side, and what Z says is no meeting of Z", () => {
    const f = facts("After the talks, Giorgia Meloni said Olaf Scholz and Emmanuel Macron agreed to deepen trade.", D);
    expect(met(f, S, A)).toEqual([]);
    expect(met(f, S, B)).toEqual([]);
  });
});
