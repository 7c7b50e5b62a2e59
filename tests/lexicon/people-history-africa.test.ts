// The historical office holders of sub-Saharan Africa (people-history-africa.json, 1975–2014): found by their
// full name in each script, their offices dated, and surnames several of them share (Banda, Botha) ambiguous.
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];

describe("people-history-africa.json", () => {
  it("finds a former head of state by name in English, Persian and Arabic", () => {
    for (const name of ["Nelson Mandela", "نلسون ماندلا", "نيلسون مانديلا"]) expect(ids(name), name).toEqual(["person/nelson-mandela"]);
    for (const name of ["Julius Nyerere", "جولیوس نایرره", "جوليوس نيريري"]) expect(ids(name), name).toEqual(["person/julius-nyerere"]);
    for (const name of ["Mobutu Sese Seko", "موبوتو سسه سکو", "موبوتو سيسي سيكو"]) expect(ids(name), name).toEqual(["person/mobutu-sese-seko"]);
  });

  it("dates the offices: Obasanjo heads Nigeria in 1977 and in 2003, not in 1990", () => {
    const p = lex.people.get("olusegun-obasanjo")!;
    expect(officesOn(p, "1977-06-01").map((o) => o.country)).toEqual(["nigeria"]);
    expect(officesOn(p, "2003-06-01").map((o) => o.office)).toEqual(["president"]);
    expect(officesOn(p, "1990-06-01")).toEqual([]);
  });

  it("marks a surname two people of the lexicon share as ambiguous", () => {
    for (const id of ["p-w-botha", "pik-botha", "hastings-banda", "joyce-banda", "rupiah-banda"]) expect(lex.people.get(id)?.shortAmbiguous, id).toBe(true);
  });

  it("holds no Persian short form that is a common noun: لوله (pipe, خط لوله: pipeline) is not Yusuf Lule", () => {
    expect(ids("لوله")).toEqual([]);
    expect(ids("یوسف لوله")).toEqual(["person/yusuf-lule"]);
  });
});
