// Pass 5 (events), classes found by the chancelleries suite (tests/extract/chancelleries): "on the eve of" before a
// clause with no event word of its own (only a signing) leaves that signing held; negotiators who "put their initials
// on" a text initial it together (events.json, cues.json signing); a contact held in a month named without its year
// that would fall after the publication date is of last year's month. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { agreements, events, facts, met, P } from "./helpers.js";

const D = "2025-05-06"; // a Tuesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 5: 'on the eve of' does not reach a signing after its comma", () => {
  it("a signing after 'On the eve of the summit,' is a meeting of its signers, held", () => {
    const f = facts("On the eve of the summit, Hakan Fidan and Fuad Hussein signed a memorandum on water in Baghdad on Monday.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(events(f, "planned")).toEqual([]);
  });
  it("also after a longer phrase ('After long talks on the eve of the forum, …')", () => {
    const f = facts("After two days of talks on the eve of the forum, Hakan Fidan and Fuad Hussein signed a water protocol in Ankara.", D);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("the eve phrase's own meeting is still not held", () => {
    const f = facts("On the eve of the meeting between Hakan Fidan and Fuad Hussein, their deputies signed a protocol.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
  it("a signing the eve phrase governs is not held ('on the eve of the signing')", () => {
    const f = facts("Officials said on the eve of the signing that Hakan Fidan and Fuad Hussein had settled the text.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 5: 'put their initials on' a text is an initialling, a meeting of its signers", () => {
  it("'A and B put their initials on the draft' is an agreement and a meeting, dated", () => {
    const f = facts("Hakan Fidan and Fuad Hussein put their initials on the draft water accord in Geneva on Monday.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(agreements(f).some((a) => a.who.includes(FIDAN) && a.who.includes(HUSSEIN))).toBe(true);
  });
  it("'will put their initials on' is not held", () => {
    const f = facts("Hakan Fidan and Fuad Hussein will put their initials on the draft water accord in Geneva next week.", D);
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
  });
});

describe("pass 5: a held contact in a month without its year is not after the publication date", () => {
  it("'spoke by phone in December', told in May, is last December", () => {
    const f = facts("Hakan Fidan spoke with Fuad Hussein by phone in December.", D);
    expect(events(f, "call").map((e) => e.date)).toEqual(["2024-12-01"]);
  });
  it("a month before the publication month stays in its year", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara in March.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-03-01"]);
  });
  it("a planned meeting in December is this December", () => {
    const f = facts("Hakan Fidan will meet Fuad Hussein in Ankara in December.", D);
    expect(events(f, "planned").map((e) => e.date)).toEqual(["2025-12-01"]);
  });
});
