// Pass 5 (events), classes found by the bureaus suite (tests/extract/bureaus): English wire copy. Sentences written
// for these tests (other people, other places).
import { describe, expect, it } from "vitest";
import { events, facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday

describe("pass 5: 'called it …' names or judges something, it is no phone call", () => {
  const cases = [
    "Opposition leader Hakan Fidan said the plan would fail, while party chief Abbas Araghchi called it \"a disgrace\".",
    "Hakan Fidan called the decision \"short-sighted\" on Monday, and Abbas Araghchi called this a mistake.",
    "Abbas Araghchi called that an insult to the farmers, Hakan Fidan said.",
  ];
  for (const text of cases) {
    it(text, () => expect(events(facts(text, D), "call")).toEqual([]));
  }
  it("'X called Y' stays a phone call", () => {
    expect(events(facts("Hakan Fidan called Abbas Araghchi on Monday.", D), "call")).toHaveLength(1);
  });
});

describe("pass 5: talks told right after a lead that dates the agreement they reached take its day", () => {
  const FIDAN = "person/hakan-fidan";
  const ARAGHCHI = "person/abbas-araghchi";
  it("'A and B reached an agreement on Monday … X and Y announced the deal after talks'", () => {
    const f = facts("Turkey and Iran reached an agreement on Monday to reopen a border crossing. Foreign Minister Hakan Fidan and his Iranian counterpart, Abbas Araghchi, announced the deal at a joint news conference after about two hours of talks in Ankara.", D);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("'A and B today signed a protocol … X and Y held talks before signing'", () => {
    const f = facts("Turkey and Iran today signed a protocol on their border, but a water pact was put off. Hakan Fidan and Abbas Araghchi held talks for an hour in Ankara before signing a framework agreement.", D);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual(["2025-05-07"]);
  });
  it("a lead with no day of its own dates nothing", () => {
    const f = facts("Turkey and Iran have reached many agreements over the years. Hakan Fidan and Abbas Araghchi held talks in Ankara.", D);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => e.date)).toEqual([null]);
  });
});

describe("pass 5: talks in an English 'where' clause are at the place it follows", () => {
  it("'X arrived in A from B, where he held talks with Y on Friday': at B, on Friday", () => {
    const f = facts("Hakan Fidan arrived in Doha on Wednesday from Tehran, where he held talks with Abbas Araghchi on Monday.", D);
    expect(met(f, "person/hakan-fidan", "person/abbas-araghchi").map((e) => [e.place, e.date])).toEqual([["place/tehran", "2025-05-05"]]);
  });
  it("'X flew to A, where he met Y': at A", () => {
    const f = facts("Hakan Fidan flew to Tehran on Monday, where he met Abbas Araghchi.", D);
    expect(met(f, "person/hakan-fidan", "person/abbas-araghchi").map((e) => e.place)).toEqual(["place/tehran"]);
  });
});

describe("pass 1/5: 'X discussed … with Y in PLACE' is a meeting", () => {
  const FIDAN = "person/hakan-fidan";
  const ARAGHCHI = "person/abbas-araghchi";
  it("with a venue: a meeting there", () => {
    const f = facts("Hakan Fidan discussed border security with Abbas Araghchi in Tehran on Monday.", D);
    expect(met(f, FIDAN, ARAGHCHI).map((e) => [e.place, e.date])).toEqual([["place/tehran", "2025-05-05"]]);
  });
  it("by telephone: a call, no meeting", () => {
    const f = facts("Hakan Fidan discussed border security with Abbas Araghchi by telephone on Monday.", D);
    expect(met(f, FIDAN, ARAGHCHI)).toEqual([]);
  });
  it("no venue: nothing is said of how they talked", () => {
    expect(met(facts("Hakan Fidan discussed border security with Abbas Araghchi on Monday.", D), FIDAN, ARAGHCHI)).toEqual([]);
  });
  it("a plan ('will discuss … in Tehran next week') is no meeting held", () => {
    expect(met(facts("Hakan Fidan will discuss border security with Abbas Araghchi in Tehran next week.", D), FIDAN, ARAGHCHI)).toEqual([]);
  });
});
