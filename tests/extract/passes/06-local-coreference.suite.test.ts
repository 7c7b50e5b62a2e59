// Pass 6 (one report per meeting), more cases written for the extraction suite: the same meeting told twice in
// one article is one meeting; a bare weekday and "today" of the same article are the same day; an undated
// meeting takes the day of the visit it belongs to; different known dates never merge.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const DAR = P("ishaq-dar");
const MUTTAQI = P("amir-khan-muttaqi");

describe("pass 6: reports of one meeting merge", () => {
  it("en: lead and body tell the same meeting once", () => {
    const f = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul on Saturday. During the meeting, Dar and Muttaqi discussed transit trade.", "2025-04-19");
    expect(met(f, DAR, MUTTAQI)).toHaveLength(1);
  });
  it("fa: a partial report (the Afghan side, unnamed) joins the full one and gives it its place", () => {
    const f = facts("اسحاق دار روز شنبه با امیرخان متقی دیدار کرد. این دیدار در کابل و با حضور هیئت افغان برگزار شد.", "2025-04-19");
    const ms = met(f, DAR, MUTTAQI);
    expect(ms).toHaveLength(1);
  });
  it("ar: the same meeting in two sentences is one", () => {
    const f = facts("التقى إسحاق دار أمير خان متقي في كابل السبت. وبحث دار ومتقي خلال اللقاء تجارة الترانزيت.", "2025-04-19");
    expect(met(f, DAR, MUTTAQI)).toHaveLength(1);
  });
  it("different known dates never merge", () => {
    const f = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul on 19 April 2025. Dar met Muttaqi again in Islamabad on 2 May 2025.");
    expect(met(f, DAR, MUTTAQI).map((e) => e.date).sort()).toEqual(["2025-04-19", "2025-05-02"]);
  });
});

describe("pass 6: today and weekday of one article are one day", () => {
  it("ar: اليوم الخميس and a bare الخميس, no publication date", () => {
    const f = facts("التقى إلهام علييف اليوم الخميس نيكول باشينيان في أبوظبي. وكان محمد بن زايد قد استقبل علييف الخميس في قصر الوطن.");
    const anchors = f.events.filter((e) => e.kind === "meeting").map((e) => e.date.anchor ?? e.date.date);
    expect(anchors).toHaveLength(2);
    expect(anchors[0]).toBe(anchors[1]);
  });
  it("with a publication date both are that day", () => {
    const f = facts("التقى إلهام علييف اليوم الخميس نيكول باشينيان في أبوظبي. وكان محمد بن زايد قد استقبل علييف الخميس في قصر الوطن.", "2025-07-10");
    expect(events(f, "meeting").map((e) => e.date)).toEqual(["2025-07-10", "2025-07-10"]);
  });
});

describe("pass 6: an undated meeting takes the date of its visit", () => {
  it("en: arrived on a day, then met (undated) in the same city", () => {
    const f = facts("Ishaq Dar arrived in Kabul on 19 April 2025 for a two-day visit. In Kabul, Dar met Amir Khan Muttaqi at the foreign ministry.");
    expect(met(f, DAR, MUTTAQI).map((e) => e.date)).toEqual(["2025-04-19"]);
  });
  it("fa: سفر به کابل on a Solar Hijri day, then an undated meeting there", () => {
    const f = facts("اسحاق دار روز ۳۰ فروردین ۱۴۰۴ به کابل سفر کرد. وی در کابل با امیرخان متقی دیدار کرد.");
    expect(met(f, DAR, MUTTAQI).map((e) => e.date)).toEqual(["2025-04-19"]);
  });
  it("a visit to another city does not date the meeting", () => {
    const f = facts("Ishaq Dar travelled to Beijing on 10 April 2025. Dar met Amir Khan Muttaqi in Kabul.");
    expect(met(f, DAR, MUTTAQI).map((e) => e.date)).toEqual([null]);
  });
  it("'مساء اليوم نفسه' / 'later that day' (the same day) takes the day of the date before", () => {
    const f = facts("التقت هانا تيتيه محمد المنفي في طرابلس يوم الأربعاء 3 سبتمبر 2025. ثم التقت تيتيه خليفة حفتر في بنغازي مساء اليوم نفسه.");
    expect(met(f, P("hanna-tetteh"), P("khalifa-haftar")).map((e) => e.date)).toEqual(["2025-09-03"]);
    const g = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul on 19 April 2025. Later that day Dar met Sirajuddin Haqqani.");
    expect(met(g, DAR, P("sirajuddin-haqqani")).map((e) => e.date)).toEqual(["2025-04-19"]);
  });
  it("'the same day' with no date before it invents none", () => {
    const f = facts("Ishaq Dar met Amir Khan Muttaqi in Kabul the same day.");
    expect(met(f, DAR, MUTTAQI).map((e) => e.date)).toEqual([null]);
  });
  it("a meeting placed nowhere else is placed at the dateline city", () => {
    const placeOf = (f: ReturnType<typeof facts>) => met(f, DAR, MUTTAQI).map((e) => e.place);
    expect(placeOf(facts("KABUL, April 19 (Reuters) - Ishaq Dar met Amir Khan Muttaqi on Saturday.", "2025-04-19"))).toEqual(["place/kabul"]);
    expect(placeOf(facts("کابل - ایرنا\nاسحاق دار روز شنبه با امیرخان متقی دیدار کرد.", "2025-04-19"))).toEqual(["place/kabul"]);
    // an explicit place wins; a headline naming two capitals is no dateline
    expect(placeOf(facts("KABUL, April 19 (Reuters) - Ishaq Dar met Amir Khan Muttaqi in Islamabad on Saturday.", "2025-04-19"))).toEqual(["place/islamabad"]);
    expect(placeOf(facts("Kabul, Islamabad agree on transit\n\nIshaq Dar met Amir Khan Muttaqi on Saturday.", "2025-04-19"))).toEqual([null]);
  });
});
