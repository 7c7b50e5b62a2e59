// Pass 5 (events), English join phrases (events.json kinds.join): who "sat in on the talks", "attended the banquet"
// or accompanied a leader "at the table" joins the meeting just reported. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2019-06-21";
const XI = P("xi-jinping");
const KIM = P("kim-jong-un");

describe("pass 5: English join phrases of talks and banquets", () => {
  it("'sat in on the talks'", () => {
    const f = facts("Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday. Foreign Minister Ri Yong-ho sat in on the talks.", D);
    expect(met(f, P("ri-yong-ho"), XI)).toHaveLength(1);
  });
  it("'attended the banquet'", () => {
    const f = facts("Kim Jong Un hosted a banquet for Xi Jinping in Pyongyang on Thursday. Wang Yi attended the banquet.", D);
    expect(met(f, P("wang-yi"), KIM)).toHaveLength(1);
  });
  it("'was accompanied at the table by'", () => {
    const f = facts("Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday. Kim was accompanied at the table by Ri Yong-ho.", D);
    expect(met(f, P("ri-yong-ho"), XI)).toHaveLength(1);
  });
});
