// Pass 3 (references), a class found by the dailies suite (tests/extract/dailies). Sentences written for this test.
//   - an English subject pronoun agrees in gender with the person it stands for, where the lexicon gives one: "she"
//     after a man's sentence is the woman named before him (_pronoun-gender.ts);
//   - who sent the envoys a person met ("the envoys sent by X", "dispatched by") is not at the meeting (cues.json genitive).
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 3: 'she' is no man the lexicon knows", () => {
  it("'she held talks with X' after a sentence about a man is the woman named before", () => {
    const f = facts(
      "Prime Minister Jacinda Ardern arrived in Canberra on Thursday. Prime Minister Scott Morrison said the visit was welcome. On Friday she held talks with Governor-General David Hurley at Government House.",
      "2020-02-28",
    );
    expect(met(f, P("jacinda-ardern"), "David Hurley").length + met(f, P("jacinda-ardern"), P("david-hurley")).length).toBeGreaterThan(0);
    expect(met(f, P("scott-morrison"), "David Hurley").length + met(f, P("scott-morrison"), P("david-hurley")).length).toBe(0);
  });
  it("'he' keeps the man the clause order chose", () => {
    const f = facts("President Joko Widodo arrived in Canberra on Thursday. On Friday he held talks with Prime Minister Scott Morrison at Parliament House.", "2020-02-28");
    expect(met(f, P("joko-widodo"), P("scott-morrison")).length).toBeGreaterThan(0);
  });
});

describe("pass 3: who sent the envoys is not at their meeting", () => {
  it("'met the envoys sent by President X and General Y' is a meeting with Y, not with X", () => {
    const f = facts("President Yoweri Museveni on Friday met the special envoys sent by President Cyril Ramaphosa and the army commander, General Wilson Mbadi, at State House, Entebbe.", "2021-06-05");
    expect(met(f, P("yoweri-museveni"), P("cyril-ramaphosa"))).toEqual([]);
    expect(met(f, P("yoweri-museveni"), "Wilson Mbadi").length).toBeGreaterThan(0);
  });
  it("'a delegation dispatched by X' keeps X away", () => {
    const f = facts("President Paul Kagame received a delegation dispatched by President Félix Tshisekedi in Kigali on Monday.", "2021-06-07");
    expect(met(f, P("paul-kagame"), P("felix-tshisekedi"))).toEqual([]);
  });
});
