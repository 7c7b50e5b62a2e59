// Pass 5 (events), classes found by the caucasus suite (tests/extract/caucasus): Persian reports of summits and
// talks in the Caucasus and Central Asia. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const FIDAN = P("hakan-fidan");
const LAVROV = P("sergey-lavrov");

describe("pass 5: a process or format named after a place is no venue", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan met Sergey Lavrov on Monday on the sidelines of a meeting of the Astana format."],
    ["fa", "هاکان فیدان روز دوشنبه در حاشیه نشست وزیران روند آستانه با سرگئی لاوروف دیدار کرد."],
    ["ar", "التقى هاكان فيدان سيرغي لافروف يوم الاثنين على هامش اجتماع مسار أستانا."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the meeting is not placed in Astana`, () => {
      const [m] = met(facts(text, D), FIDAN, LAVROV);
      expect(m).toBeDefined();
      expect(m.place).not.toBe("place/astana");
    });
  }
  const held: Array<[string, string]> = [
    ["en", "A meeting of the Astana format was held in Moscow on Monday with Hakan Fidan and Sergey Lavrov."],
    ["fa", "نشست وزیران خارجه روند آستانه روز دوشنبه با حضور هاکان فیدان و سرگئی لاوروف در مسکو برگزار شد."],
    ["ar", "عقد اجتماع مسار أستانا يوم الاثنين بحضور هاكان فيدان وسيرغي لافروف في موسكو."],
  ];
  for (const [lang, text] of held) {
    it(`${lang}: the city the clause names is the venue, not the process's place nearer the event word`, () => {
      const [m] = met(facts(text, D), FIDAN, LAVROV);
      expect(m?.place).toBe("place/moscow");
    });
  }
  it("en: a place before another noun is still a venue", () => {
    const [m] = met(facts("Hakan Fidan met Sergey Lavrov in Astana on Monday to discuss the peace process.", D), FIDAN, LAVROV);
    expect(m?.place).toBe("place/astana");
  });
});
