// Pass 5 (via _modality-scope) on what the neighbours suite found (tests/extract/neighbours): a word of putting off or
// cancelling inside what a speaker is quoted as saying is no modality of the meeting the quotation was said at.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

describe("pass 5: modality inside a quotation", () => {
  it("«… در دیدار با X گفته بود: «… به تعویق انداختن …»» is a meeting held", () => {
    const f = facts("ملک عبدالله دوم پادشاه اردن ۱۰ مهر در دیدار با رجب طیب اردوغان رئیس‌جمهوری ترکیه در آنکارا گفته بود: «هیچ دلیلی برای به تعویق انداختن گفت‌وگو وجود ندارد.»", "2020-10-05");
    expect(met(f, "person/abdullah-ii-of-jordan", "person/recep-tayyip-erdogan").map((e) => e.kind)).toEqual(["meeting"]);
  });
  it('an English quotation: "there is no reason to cancel …" said at a meeting', () => {
    const f = facts('Emmanuel Macron met Olaf Scholz in Berlin on Monday and told reporters: "There is no reason to cancel the summit."', "2023-06-06");
    expect(met(f, "person/emmanuel-macron", "person/olaf-scholz").map((e) => e.kind)).toEqual(["meeting"]);
  });
  it("a cancellation outside the quotation still holds", () => {
    const f = facts("دیدار رجب طیب اردوغان و ملک عبدالله دوم که قرار بود ۱۰ مهر در آنکارا برگزار شود لغو شد و سخنگوی دولت گفت: «تاریخ تازه‌ای اعلام خواهد شد.»", "2020-10-05");
    expect(events(f, "meeting").filter((e) => e.who.includes("person/recep-tayyip-erdogan"))).toEqual([]);
  });
});
