// Pass 5 (_event-dates.ts): a contact told by the ceremony it came before or after ("met Y before the signing
// ceremony") in a sentence that dates nothing is of the day of the signing told before it, past a retelling of that
// signing with no day of its own. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, type Ev } from "./helpers.js";

/** The days of the meetings of a person (a surname written alone may stay its own mention). */
const daysOf = (evs: Ev[], who: string) => evs.filter((e) => e.kind === "meeting" && e.who.includes(who)).map((e) => e.date);

const D = "2024-03-13"; // a Wednesday

describe("a contact before or after a ceremony takes the signing's day", () => {
  it("en: 'X met Y before the signing ceremony'", () => {
    const f = facts("A customs memorandum between Norway and Chile was signed in Santiago on Tuesday. The document was signed by Trade Minister Halvard Ostberg and his Chilean counterpart. Ostberg met Governor Emil Varga before the signing ceremony.", D);
    expect(daysOf(events(f), "Emil Varga")).toEqual(["2024-03-12"]);
  });
  it("fa: «X پیش از مراسم امضا با Y دیدار کرد»", () => {
    const f = facts("یادداشت تفاهم همکاری‌های بندری میان ایران و عمان روز سه‌شنبه در مسقط امضا شد. این سند را مهدی کاظمیان رئیس سازمان بنادر ایران و همتای عمانی او امضا کردند. کاظمیان پیش از مراسم امضا با سالم المعمری وزیر حمل و نقل عمان دیدار کرد.", D);
    expect(daysOf(events(f), "سالم المعمری")).toEqual(["2024-03-12"]);
  });
});

describe("not when the day is not the ceremony's to give", () => {
  it("no ceremony named: the meeting stays undated", () => {
    const f = facts("A customs memorandum between Norway and Chile was signed in Santiago on Tuesday. Trade Minister Halvard Ostberg met Governor Emil Varga.", D);
    expect(daysOf(events(f), "Emil Varga")).not.toContain("2024-03-12");
  });
  it("a signing sentence that names two days does not say which is the ceremony's", () => {
    const f = facts("Talks opened in Santiago on Monday and a customs memorandum between Norway and Chile was signed there on Tuesday. Trade Minister Halvard Ostberg met Governor Emil Varga after the ceremony.", D);
    const days = daysOf(events(f), "Emil Varga");
    expect(days).not.toContain("2024-03-11");
  });
});
