// Pass 4 (dates): "today" under a dated dateline, found by the columns suite (tests/extract/columns). Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

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

describe("pass 4: days counted from 'today' under a dateline dated the day before the paper", () => {
  const ERDOGAN = "person/recep-tayyip-erdogan";
  const MIRZIYOYEV = "person/shavkat-mirziyoyev";
  it("'yesterday' and 'last night' are the day before the dateline's ('TASHKENT, April 4 —', paper of April 5)", () => {
    const f = facts("TASHKENT, April 4 — Recep Tayyip Erdoğan, who arrived yesterday, dined with Shavkat Mirziyoyev last night.", "2019-04-05");
    expect(met(f, ERDOGAN, MIRZIYOYEV).map((e) => e.date)).toEqual(["2019-04-03"]);
  });
  it("'tomorrow' is the day after the dateline's", () => {
    const f = facts("TASHKENT, April 4 — Recep Tayyip Erdoğan will meet Shavkat Mirziyoyev tomorrow in Samarkand.", "2019-04-05");
    expect(events(f, "planned").filter((e) => e.who.includes(ERDOGAN) && e.who.includes(MIRZIYOYEV)).map((e) => e.date)).toEqual(["2019-04-05"]);
  });
  it("a dateline of the paper's own day: 'yesterday' is the day before the paper", () => {
    const f = facts("TASHKENT, April 5 — Recep Tayyip Erdoğan held talks with Shavkat Mirziyoyev yesterday.", "2019-04-05");
    expect(met(f, ERDOGAN, MIRZIYOYEV).map((e) => e.date)).toEqual(["2019-04-04"]);
  });
});
