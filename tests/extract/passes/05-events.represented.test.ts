// Pass 5 (events.json join phrases, _joiners.joinClauseEnd, events.json planned with a gap): who sat on one side of
// the table or represented a country joins the meeting just reported, but not who a clause of another time after
// the join phrase names ("after Z cancelled his trip": Z stayed away, and the cancelling is Z's, not the joining's);
// "is also expected to meet" is a plan. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const BLINKEN = P("antony-blinken");
const SULLIVAN = P("jake-sullivan");
const WANG = P("wang-yi");
const LAVROV = P("sergey-lavrov");
const BOGDANOV = P("mikhail-bogdanov");
const D = "2025-05-22";

describe("join phrases: a side of the table, a country represented", () => {
  it("'sat on the American side' joins the talks just told", () => {
    const f = facts("Antony Blinken and Wang Yi held talks in Vienna on Tuesday. National Security Adviser Jake Sullivan and two deputies sat on the American side.", D);
    expect(met(f, SULLIVAN, WANG).map((e) => e.date)).toEqual(["2025-05-20"]);
    expect(met(f, SULLIVAN, BLINKEN)).toHaveLength(1);
  });
  it("'was represented by X after Z cancelled his trip': X joins, Z does not, and the other day is Z's", () => {
    const f = facts("Hakan Fidan hosted the conference in Ankara on Wednesday with Wang Yi. Russia was represented by Deputy Foreign Minister Mikhail Bogdanov after Sergey Lavrov cancelled his trip on Monday, citing other commitments.", D);
    expect(met(f, BOGDANOV, FIDAN).map((e) => e.date)).toEqual(["2025-05-21"]);
    expect(met(f, BOGDANOV, WANG)).toHaveLength(1);
    expect(met(f, LAVROV, FIDAN)).toEqual([]);
    expect(met(f, LAVROV, WANG)).toEqual([]);
  });
  it("a join phrase in the present, a plan, is no joining of the meeting told before", () => {
    const f = facts("Hakan Fidan met Wang Yi in Ankara on Wednesday. Russia is represented by Mikhail Bogdanov at next week's conference.", D);
    expect(met(f, BOGDANOV, FIDAN)).toEqual([]);
  });
});

describe("a plan with an adverb inside it", () => {
  it("'is also expected to meet' is planned, not held", () => {
    const f = facts("Hakan Fidan met Wang Yi in Ankara on Wednesday. Fidan is also expected to meet Sergey Lavrov in Moscow next month.", D);
    expect(met(f, FIDAN, LAVROV)).toEqual([]);
    expect(events(f, "planned").some((e) => e.who.includes(FIDAN) && e.who.includes(LAVROV))).toBe(true);
  });
  it("'are now scheduled to hold talks' is planned too", () => {
    const f = facts("Antony Blinken and Wang Yi are now scheduled to hold talks in Vienna in June.", D);
    expect(met(f, BLINKEN, WANG)).toEqual([]);
  });
});
