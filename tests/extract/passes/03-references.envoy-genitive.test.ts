// Pass 3: a title reference right after the construct noun of an envoy (cues.json genitive: «سفير», «ممثل»,
// «نماینده», "representative of") names the one who sends the envoy, who is not there: no side of the meeting
// (03-references `refer`). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2018-03-06";
const MBS = P("mohammed-bin-salman");
const HARIRI = P("saad-hariri");
const KING = P("king-salman");

describe("pass 3: the sender of an envoy is no side", () => {
  it("Arabic «… حضر الاستقبال سفير خادم الحرمين الشريفين لدى …»", () => {
    const f = facts("استقبل ولي العهد الأمير محمد بن سلمان في الرياض اليوم رئيس الوزراء اللبناني سعد الحريري. وحضر الاستقبال سفير خادم الحرمين الشريفين لدى لبنان.", D);
    expect(met(f, MBS, HARIRI)).toHaveLength(1);
    expect(met(f, KING, HARIRI)).toEqual([]);
    expect(met(f, KING, MBS)).toEqual([]);
  });
  it("Arabic «ممثل خادم الحرمين الشريفين» among those present", () => {
    const f = facts("التقى رئيس الوزراء اللبناني سعد الحريري في جدة اليوم ولي العهد الأمير محمد بن سلمان بحضور ممثل خادم الحرمين الشريفين.", D);
    expect(met(f, KING, HARIRI)).toEqual([]);
  });
  it("English 'in the presence of the personal representative of King X'", () => {
    const f = facts("Lebanese Prime Minister Saad Hariri met Crown Prince Mohammed bin Salman in Riyadh on Tuesday in the presence of the personal representative of King Salman.", D);
    expect(met(f, MBS, HARIRI)).toHaveLength(1);
    expect(met(f, KING, HARIRI)).toEqual([]);
  });
  it("the sovereign named as a side is still one", () => {
    const f = facts("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض اليوم رئيس الوزراء اللبناني سعد الحريري.", D);
    expect(met(f, KING, HARIRI)).toHaveLength(1);
  });
});
