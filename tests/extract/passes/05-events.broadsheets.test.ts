// Pass 5 (events) with the triggers of pass 1's _reciprocal.ts, found by the broadsheets suite: an intransitive
// reciprocal verb (cues.json reciprocalVerb: talked, conferred, dined …) is a meeting after a coordinated or plural
// subject only; a contact verb parted from its "with" by how long it lasted ("chatted for several minutes with",
// _timed-with.ts); a pronoun subject of a passive greeting whose agents are two named people ("He was greeted by A and
// B", _mentions.actorsIn). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const KOHL = P("helmut-kohl");
const MITTERRAND = P("francois-mitterrand");
const CHIRAC = P("jacques-chirac");
const D = "1984-09-23";

describe("'A and B talked' is a meeting of A and B", () => {
  it("a coordinated pair before the verb, past an auxiliary and an adverb", () => {
    expect(met(facts("Helmut Kohl and François Mitterrand talked for two hours at Verdun on Saturday.", D), KOHL, MITTERRAND).map((e) => e.date)).toEqual(["1984-09-22"]);
    expect(met(facts("Helmut Kohl and François Mitterrand had also conferred in Bonn on Friday.", D), KOHL, MITTERRAND)).toHaveLength(1);
  });
  it("a pronoun and a name, and 'the two leaders' after a sentence naming both", () => {
    expect(met(facts("Helmut Kohl said he and François Mitterrand had dined together in Paris on Friday.", D), KOHL, MITTERRAND)).toHaveLength(1);
    expect(met(facts("Helmut Kohl and François Mitterrand held hands at Verdun. Later the two leaders lunched at the town hall.", D), KOHL, MITTERRAND).length).toBeGreaterThan(0);
  });
});

describe("after one person, or to someone, or by telephone, no meeting", () => {
  it("'X talked about Y' is no contact", () => {
    expect(met(facts("Helmut Kohl talked about François Mitterrand at length in a radio interview on Saturday.", D), KOHL, MITTERRAND)).toEqual([]);
  });
  it("'A and B talked to reporters' makes no meeting of the reporters, and a phone talk is no meeting", () => {
    expect(met(facts("Helmut Kohl and François Mitterrand talked by telephone on Saturday.", D), KOHL, MITTERRAND)).toEqual([]);
    const f = facts("Jacques Chirac talked to reporters about François Mitterrand on Saturday.", D);
    expect(met(f, CHIRAC, MITTERRAND)).toEqual([]);
    expect(events(f, "meeting")).toEqual([]);
  });
});

describe("a contact verb and its 'with' parted by how long it lasted", () => {
  it("'chatted for several minutes with', 'talked for more than an hour with' are meetings", () => {
    expect(met(facts("Helmut Kohl chatted for several minutes with François Mitterrand at Verdun on Saturday.", D), KOHL, MITTERRAND).map((e) => e.date)).toEqual(["1984-09-22"]);
    expect(met(facts("Jacques Chirac talked for more than an hour with Helmut Kohl in Bonn on Friday.", D), CHIRAC, KOHL)).toHaveLength(1);
  });
  it("by telephone it is a call, and 'waited for two hours with his aides' is no contact", () => {
    expect(met(facts("Helmut Kohl chatted for several minutes by telephone with François Mitterrand on Saturday.", D), KOHL, MITTERRAND)).toEqual([]);
    expect(events(facts("Helmut Kohl waited for two hours with his aides in Bonn on Saturday.", D), "meeting")).toEqual([]);
  });
});

describe("a pronoun subject of a passive greeting by two named people is the other side", () => {
  it("'He was greeted on the tarmac by A and B': he met both", () => {
    const f = facts("Helmut Kohl landed in Paris on Saturday. He was greeted on the tarmac by François Mitterrand and Jacques Chirac.", D);
    expect(met(f, KOHL, MITTERRAND)).toHaveLength(1);
    expect(met(f, KOHL, CHIRAC)).toHaveLength(1);
  });
  it("not a pronoun after a comma or far from its 'by'", () => {
    const f = facts("Helmut Kohl landed in Paris on Saturday. He said the treaty, which was drafted in Bonn, was praised by François Mitterrand and Jacques Chirac.", D);
    expect(met(f, KOHL, MITTERRAND)).toEqual([]);
  });
});
