// Pass 5: a comma between the names of one list is no cut between two events of the clause (_list-commas): the
// people a fronted phrase of the meeting is followed by all join it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 5: the commas of a list of names", () => {
  it("«در دیدار دوم که …، A …، B … و C … نیز حضور داشتند» joins all three to the meeting", () => {
    const f = facts(
      "ولادیمیر پوتین رئیس جمهوری روسیه روز دوشنبه در حاشیه اجلاس با رجب طیب اردوغان رئیس جمهوری ترکیه دیدار کرد. در نشست دوم که عصر همان روز برگزار شد، نارندرا مودی نخست‌وزیر هند، سیریل رامافوزا رئیس جمهوری آفریقای جنوبی و شی جین‌پینگ رئیس جمهوری چین نیز حضور داشتند.",
      "2024-10-23",
    );
    for (const p of ["person/narendra-modi", "person/cyril-ramaphosa", "person/xi-jinping"]) expect(met(f, "person/vladimir-putin", p).length).toBeGreaterThan(0);
  });

  it("two meetings of a sentence, the second after a comma, stay apart", () => {
    const f = facts("ولادیمیر پوتین روز دوشنبه با رجب طیب اردوغان دیدار کرد، نارندرا مودی و شی جین‌پینگ نیز روز سه‌شنبه با یکدیگر دیدار کردند.", "2024-10-23");
    expect(met(f, "person/vladimir-putin", "person/recep-tayyip-erdogan").length).toBeGreaterThan(0);
    expect(met(f, "person/narendra-modi", "person/xi-jinping").length).toBeGreaterThan(0);
    expect(met(f, "person/vladimir-putin", "person/xi-jinping")).toEqual([]);
  });
});
