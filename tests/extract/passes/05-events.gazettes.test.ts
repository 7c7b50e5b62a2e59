// Pass 5 on a construction met in the gazettes suite, in sentences written for these tests: one subject meeting the
// people after it one after the other ("met A, then B", «التقى A ثم B») met each of them, and they did not meet one
// another (_distributed-days.sequentialObjects).
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 5: objects of one meeting verb joined by a word of sequence", () => {
  it("«التقى X A، ثم B»: X met A and B, A and B did not meet", () => {
    const f = facts("التقى وزير الخارجية التركي مولود تشاووش أوغلو في موسكو أمس نظيره الروسي سيرغي لافروف، ثم الرئيس فلاديمير بوتين.", "2019-04-09");
    expect(met(f, P("mevlut-cavusoglu"), P("sergey-lavrov")).map((e) => e.date)).toEqual(["2019-04-08"]);
    expect(met(f, P("mevlut-cavusoglu"), P("vladimir-putin")).map((e) => e.date)).toEqual(["2019-04-08"]);
    expect(met(f, P("sergey-lavrov"), P("vladimir-putin"))).toEqual([]);
  });

  it("'X met A and then B' in English, likewise; a plain 'and' is still one meeting of all", () => {
    const f = facts("Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergey Lavrov in Moscow on Monday and then President Vladimir Putin.", "2019-04-09");
    expect(met(f, P("mevlut-cavusoglu"), P("vladimir-putin")).length).toBe(1);
    expect(met(f, P("sergey-lavrov"), P("vladimir-putin"))).toEqual([]);
    const g = facts("Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergey Lavrov and President Vladimir Putin in Moscow on Monday.", "2019-04-09");
    expect(met(g, P("sergey-lavrov"), P("vladimir-putin")).length).toBe(1);
  });
});
