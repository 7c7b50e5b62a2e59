// Pass 5 (_event-dates.laterThanPaper): a contact dated by a weekday told as the coming one ("next Thursday",
// «الخميس المقبل») falls after the paper's day, so it is a plan, not a meeting held — as one dated "tomorrow" is.
// A bare weekday is left alone (its binding may be wrong). Found by the gazettes suite; sentences written for these
// tests.
import { describe, expect, it } from "vitest";
import { events, facts, P } from "./helpers.js";

const D = "2024-03-12"; // a Tuesday
const RUTO = P("william-ruto");
const MUSEVENI = P("yoweri-museveni");

describe("pass 5: a contact of 'next Thursday' is a plan", () => {
  it("English: 'meets … next Thursday'", () => {
    const f = facts("Kenyan President William Ruto meets Ugandan President Yoweri Museveni in Kampala next Thursday, his office said.", D);
    const e = events(f).filter((x) => x.who.includes(RUTO) && x.who.includes(MUSEVENI));
    expect(e.map((x) => [x.kind, x.date])).toEqual([["planned", "2024-03-14"]]);
  });
  it("Arabic: «يترأس … قمة … يوم الخميس المقبل»", () => {
    const f = facts("نيروبي - يترأس الرئيس الكيني وليام روتو قمة مع الرئيس الأوغندي يويري موسيفيني في كمبالا يوم الخميس المقبل.", D);
    const e = events(f).filter((x) => x.who.includes(RUTO) && x.who.includes(MUSEVENI));
    expect(e.map((x) => x.kind)).not.toContain("meeting");
  });
});
