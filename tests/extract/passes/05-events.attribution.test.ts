// Pass 5: the source a report is attributed to after a comma ("X met Y on Sunday, Z said", «…، Z گفت») is no side of
// the event (src/extract/passes/_reported-speech.reportedCut). Sentences written for these tests.
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

describe("pass 5: a speech verb before the event whose report names its own subject leaves the speaker out", () => {
  for (const text of [
    "Giorgia Meloni said Olaf Scholz met Emmanuel Macron in Paris on Monday.",
    "Italian Prime Minister Giorgia Meloni said on Tuesday that Chancellor Olaf Scholz had met President Emmanuel Macron in Paris.",
    "وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن المستشار الألماني أولاف شولتس التقى الرئيس الفرنسي إيمانويل ماكرون في باريس.",
    "وصرحت جورجيا ميلوني بأن أولاف شولتس التقى إيمانويل ماكرون في باريس يوم الاثنين.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, A, B)).toHaveLength(1);
      expect(met(f, S, A)).toEqual([]);
      expect(met(f, S, B)).toEqual([]);
    });
  }
  it("with no subject of its own, the report is the speaker's meeting ('said he met', «قال إنه التقى»)", () => {
    expect(met(facts("Olaf Scholz said he met Emmanuel Macron in Paris on Monday.", D), A, B)).toHaveLength(1);
    expect(met(facts("وقال أولاف شولتس إنه التقى إيمانويل ماكرون في باريس يوم الاثنين.", D), A, B)).toHaveLength(1);
  });
  it("a person before a verb-final event word is its object, not the report's subject ('said he would discuss it with Y by phone')", () => {
    const f = facts("Olaf Scholz said he would discuss the matter with Emmanuel Macron by phone.", D);
    expect(f.events.filter((e) => e.kind === "call").map((e) => e.participants.map((p) => f.mentions[p].lexiconId).sort())).toEqual([[B, A].sort()]);
  });
  it("'X told Y that …' has a listener, who is no subject of the report", () => {
    expect(met(facts("Olaf Scholz told Emmanuel Macron that he would meet Giorgia Meloni.", D), B, S)).toEqual([]);
  });
  it("a report that opens with the event word tells of it; a 'where' clause after the trip's date meets at its place", () => {
    const f = facts("وصرحت جورجيا ميلوني بأن اللقاء تناول العلاقات، في ضوء زيارة أولاف شولتس إلى باريس الشهر الماضي، حيث التقى إيمانويل ماكرون.", D);
    expect(met(f, S, A)).toEqual([]);
    const m = met(f, A, B);
    expect(m).toHaveLength(1);
    expect(m[0].place).toBe("place/paris");
  });
});

describe("pass 5: the source an attribution names is no side of the event (cues.json attribution)", () => {
  for (const text of [
    "According to Giorgia Meloni, Olaf Scholz met Emmanuel Macron in Paris on Monday.",
    "Olaf Scholz met Emmanuel Macron in Paris on Monday, according to Giorgia Meloni.",
    "به گفته جورجا ملونی نخست‌وزیر ایتالیا، اولاف شولتس روز دوشنبه در پاریس با امانوئل ماکرون دیدار کرد.",
    "ووفقا لجورجيا ميلوني، التقى أولاف شولتس إيمانويل ماكرون في باريس يوم الاثنين.",
    "وبحسب جورجيا ميلوني فإن أولاف شولتس التقى إيمانويل ماكرون في باريس يوم الاثنين.",
  ]) {
    it(text, () => {
      const f = facts(text, D);
      expect(met(f, A, B)).toHaveLength(1);
      expect(met(f, S, A)).toEqual([]);
    });
  }
  it("Persian «وزارت» (a ministry) is no visit: the Arabic «زارت» with a glued و is no Persian word", () => {
    const f = facts("به گفته سخنگوی وزارت خارجه ایتالیا، اولاف شولتس روز دوشنبه با امانوئل ماکرون دیدار کرد.", D);
    expect(f.events.filter((e) => e.kind === "visit")).toEqual([]);
  });
});

describe("pass 5: a source said to be there is a side", () => {
  it("'…, according to Z, who was present': Z was at the meeting", () => {
    expect(met(facts("Olaf Scholz met Emmanuel Macron in Paris on Monday, according to Giorgia Meloni, who was present.", D), S, A)).toHaveLength(1);
  });
});
