// Pass 2 (titles, _descriptors.namesAfterHeadedBy): a name no lexicon knows right after a cue of who heads a body or a
// delegation (cues.json headedBy: بقيادة، برئاسة، به ریاست، led by). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2024-05-07";

describe("pass 2: a name after a cue of who heads a body", () => {
  it("Arabic 'بقيادة X' (led by), a family name that is a common word", () => {
    const who = people(facts("وأعلنت جبهة التحرير الشعبية بقيادة عبد الرحيم الأسمر رفضها للاتفاق الموقع في الدوحة.", D));
    expect(who).toContain("عبد الرحيم الأسمر");
  });
  it("Arabic 'برئاسة X'", () => {
    const who = people(facts("ووصل إلى الخرطوم وفد من الحركة برئاسة عبد الرحيم الأسمر أمس.", D));
    expect(who).toContain("عبد الرحيم الأسمر");
  });
  it("a name that may go on past the words the name-word model reads is left unread, not cut", () => {
    const who = people(facts("وقالت الحركة بقيادة عبد الرحيم محمد نور إنها لن تشارك في الجولة.", D));
    expect(who.filter((p) => p.startsWith("عبد الرحيم"))).toEqual([]);
  });
});
