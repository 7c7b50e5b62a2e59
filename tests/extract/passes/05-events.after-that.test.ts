// Pass 5 (events, via _event-dates): Arabic adverbials that tell an event as following the one just reported —
// «إثر ذلك» (right after that), «عقب ذلك», «وعقب المباحثات» (after the talks), «في ختام المباحثات» — date an undated
// meeting or signing by that one's day, as «بعد ذلك» and «في وقت لاحق» do; not when a length of time follows
// («إثر ذلك بيومين»: two days after that). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-06-14"; // a Friday
const RUTO = P("william-ruto");
const ABIY = P("abiy-ahmed");
const MUDAVADI = P("musalia-mudavadi");

describe("pass 5: «إثر ذلك» and «وعقب المباحثات» date what follows by the event just reported", () => {
  it("«إثر ذلك عقد X جلسة مباحثات مع Y» after a dated reception: the same day", () => {
    const f = facts(
      "نيروبي - استقبل الرئيس الكيني وليام روتو في القصر الرئاسي أمس الخميس رئيس الوزراء الإثيوبي آبي أحمد. إثر ذلك عقد وزير الخارجية الكيني موساليا مودافادي جلسة مباحثات مع آبي أحمد.",
      D,
    );
    expect(met(f, RUTO, ABIY).map((e) => e.date)).toEqual(["2024-06-13"]);
    expect(met(f, MUDAVADI, ABIY).map((e) => e.date)).toContain("2024-06-13");
  });

  it("«وعقب المباحثات، وقع X وY مذكرة تفاهم»: the signers met on the day of the talks", () => {
    const f = facts(
      "نيروبي - أجرى الرئيس الكيني وليام روتو أمس الخميس مباحثات مع رئيس الوزراء الإثيوبي آبي أحمد. وعقب المباحثات، وقع موساليا مودافادي ونظيره الإثيوبي تاي أتسكي سيلاسي مذكرة تفاهم للتعاون في مجال الطاقة.",
      D,
    );
    expect(met(f, MUDAVADI, P("taye-atske-selassie")).map((e) => e.date)).toContain("2024-06-13");
  });

  it("«إثر ذلك بيومين» (two days after that) does not give the meeting that day", () => {
    const f = facts(
      "نيروبي - استقبل الرئيس الكيني وليام روتو في القصر الرئاسي يوم الثلاثاء رئيس الوزراء الإثيوبي آبي أحمد. إثر ذلك بيومين عقد وزير الخارجية الكيني موساليا مودافادي جلسة مباحثات مع آبي أحمد.",
      D,
    );
    expect(met(f, MUDAVADI, ABIY).map((e) => e.date)).not.toContain("2024-06-11");
  });
});
