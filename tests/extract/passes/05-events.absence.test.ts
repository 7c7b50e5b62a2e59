// Pass 5, Arabic: who is said to be absent is at no meeting — a clause of absence after a comma («…، فيما غاب X»,
// cues.json contrast: the comma is a clause break, so the presence list before it ends there) and a verb of absence
// before the meeting noun («غاب عن القمة X», events.json negation); and phone calls told in the plural («أجرى
// اتصالات هاتفية مع A وB», events.json call) are calls, no meeting. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2000-10-23";
const MUBARAK = P("hosni-mubarak");
const ASSAD = P("bashar-al-assad");
const ABDULLAH2 = P("abdullah-ii-of-jordan");
const LAHOUD = P("emile-lahoud");
const ARAFAT = P("yasser-arafat");

describe("pass 5: absence and calls in the plural", () => {
  it("a presence list ends where «فيما غاب» opens a clause of absence", () => {
    const f = facts("ترأس الرئيس حسني مبارك الجلسة الختامية للقمة في القاهرة أمس الأحد، بحضور الملك عبد الله الثاني والرئيس بشار الأسد، فيما غاب الرئيس إميل لحود لأسباب صحية.", D);
    expect(met(f, MUBARAK, ASSAD)).toHaveLength(1);
    expect(met(f, MUBARAK, LAHOUD)).toEqual([]);
    expect(met(f, ASSAD, LAHOUD)).toEqual([]);
  });
  it("who «غاب عن» a meeting is not at it", () => {
    const f = facts("وغاب عن اجتماع القاهرة الرئيس ياسر عرفات، بعدما رفض رئيس الوزراء الإسرائيلي إيهود باراك السماح له بمغادرة غزة.", D);
    expect(events(f, "meeting").filter((e) => e.who.includes(ARAFAT))).toEqual([]);
  });
  it("phone calls in the plural are calls", () => {
    const f = facts("وأجرى الرئيس حسني مبارك أمس الأحد اتصالات هاتفية مع الملك عبد الله الثاني والرئيس بشار الأسد تناولت الإعداد للقمة.", D);
    expect(met(f, MUBARAK, ABDULLAH2)).toEqual([]);
    expect(met(f, MUBARAK, ASSAD)).toEqual([]);
    expect(events(f, "call").some((e) => e.who.includes(MUBARAK) && e.who.includes(ASSAD))).toBe(true);
  });
});
