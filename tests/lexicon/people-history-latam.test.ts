// The historical office holders of Latin America and the Caribbean (people-history-latam.json, 1975–2014): found
// by their full name in each script and without Spanish accents, their offices dated, and surnames two of them
// share (Torrijos, Jagan) or a city's name (Toledo) kept from matching alone.
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];

describe("people-history-latam.json", () => {
  it("finds a former head of state by name in English (with or without accents), Persian and Arabic", () => {
    for (const name of ["Raúl Alfonsín", "Raul Alfonsin", "رائول آلفونسین", "راؤول ألفونسين"]) expect(ids(name), name).toEqual(["person/raul-alfonsin"]);
    for (const name of ["Ernesto Zedillo", "ارنستو زدیو", "إرنستو زيديو"]) expect(ids(name), name).toEqual(["person/ernesto-zedillo"]);
    for (const name of ["Jean-Bertrand Aristide", "ژان برتران آریستید", "جان برتران أريستيد"]) expect(ids(name), name).toEqual(["person/jean-bertrand-aristide"]);
  });

  it("dates the offices: Alan García heads Peru in 1987 and in 2008, not in 1995", () => {
    const p = lex.people.get("alan-garcia")!;
    expect(officesOn(p, "1987-06-01").map((o) => o.country)).toEqual(["peru"]);
    expect(officesOn(p, "2008-06-01").map((o) => o.office)).toEqual(["president"]);
    expect(officesOn(p, "1995-06-01")).toEqual([]);
  });

  it("marks a surname two people share, or a common word, as ambiguous, and drops a city's name as a short form", () => {
    for (const id of ["omar-torrijos", "martin-torrijos", "cheddi-jagan", "janet-jagan", "carlos-mesa", "ricardo-maduro"]) expect(lex.people.get(id)?.shortAmbiguous, id).toBe(true);
    expect(ids("Toledo")).not.toContain("person/alejandro-toledo");
  });
});
