// Pass 2 (_distributive-titles, offices.json plurals): a dual or plural title written once before a list of country
// adjectives, each with its holder's name («وزيرا الخارجية الهندي X والباكستاني Y», «الرئيسان الكيني X والأوغندي
// Y»), gives each name the office for its adjective's country, so names no lexicon knows are read there and the two
// met. Sentences and names written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, people } from "./helpers.js";

const D = "2011-03-07";

describe("pass 2: a dual title distributed over country adjectives", () => {
  it("«وزيرا الخارجية الهندي X والباكستاني Y»: both names, and they met", () => {
    const f = facts("نيودلهي - التقى وزيرا الخارجية الهندي كمال سينج والباكستاني عبد الستار مساء الأحد في نيودلهي.", D);
    expect(people(f)).toEqual(expect.arrayContaining(["كمال سينج", "عبد الستار"]));
    expect(met(f, "كمال سينج", "عبد الستار").length).toBe(1);
  });
  it("«الرئيسان الكيني X والأوغندي Y»", () => {
    const f = facts("نيروبي - عقد الرئيسان الكيني جوزيف موانجي والأوغندي بيتر موسوكي محادثات اليوم في نيروبي.", D);
    expect(met(f, "جوزيف موانجي", "بيتر موسوكي").length).toBe(1);
  });
});
