// Pass 5 (events), classes found by the beats suite (tests/extract/beats): a meeting told as the day's next step
// ("X later held talks with Y", «سپس»، «وفي وقت لاحق») takes the date of the contact reported just before it, as
// "also" does; a unit of time before "later" ("three days later") names its own distance. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const ARAGHCHI = P("abbas-araghchi");

describe("pass 5: 'later' dates a meeting by the contact just before it", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan met Fuad Hussein in Ankara on Monday. Abbas Araghchi later held talks with Fidan at the foreign ministry."],
    ["fa", "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. عباس عراقچی سپس در وزارت خارجه با فیدان دیدار کرد."],
    ["ar", "التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. وفي وقت لاحق، التقى عباس عراقجي فيدان في مقر الخارجية."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the later meeting is of Monday`, () => {
      const f = facts(text, D);
      expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
      expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-05"]);
    });
  }
  it("'three days later' is not the same day", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. Three days later Abbas Araghchi held talks with Fidan.", D);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).not.toContain("2025-05-05");
  });
});

describe("pass 5: a plural subject's plan is planned ('are due to meet')", () => {
  it("'X and Y are due to meet Z on Friday' makes no meeting", () => {
    const f = facts("Hakan Fidan and Fuad Hussein are due to meet Abbas Araghchi in Baghdad on Friday.", D);
    expect(met(f, FIDAN, ARAGHCHI)).toEqual([]);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 3: a feminine Arabic title alone is the woman the article introduced with one", () => {
  it("'كما التقت الوزيرة ب…' after 'استقبل X … وزيرة الخارجية Y': Y met the one she met next", () => {
    const f = facts("استقبل هاكان فيدان، يوم الاثنين في أنقرة، وزيرة الخارجية الكولومبية لورا ساراباتا. كما التقت الوزيرة بعباس عراقجي.", D);
    const laura = met(f, FIDAN, "لورا ساراباتا");
    expect(laura).toHaveLength(1);
    expect(met(f, ARAGHCHI, "لورا ساراباتا").map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("a masculine title alone is not read as her ('كما التقى الوزير ب…')", () => {
    const f = facts("استقبل هاكان فيدان، يوم الاثنين في أنقرة، وزيرة الخارجية الكولومبية لورا ساراباتا. كما التقى الوزير بعباس عراقجي.", D);
    expect(met(f, ARAGHCHI, "لورا ساراباتا")).toEqual([]);
  });
});
