// Pass 4: a meeting dated by a counted offset takes the day it names, counted back from the publication day
// ("two weeks ago", «دو هفته پیش», «قبل أسبوعين») or from the last day told ("three days later", «سه روز بعد»,
// «بعد ثلاثة أيام»). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const LAVROV = P("sergey-lavrov");
const D = "2025-05-22"; // a Thursday
const dateOf = (text: string, a: string, b: string) => met(facts(text, D), a, b).map((e) => e.date);

describe("counted back from the publication day", () => {
  it("en: 'two weeks ago', 'a week ago'", () => {
    expect(dateOf("Hakan Fidan met Fuad Hussein in Ankara two weeks ago to discuss water sharing.", FIDAN, HUSSEIN)).toEqual(["2025-05-08"]);
    expect(dateOf("Sergey Lavrov held talks with Hakan Fidan in Sochi a week ago.", LAVROV, FIDAN)).toEqual(["2025-05-15"]);
  });
  it("fa: «دو هفته پیش»; ar: «قبل أسبوعين»", () => {
    expect(dateOf("هاکان فیدان دو هفته پیش در آنکارا با فؤاد حسین دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-08"]);
    expect(dateOf("التقى هاكان فيدان فؤاد حسين في أنقرة قبل أسبوعين.", FIDAN, HUSSEIN)).toEqual(["2025-05-08"]);
  });
  it("months: the month", () => {
    expect(dateOf("Hakan Fidan met Fuad Hussein in Ankara two months ago.", FIDAN, HUSSEIN)).toEqual(["2025-03-01"]);
  });
});

describe("counted from the last day told", () => {
  it("en: 'three days later', 'a week earlier'", () => {
    expect(dateOf("Sergey Lavrov met Hakan Fidan in Sochi on May 12. Three days later Fidan held talks with Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-05-15"]);
    expect(dateOf("Hakan Fidan met Fuad Hussein in Baghdad on May 12. A week earlier he had met Sergey Lavrov in Sochi.", FIDAN, LAVROV)).toEqual(["2025-05-05"]);
  });
  it("fa: «سه روز بعد»; ar: «وبعد ثلاثة أيام»", () => {
    expect(dateOf("سرگئی لاوروف روز دوشنبه ۲۲ اردیبهشت ۱۴۰۴ با هاکان فیدان دیدار کرد. سه روز بعد فیدان با فؤاد حسین دیدار کرد.", FIDAN, HUSSEIN)).toEqual(["2025-05-15"]);
    expect(dateOf("التقى سيرغي لافروف هاكان فيدان في سوتشي يوم 12 مايو. وبعد ثلاثة أيام التقى فيدان فؤاد حسين في بغداد.", FIDAN, HUSSEIN)).toEqual(["2025-05-15"]);
  });
  it("within its own sentence, from the day named before it", () => {
    expect(dateOf("Sergey Lavrov met Hakan Fidan on May 2, and two weeks later Fidan met Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-05-16"]);
  });
  it("after a month told last, only to the month: 'signed a pact in March. A week later …'", () => {
    // (not a week after the paper's day, nor after a day told before the month)
    const text = "Sergey Lavrov met Hakan Fidan in Sochi on May 12. The two ministers had signed a protocol in Ankara in March. A week later Fidan held talks with Fuad Hussein in Baghdad.";
    expect(dateOf(text, FIDAN, HUSSEIN)).toEqual(["2025-03-01"]);
    expect(dateOf("Hakan Fidan signed a protocol with Sergey Lavrov in Ankara in March. Three weeks later Fidan held talks with Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).toEqual(["2025-04-01"]);
  });
  it("after a year told last, only to the year", () => {
    expect(dateOf("Hakan Fidan first visited Baghdad in 2023. Two days later he held talks with Fuad Hussein in Erbil.", FIDAN, HUSSEIN)).toEqual(["2023-01-01"]);
  });
  it("no day told before it: no date", () => {
    expect(dateOf("Three days later Hakan Fidan met Fuad Hussein in Baghdad.", FIDAN, HUSSEIN)).not.toContain("2025-05-25");
  });
});
