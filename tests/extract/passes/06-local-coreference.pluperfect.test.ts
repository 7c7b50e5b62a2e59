// Pass 6: an undated meeting told in the pluperfect ("had earlier met", «دیدار کرده بود», «وكان قد التقى») is the
// story's background: it takes neither the day of the trip nor the place where the story puts its people that day.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2004-03-11"; // a Thursday
const ERDOGAN = P("recep-tayyip-erdogan");
const PUTIN = P("vladimir-putin");
const MERKEL = P("angela-merkel");

describe("pass 6: a pluperfect undated meeting is the story's background", () => {
  it("en: 'had earlier met' takes neither the lead's venue nor the day of the trip", () => {
    const f = facts("Recep Tayyip Erdogan met Vladimir Putin at the Kremlin on Wednesday. Erdogan had earlier met Angela Merkel.", D);
    expect(met(f, ERDOGAN, PUTIN).map((e) => e.place)).toEqual(["place/kremlin"]);
    expect(met(f, ERDOGAN, MERKEL).map((e) => [e.date, e.place])).toEqual([[null, null]]);
    const g = facts("Recep Tayyip Erdogan arrived in Moscow on Wednesday. He had earlier met Angela Merkel.", D);
    expect(met(g, ERDOGAN, MERKEL).map((e) => [e.date, e.place])).toEqual([[null, null]]);
  });
  it("fa: «… دیدار کرده بود» after the lead's meeting at a palace", () => {
    const f = facts("رجب طیب اردوغان روز چهارشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد. اردوغان پیش از این با آنگلا مرکل دیدار کرده بود.", D);
    expect(met(f, ERDOGAN, MERKEL).map((e) => e.place)).toEqual([null]);
  });
  it("ar: «وكان … قد التقى» after the lead's meeting at a palace", () => {
    const f = facts("التقى رجب طيب أردوغان يوم الأربعاء في قصر الكرملين فلاديمير بوتين. وكان أردوغان قد التقى أنغيلا ميركل.", D);
    expect(met(f, ERDOGAN, MERKEL).map((e) => e.place)).toEqual([null]);
  });
  it("not the auxiliary of another verb of the clause: '…, who told him she had waited'", () => {
    const f = facts("Recep Tayyip Erdogan arrived in Moscow on Wednesday and chatted with Angela Merkel, who said she had waited for the talks.", D);
    expect(met(f, ERDOGAN, MERKEL).map((e) => e.place)).toEqual(["place/moscow"]);
  });
  it("the simple past still takes the story's place and day: 'Erdogan also met Merkel'", () => {
    const f = facts("Recep Tayyip Erdogan arrived in Moscow on Wednesday. He also met Angela Merkel.", D);
    expect(met(f, ERDOGAN, MERKEL).map((e) => [e.date, e.place])).toEqual([["2004-03-10", "place/moscow"]]);
  });
});
