// Pass 2 (_complement.placeNamed, _title-chains.complementAhead): after an Arabic title, an indefinite place noun in
// construct (ولاية، إقليم، مقاطعة، مدينة …) and the place's one-word name, a province or town the lexicon may not
// hold, are the title's complement: the holder's name starts after them, and the place's name is no person. A given
// name right after the place noun starts the name. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, people } from "./helpers.js";

const D = "2021-06-10";

describe("pass 2: a place noun and its name after a title, before the holder's name", () => {
  it("«حاكم إقليم X Y Z»: the governor is Y Z (a region the lexicon holds)", () => {
    const f = facts("موسكو - كان في استقبال الرئيس التركي في المطار حاكم إقليم كراسنودار فينيامين كوندراتييف.", D);
    expect(people(f)).toContain("فينيامين كوندراتييف");
  });
  it("«رئيس إقليم X العقيد Y»: a region no lexicon holds is no person", () => {
    const f = facts("مقديشو - وصل إلى العاصمة رئيس إقليم هيرشبيلي العقيد محمد عبدي واري للمشاركة في المؤتمر.", D);
    expect(people(f).filter((p) => /هيرشبيلي/.test(p))).toEqual([]);
  });
  it("«رئيس إقليم X Y Z» with a given name after the region: the name is Y Z", () => {
    const f = facts("مقديشو - وصل إلى العاصمة رئيس إقليم هيرشبيلي أحمد دعالي جيلي للمشاركة في المؤتمر.", D);
    expect(people(f)).toContain("أحمد دعالي جيلي");
  });
});
