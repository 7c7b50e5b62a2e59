// Pass 5 (events, via _mentions.actorsIn): a reference written after "alongside" («إلى جانب», «بجانب», "alongside",
// «در کنار») is a side of the act, however many named people the clause holds: «ووقع … إلى جانب جلالة الملك كل من
// A و B» has the king sign too. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-13"; // a Wednesday
const ABDULLAH = P("abdullah-ii-of-jordan");
const ABBAS = P("mahmoud-abbas");
const SISI = P("abdel-fattah-el-sisi");

describe("a reference after «إلى جانب» is a side", () => {
  it("«وقع إلى جانب جلالة الملك كل من A و B»: the king beside whom they signed is a side of the signing", () => {
    const f = facts(
      "عمان (بترا) -- ترأس جلالة الملك عبدالله الثاني اليوم الأربعاء القمة الثلاثية في العقبة. ووقع الاتفاق إلى جانب جلالة الملك كل من الرئيس عبد الفتاح السيسي والرئيس محمود عباس.",
      D,
    );
    expect(met(f, ABDULLAH, ABBAS)).toHaveLength(1);
    expect(met(f, SISI, ABBAS)).toHaveLength(1);
  });
});
