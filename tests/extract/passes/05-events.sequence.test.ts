// Pass 5 (events), English classes found by the dispatches and regions suites: "X then held talks with Y" is the
// next step of the day of the meeting just told (as "later" is), but "since then" looks back; a signing "at a virtual
// ceremony" brings its signers together in no room. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-06-14"; // a Friday
const SISI = P("abdel-fattah-el-sisi");

describe("pass 5: 'then' dates a meeting by the one just told", () => {
  it("'X then held talks with Y', a sentence after the dated reception", () => {
    const f = facts(
      "The President of Kenya William Ruto received the President of Egypt Abdel Fattah el-Sisi at State House on Thursday. The talks focused on trade and the Nile. Deputy President Kithure Kindiki then held official talks with Mr Sisi.",
      D,
    );
    expect(met(f, "Kithure Kindiki", SISI).map((e) => e.date)).toEqual(["2024-06-13"]);
  });
  it("'since then' looks back: the meeting takes no date from the one before", () => {
    const f = facts(
      "Kenyan President William Ruto received Egyptian President Abdel Fattah el-Sisi in Nairobi on Thursday. Mr Sisi's envoy, who arrived this morning, is on his first visit. Since then Wekesa Otieno held official talks with Mr Sisi.",
      D,
    );
    expect(met(f, "Wekesa Otieno", SISI).map((e) => e.date)).not.toContain("2024-06-13");
  });
});

describe("pass 5: a signing at a virtual ceremony is no meeting of its signers", () => {
  it("'signed by A and B at a virtual ceremony'", () => {
    const f = facts(
      "Kenya and Egypt signed a memorandum on trade, which was signed by Kenyan Foreign Minister Musalia Mudavadi and Egyptian Foreign Minister Badr Abdelatty at a virtual ceremony on Tuesday.",
      D,
    );
    expect(met(f, P("musalia-mudavadi"), P("badr-abdelatty"))).toEqual([]);
  });
});
