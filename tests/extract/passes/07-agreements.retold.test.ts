// Pass 7: an agreement told again later in the article is the one reported before (_retold.ts), and an agreement
// whose sides' people just met is reached at that meeting, taking its day (_agreement-clause meetingOfSides).
// Sentences written for these tests; dates through the whole pipeline, as the loader derives them.
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../src/ingest/index.js";
import type { Article } from "../../../src/model.js";
import { processArticle } from "../../../src/pipeline.js";
import { deriveEvents } from "../../../src/resolve/coref.js";

/** The derived agreements of an article published on 2024-03-14 (a Thursday): their day and sides. */
function derived(text: string): Array<{ date: string | null; parties: string[] }> {
  const r = processArticle(articleFromText(`published: 2024-03-14\n\n${text}`, { uri: "t.txt" }) as Article);
  return deriveEvents(r.events, r.agreements).agreements.map((a) => ({ date: a.date, parties: [...a.partyIds].sort() }));
}

describe("pass 7: an agreement told again", () => {
  it("a document named by a relative clause (اسنادی که … امضا کردند) is the one just reported, not a second (fa)", () => {
    const a = derived("اسناد همکاری میان ایران و ارمنستان روز دوشنبه امضا شد. رئیس جمهور ارمنستان از این روابط استقبال کرد. اسنادی که وزرای دو کشور امضا کردند عبارت بودند از: یادداشت تفاهم حمل و نقل ریلی و یادداشت تفاهم آموزش.");
    expect(a).toEqual([{ date: "2024-03-11", parties: ["place:armenia", "place:iran"] }]);
  });

  it("… but one of other states on another day is a second document (fa)", () => {
    const a = derived("ایران و ارمنستان روز دوشنبه یک یادداشت تفاهم در زمینه انرژی امضا کردند. قراردادی که روز سه‌شنبه میان ایران و ترکیه امضا شد درباره گاز است.");
    expect(a).toHaveLength(2);
    expect(a).toContainEqual({ date: "2024-03-12", parties: ["place:iran", "place:turkey"] });
  });

  it("'the agreement with Uganda … was signed by X and Y' is Uganda's, not the deal with another state just before it (en)", () => {
    const r = processArticle(articleFromText("published: 2024-03-14\n\nKenya and Uganda signed an agreement on an oil pipeline in Nairobi on Monday. Officials said exports would start in 2026. Kenya and Tanzania signed a deal on roads on Tuesday. The agreement with Uganda was signed by Kenyan Energy Minister Davis Chirchir and Ugandan Energy Minister Ruth Nankabirwa.", { uri: "t.txt" }) as Article);
    const a = deriveEvents(r.events, r.agreements).agreements;
    expect(a).toHaveLength(2);
    const tanzania = a.find((x) => x.partyIds.includes("place:tanzania"))!;
    expect(tanzania.partyIds).not.toContain("place:uganda");
    expect(tanzania.signatoryIds).toEqual([]);
    expect(a.find((x) => x !== tanzania)!.signatoryIds).toHaveLength(2);
  });
});

describe("pass 7: an agreement reached at the meeting of its sides' people takes its day", () => {
  it("'During the talks, A and B signed …' (en), «در این دیدار …» (fa), «وخلال اللقاء وقعت …» (ar)", () => {
    expect(derived("President Emmerson Mnangagwa met President Hakainde Hichilema in Lusaka on Tuesday. During the talks, Zimbabwe and Zambia signed three memoranda on energy and transport.")).toEqual([{ date: "2024-03-12", parties: ["place:zambia", "place:zimbabwe"] }]);
    expect(derived("رئیس جمهور ایران مسعود پزشکیان روز سه‌شنبه در ایروان با نیکول پاشینیان نخست وزیر ارمنستان دیدار کرد. در این دیدار ایران و ارمنستان سه یادداشت تفاهم در زمینه انرژی امضا کردند.")).toEqual([{ date: "2024-03-12", parties: ["place:armenia", "place:iran"] }]);
    expect(derived("التقى الرئيس عبد الفتاح السيسي الملك عبدالله الثاني في عمان يوم الثلاثاء. وخلال اللقاء وقعت مصر والأردن ثلاث مذكرات تفاهم في مجال الطاقة.")).toEqual([{ date: "2024-03-12", parties: ["place:egypt", "place:jordan"] }]);
  });

  it("… not one the clause dates itself: an older treaty keeps no meeting day (en)", () => {
    expect(derived("President Emmerson Mnangagwa met President Hakainde Hichilema in Lusaka on Tuesday. Zimbabwe and Zambia signed a water treaty in 2019.")).toEqual([{ date: null, parties: ["place:zambia", "place:zimbabwe"] }]);
  });
});

describe("pass 7: the dateline's day dates the report, not the signing the clause dates otherwise", () => {
  /** The days of the derived agreements of an article published on Wednesday 2024-03-06. */
  const days = (text: string) => {
    const r = processArticle(articleFromText(`published: 2024-03-06\n\n${text}`, { uri: "t.txt" }) as Article);
    return deriveEvents(r.events, r.agreements).agreements.map((a) => a.date);
  };
  it("'ANKARA, March 6 (AA) - … signed … on Tuesday' (en), «أنقرة / 6 آذار / مارس / الأناضول – وقعت … أمس الثلاثاء» (ar)", () => {
    expect(days("ANKARA, March 6 (AA) - Turkey and Azerbaijan signed an energy agreement on Tuesday.")).toEqual(["2024-03-05"]);
    expect(days("أنقرة / 6 آذار / مارس / الأناضول – وقعت تركيا وأذربيجان أمس الثلاثاء اتفاقية للتعاون في مجال الطاقة.")).toEqual(["2024-03-05"]);
  });
  it("… and dates it when the clause gives no other day (en)", () => {
    expect(days("ANKARA, March 6 (AA) - Turkey and Azerbaijan signed an energy agreement.")).toEqual(["2024-03-06"]);
  });
});
