// Pass 4 (clauseOfCountedDays): ", two days after …", ", a week before …" after a day dated in the sentence dates what
// follows that many days before or after it (English). And the pronoun "the two" before a verb (_the-two) stands for
// the pair just told, as "the two leaders" does. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const D = "2022-11-16";
const ABBAS = P("mahmoud-abbas");
const SISI = P("abdel-fattah-el-sisi");
const BIDEN = P("joe-biden");

describe("pass 4: a clause counted in days from the date just named", () => {
  it("', two days after the two leaders met' is two days before Monday", () => {
    const f = facts("Mahmoud Abbas spoke by phone with Abdel Fattah el-Sisi on Monday, two days after the two leaders met in Cairo.", D);
    expect(met(f, ABBAS, SISI).map((e) => e.date)).toEqual(["2022-11-12"]);
  });
  it("', three days before …' and ', 10 days after …'", () => {
    expect(met(facts("Mahmoud Abbas met Abdel Fattah el-Sisi in Cairo on Monday, three days before Sisi met Joe Biden in Washington.", D), SISI, BIDEN).map((e) => e.date)).toEqual(["2022-11-17"]);
    expect(met(facts("Mahmoud Abbas met Abdel Fattah el-Sisi in Cairo on Monday, 10 days after Sisi met Joe Biden in Washington.", D), SISI, BIDEN).map((e) => e.date)).toEqual(["2022-11-04"]);
  });
  it("'a week after the two met': 'the two' is the pair just told", () => {
    const f = facts("Mahmoud Abbas spoke by phone with Abdel Fattah el-Sisi on Monday, a week after the two met in Cairo.", D);
    expect(met(f, ABBAS, SISI).map((e) => e.date)).toEqual(["2022-11-07"]);
    expect(events(f, "call")).toHaveLength(1);
  });
  it("'The two last met in Cairo in March.' after a call", () => {
    const f = facts("Mahmoud Abbas spoke by phone with Abdel Fattah el-Sisi on Monday. The two last met in Cairo in March.", D);
    expect(met(f, ABBAS, SISI)).toHaveLength(1);
  });
  it("'the two countries' keeps its own reading: no meeting of the pair", () => {
    const f = facts("Mahmoud Abbas spoke by phone with Abdel Fattah el-Sisi on Monday. The two countries signed a trade accord in March.", D);
    expect(met(f, ABBAS, SISI)).toEqual([]);
  });
});
