// Pass 7: an agreement to open, resume or hold talks is an intent to negotiate (CAMEO 036), no agreement reached,
// whatever the talks are about (_intent-to-negotiate); a document agreed before the talks is one. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { agreements, facts } from "./helpers.js";

const D = "2019-05-10";

describe("pass 7: agreeing to negotiate is no agreement", () => {
  it("'agreed on Friday to start negotiations on a defence pact'", () => {
    const f = facts("Prime Minister Scott Morrison and Prime Minister Jacinda Ardern agreed on Friday to start negotiations on a defence cooperation pact.", D);
    expect(agreements(f)).toEqual([]);
  });

  it("'agreed to resume talks on a free trade agreement'", () => {
    const f = facts("Scott Morrison and Shinzo Abe agreed in Tokyo on Friday to resume talks on a free trade agreement.", D);
    expect(agreements(f)).toEqual([]);
  });

  it("Arabic «اتفقا على بدء مفاوضات حول اتفاقية …»", () => {
    const f = facts("اتفق رئيس الوزراء الأسترالي سكوت موريسون ورئيسة الوزراء النيوزيلندية جاسيندا أرديرن يوم الجمعة على بدء مفاوضات حول اتفاقية للتعاون الدفاعي.", D);
    expect(agreements(f)).toEqual([]);
  });

  it("a deal agreed before the talks is an agreement: 'agreed a customs deal and to open talks on …'", () => {
    const f = facts("Scott Morrison and Jacinda Ardern signed a customs agreement on Friday and agreed to open talks on a defence pact.", D);
    expect(agreements(f)).toHaveLength(1);
  });

  it("an agreement on something else stays one: 'agreed to cut tariffs on wine'", () => {
    const f = facts("Scott Morrison and Shinzo Abe agreed on Friday to cut tariffs on wine and beef.", D);
    expect(agreements(f)).toHaveLength(1);
  });
});
