// The historical office holders of the smaller European countries, the Baltic states, Ukraine, Belarus, Moldova and
// the Caucasus (people-history-europe.json, 1975–2014): found by their full name in each script, their offices
// dated (former states as their countries), and surnames several of them share (Karamanlis, Papandreou) ambiguous.
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];

describe("people-history-europe.json", () => {
  it("finds a former head of state or government by name in English, Persian and Arabic", () => {
    for (const name of ["Olof Palme", "اولوف پالمه", "أولوف بالمه"]) expect(ids(name), name).toEqual(["person/olof-palme"]);
    for (const name of ["Nicolae Ceaușescu", "Nicolae Ceausescu", "نیکلای چائوشسکو", "نيكولاي تشاوشيسكو"]) expect(ids(name), name).toEqual(["person/nicolae-ceausescu"]);
    for (const name of ["Andreas Papandreou", "آندریاس پاپاندرئو", "أندرياس باباندريو"]) expect(ids(name), name).toEqual(["person/andreas-papandreou"]);
  });

  it("dates the offices: Husák heads Czechoslovakia in 1980, Mário Soares is Portugal's prime minister in 1984 and president in 1990", () => {
    expect(officesOn(lex.people.get("gustav-husak")!, "1980-06-01").map((o) => o.country)).toEqual(expect.arrayContaining(["czechoslovakia"]));
    const soares = lex.people.get("mario-soares")!;
    expect(officesOn(soares, "1984-06-01").map((o) => o.office)).toEqual(["prime-minister"]);
    expect(officesOn(soares, "1990-06-01").map((o) => o.office)).toEqual(["president"]);
    expect(officesOn(soares, "1997-06-01")).toEqual([]);
  });

  it("marks a surname two people of the lexicon share as ambiguous", () => {
    for (const id of ["konstantinos-karamanlis", "kostas-karamanlis", "andreas-papandreou", "george-papandreou", "lech-kaczynski", "jaroslaw-kaczynski"]) expect(lex.people.get(id)?.shortAmbiguous, id).toBe(true);
  });
});
