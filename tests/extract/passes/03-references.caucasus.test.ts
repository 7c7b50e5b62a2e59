// Pass 3 (references), classes found by the caucasus suite (tests/extract/caucasus): a bare title as the subject of
// a contact, and a title set beside a name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const TOKAYEV = P("kassym-jomart-tokayev");
const MIRZIYOYEV = P("shavkat-mirziyoyev");
const RAHMON = P("emomali-rahmon");
const KHAMENEI = P("ali-khamenei");

describe("pass 3: a bare title before «همچنین با X» is the president the article follows, not X's title", () => {
  for (const between of ["همچنین", "نیز", ""]) {
    it(`fa: «رئیس‌جمهور ${between} با …»`, () => {
      const text = `قاسم جومارت توکایف روز دوشنبه با شوکت میرضیایف دیدار کرد. رئیس‌جمهور ${between} با امامعلی رحمان دیدار کرد.`.replace("  ", " ");
      const f = facts(text, D);
      expect(met(f, TOKAYEV, RAHMON).length).toBe(1);
      expect(met(f, MIRZIYOYEV, RAHMON)).toEqual([]);
    });
  }
  it("fa: a title right before a name still heads it", () => {
    const f = facts("قاسم جومارت توکایف روز دوشنبه با شوکت میرضیایف دیدار کرد. رئیس‌جمهور امامعلی رحمان نیز حضور داشت.", D);
    expect(met(f, RAHMON, MIRZIYOYEV).length).toBe(1);
  });
});

describe("pass 3: a name and the title set beside it are one side of a contact", () => {
  it("fa: «X، a style the lexicon knows as X's name، جداگانه با title-ref و title-ref» meets each reference", () => {
    const f = facts(
      "شوکت میرضیایف و امامعلی رحمان روز دوشنبه به تهران رفتند. آیت‌الله خامنه‌ای، رهبر انقلاب، صبح دوشنبه جداگانه با رئیس‌جمهور ازبکستان و رئیس‌جمهور تاجیکستان دیدار کرد.",
      D,
    );
    expect(met(f, KHAMENEI, MIRZIYOYEV).length).toBe(1);
    expect(met(f, KHAMENEI, RAHMON).length).toBe(1);
    expect(met(f, MIRZIYOYEV, RAHMON)).toEqual([]);
  });
});
