// The historical office holders of the smaller European countries, the Baltic states, Ukraine, Belarus, Moldova and
// the Caucasus (people-history-europe.json, 1975–2014): found by their full name in each script, their offices
// dated (former states as their countries), and surnames several of them share (Karamanlis, Papandreou) ambiguous.
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { facts, people } from "../extract/passes/helpers.js";

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

  it("reads them in an article of their years: a surname alone, after a title, the holder of the article's day", () => {
    expect(people(facts("Swedish Prime Minister Olof Palme met Chancellor Kreisky in Vienna. Palme said the talks went well.", "1980-03-04"))).toEqual(["person/olof-palme", "person/bruno-kreisky"]);
    expect(people(facts("Greek Prime Minister Papandreou met President Ceausescu.", "1985-03-04"))).toEqual(["person/andreas-papandreou", "person/nicolae-ceausescu"]);
    expect(people(facts("التقى الرئيس البرتغالي ماريو سواريش مساء اليوم في لشبونة.", "1990-06-01"))).toContain("person/mario-soares");
    expect(people(facts("دیپلمات سوئدی کارل بیلت روز دوشنبه گفت که گفت‌وگوها ادامه دارد.", "2008-06-01"))).toEqual(["person/carl-bildt"]);
  });
});
