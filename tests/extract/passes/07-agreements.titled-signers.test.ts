// Pass 7 (via _titled-signers, run by pass 2b): an Arabic signing whose signers stand with their long titles between
// the verb and the document (the verb first: وقع + subjects + document) is an agreement of those signers and a
// meeting of theirs, however long the titles; not a verb with other words between it and a document. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { agreements, facts, met } from "./helpers.js";

const SALIM = "سالم بن ناصر العوفي";
const KAPINGA = "جانوري كابينغا";
const MWANGI = "بيتر موانغي";

describe("pass 7: Arabic signers with their titles between وقع and the document", () => {
  const three = facts(
    "مسقط - وقع وزير الطاقة والمعادن، سالم بن ناصر العوفي، ووزير الطاقة والموارد الطبيعية التنزاني، جانوري كابينغا، ووزير النفط والتعدين الكيني، بيتر موانغي، اليوم الأحد في مسقط، على مذكرة تفاهم للتعاون في مجال الهيدروجين.",
    "2024-03-17",
  );

  it("three ministers, each with a title set off by commas, sign one memorandum: one agreement of the three", () => {
    const a = agreements(three);
    expect(a.some((x) => [SALIM, KAPINGA, MWANGI].every((p) => x.who.includes(p)))).toBe(true);
  });

  it("and their signing is their meeting, on the day the sentence gives", () => {
    expect(met(three, SALIM, KAPINGA).map((e) => e.date)).toContain("2024-03-17");
    expect(met(three, KAPINGA, MWANGI).length).toBeGreaterThan(0);
  });

  it("two signers, the first behind an honorific chain and a long portfolio, the second a foreign minister named in full", () => {
    const f = facts(
      "الرياض - وفي وقت سابق من يوم أمس وقع معالي وزير البيئة والمياه والزراعة المهندس عبدالرحمن بن عبدالمحسن الفضلي ووزير الخارجية الفيتنامي بوي ثانه سون اتفاقية للتعاون الزراعي بين حكومتي البلدين.",
      "2024-05-07",
    );
    expect(agreements(f).some((x) => x.who.includes("person/bui-thanh-son") || x.who.some((w) => w.includes("بوي ثانه سون")))).toBe(true);
  });

  it("no agreement where the words between the verb and a document are no signers and their titles", () => {
    const f = facts(
      "بيروت - وقع الانفجار الكبير قرب مرفأ المدينة صباح اليوم وأدى إلى تدمير مئات المنازل والمحال التجارية في الأحياء المجاورة قبل أسبوع من موعد توقيع اتفاقية إعادة الإعمار.",
      "2024-05-07",
    );
    expect(agreements(f).filter((x) => x.status !== "planned")).toEqual([]);
  });
});

describe("pass 7: the adjuncts and brackets between وقع and the document (gazettes suite)", () => {
  it("a date with both month names («12 آذار/مارس 2021») between the signers and the document", () => {
    const f = facts(`وقع وزير المالية الكيني ${MWANGI} ووزير التجارة التنزاني ${KAPINGA}، أمس الجمعة 12 آذار/مارس 2021، في مدينة أروشا مذكرة تفاهم لتسهيل التجارة.`, "2021-03-13");
    expect(agreements(f).some((a) => a.status === "signed" && a.who.includes(MWANGI) && a.who.includes(KAPINGA))).toBe(true);
    expect(met(f, MWANGI, KAPINGA).map((e) => e.date)).toEqual(["2021-03-12"]);
  });

  it("a bracket round a body's acronym in a signer's title («… (إيكواس) X»)", () => {
    const f = facts(`وقع الوزير التنزاني ${KAPINGA} ورئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) ${MWANGI}، اليوم في أبوجا، اتفاقا للتعاون الفني.`, "2021-03-13");
    expect(agreements(f).some((a) => a.who.includes(MWANGI) && a.who.includes(KAPINGA))).toBe(true);
  });
});
