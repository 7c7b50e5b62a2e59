// Pass 2 (_echoes.echoFirstWords), English: the family name alone ("Li") of several people the article names in full
// with it first ("Li Keqiang", "Li Qiang") is the one of them named before it, when only one is; after both, no one.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2019-04-09";
const KEQIANG = P("li-keqiang");
const QIANG = P("li-qiang");
const MERKEL = P("angela-merkel");

describe("pass 2: a family name several people of the article share", () => {
  it("is the one named in full before it", () => {
    const f = facts("Chinese Premier Li Keqiang arrived in Berlin on Monday. On Tuesday, Li held talks with Angela Merkel at the Chancellery. Li Qiang, then party chief of Shanghai, stayed at home.", D);
    expect(met(f, KEQIANG, MERKEL)).toHaveLength(1);
    expect(met(f, QIANG, MERKEL)).toEqual([]);
  });
  it("and no one once both were named", () => {
    const f = facts("Li Keqiang and Li Qiang arrived in Berlin on Monday. On Tuesday, Li held talks with Angela Merkel at the Chancellery.", D);
    expect(met(f, KEQIANG, MERKEL)).toEqual([]);
    expect(met(f, QIANG, MERKEL)).toEqual([]);
  });
});
