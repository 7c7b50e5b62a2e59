// Passes 3 and 5 on what the neighbours suite found (tests/extract/neighbours): a reigning emir or sultan is a monarch
// (offices.json parent king), so «پادشاه عمان» after the sultan is named is he; a contact told «در آن سفر» ("on that
// trip") takes the day of the trip of its people told last (_that-trip). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const P = (s: string) => `person/${s}`;

describe("pass 3: the monarch's title of a sultan or an emir", () => {
  it("«پادشاه عمان» after «سلطان هیثم بن طارق» is the sultan", () => {
    const f = facts("سلطان هیثم بن طارق روز یکشنبه ۸ خرداد به تهران سفر کرد. پادشاه عمان در تهران با ابراهیم رئیسی دیدار کرد.", "2023-05-29");
    expect(met(f, P("haitham-bin-tariq"), P("ebrahim-raisi")).length).toBe(1);
  });
  it("«العاهل العماني» after «السلطان هيثم بن طارق» is the sultan", () => {
    const f = facts("وصل السلطان هيثم بن طارق إلى القاهرة يوم الأحد. واستقبل الرئيس عبد الفتاح السيسي العاهل العماني في قصر الاتحادية.", "2022-06-20");
    expect(met(f, P("haitham-bin-tariq"), P("abdel-fattah-el-sisi")).length).toBe(1);
  });
});

describe("pass 5: a contact told «در آن سفر»", () => {
  it("takes the day and place of the trip told last", () => {
    const f = facts("سلطان هیثم بن طارق ۸ خرداد امسال به تهران سفر کرده بود. او در آن سفر با محمدباقر قالیباف رئیس مجلس نیز دیدار کرده بود.", "2023-09-20");
    expect(met(f, P("haitham-bin-tariq"), P("mohammad-bagher-ghalibaf")).map((e) => [e.date, e.place])).toEqual([["2023-05-29", "place/tehran"]]);
  });
});
