// Pass 4 (dates): "today" under a dated dateline, found by the columns suite (tests/extract/columns). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

describe("pass 4: 'today', 'this morning' under a dateline dated the day before the paper", () => {
  it("'TASHKENT, April 4 — X arrived here this morning and held talks with Y' (paper of April 5) is of April 4", () => {
    const f = facts("TASHKENT, April 4 — Turkish President Recep Tayyip Erdoğan arrived here this morning and held talks with President Shavkat Mirziyoyev.", "2019-04-05");
    expect(met(f, "person/recep-tayyip-erdogan", "person/shavkat-mirziyoyev").map((e) => e.date)).toEqual(["2019-04-04"]);
  });
  it("a dateline of the paper's own day changes nothing", () => {
    const f = facts("TASHKENT, April 5 — Recep Tayyip Erdoğan held talks with Shavkat Mirziyoyev today.", "2019-04-05");
    expect(met(f, "person/recep-tayyip-erdogan", "person/shavkat-mirziyoyev").map((e) => e.date)).toEqual(["2019-04-05"]);
  });
  it("a dateline a week old is no day of 'today' (a feature's place line)", () => {
    const f = facts("TASHKENT, March 20 — Recep Tayyip Erdoğan held talks with Shavkat Mirziyoyev today.", "2019-04-05");
    expect(met(f, "person/recep-tayyip-erdogan", "person/shavkat-mirziyoyev").map((e) => e.date)).toEqual(["2019-04-05"]);
  });
});
