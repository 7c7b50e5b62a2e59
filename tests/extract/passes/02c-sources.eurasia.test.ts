// Pass 2c (sources: the dateline), classes found by the eurasia suite (tests/extract/eurasia): the datelines of the
// agencies of the former Soviet Union. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07";
const TOKAYEV = P("kassym-jomart-tokayev");
const RAHMON = P("emomali-rahmon");

describe("pass 2c: the city of a dateline in the agencies' styles places a meeting placed nowhere else", () => {
  const cases: Array<[string, string]> = [
    ["the city in capitals closed by a full stop", "DUSHANBE. KHOVAR – Emomali Rahmon held talks with Kassym-Jomart Tokayev at the Palace of Nations on 6 May."],
    ["the city, its country and a date on a line of their own", "Dushanbe, Tajikistan, May 6\n\nEmomali Rahmon held talks with Kassym-Jomart Tokayev at the Palace of Nations."],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      const [m] = met(facts(text, D), TOKAYEV, RAHMON);
      expect(m?.place).toBe("place/dushanbe");
    });
  }
  it("not a city in lower case closed by a full stop, a sentence of its own", () => {
    const [m] = met(facts("They went to Dushanbe. Emomali Rahmon held talks with Kassym-Jomart Tokayev at the Palace of Nations on 6 May.", D), TOKAYEV, RAHMON);
    expect(m?.place ?? null).not.toBe("place/dushanbe");
  });
});
