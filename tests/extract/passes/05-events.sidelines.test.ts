// Pass 5 (events) on a summit's sidelines: a meeting named by its format ("a trilateral meeting", "an informal
// meeting", events.json) is a meeting of the people the clause names; a place after "since" ("the first such meeting
// since Lima") is an earlier occasion's, no venue (_event-facts.venueIn); the subject of a verb of attending, a
// pronoun too, is at the meeting it attends though the clause names two others ("He also participated in the informal
// meeting of …, chaired by A and attended by B": cues.json attendVerb, _subjects, _mentions.actorsIn); a chair handed
// over with the body's name inside the phrase ("handed over the G20 presidency to B", events.json). Found by the
// summits suite; sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-03-12"; // a Tuesday
const MODI = P("narendra-modi");
const RUTO = P("william-ruto");
const TINUBU = P("bola-tinubu");
const LULA = P("lula-da-silva");

describe("pass 5: meetings of a format on a summit's sidelines", () => {
  it("'A, B and C attended a trilateral meeting': the three met", () => {
    const f = facts("Prime Minister Narendra Modi, Kenyan President William Ruto and Nigerian President Bola Tinubu attended a trilateral meeting in Nairobi on Monday.", D);
    expect(met(f, RUTO, TINUBU).map((e) => [e.date, e.place])).toEqual([["2024-03-11", "place/nairobi"]]);
    expect(met(f, MODI, RUTO)).toHaveLength(1);
  });
  it("a place after 'since' is no venue of the meeting", () => {
    const f = facts("Prime Minister Narendra Modi on Monday held the first tripartite meeting since Lima with Kenyan President William Ruto and Nigerian President Bola Tinubu.", D);
    expect(met(f, RUTO, TINUBU).map((e) => e.place)).toEqual([null]);
  });
  it("'He also participated in the informal meeting …, chaired by A and attended by B': he met both", () => {
    const f = facts("Prime Minister Narendra Modi met President Luiz Inacio Lula da Silva on Monday. He also participated in the informal meeting of African leaders, chaired by President William Ruto of Kenya and attended by President Bola Tinubu of Nigeria.", D);
    expect(met(f, MODI, RUTO)).toHaveLength(1);
    expect(met(f, MODI, TINUBU)).toHaveLength(1);
    expect(met(f, LULA, RUTO)).toEqual([]);
  });
  it("'handed over the G20 presidency to B' (the body's name inside the phrase): a meeting of the two", () => {
    const f = facts("Indian Prime Minister Narendra Modi handed over the G20 presidency to Brazilian President Luiz Inacio Lula da Silva in New Delhi on Sunday.", D);
    expect(met(f, MODI, LULA).map((e) => [e.date, e.place])).toEqual([["2024-03-10", "place/new-delhi"]]);
  });
});
