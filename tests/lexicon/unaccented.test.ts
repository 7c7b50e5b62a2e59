// The lexicon loader (lexicon/index.ts, unaccentedVariants) also reads an English name of a person, a place or an
// organisation without its accents, as much English copy writes it ("Cucuta", "Malmo", "Lodz"), unless the plain
// one-word spelling is an English word. Sentences of this test written for it.
import { describe, expect, it } from "vitest";
import { unaccentedVariants } from "../../src/lexicon/index.js";
import { facts, places } from "../extract/passes/helpers.js";

const words = new Set(["save", "male"]);
const isWord = (w: string) => words.has(w);

describe("unaccentedVariants: an English name is also read without its accents", () => {
  it("drops accents and reads letters of other alphabets as plain ones", () => {
    expect(unaccentedVariants("Cúcuta", isWord)).toEqual(["Cúcuta", "Cucuta"]);
    expect(unaccentedVariants("Łódź", isWord)).toEqual(["Łódź", "Lodz"]);
    expect(unaccentedVariants("São Tomé and Príncipe", isWord)).toEqual(["São Tomé and Príncipe", "Sao Tome and Principe"]);
  });
  it("leaves a plain name, a one-word form that is an English word, and another script as written", () => {
    expect(unaccentedVariants("Bogota", isWord)).toEqual(["Bogota"]);
    expect(unaccentedVariants("Savè", isWord)).toEqual(["Savè"]);
    expect(unaccentedVariants("Malé", isWord)).toEqual(["Malé"]);
    expect(unaccentedVariants("کوکوتا", isWord)).toEqual(["کوکوتا"]);
  });
  it("an article that drops the accents finds the lexicon's places", () => {
    const f = facts("Colombian President Ivan Duque received opposition leader Juan Guaido in the border city of Cucuta on Friday. Swedish ministers later met in Malmo.", "2019-03-01");
    expect(places(f)).toEqual(expect.arrayContaining(["place/cucuta", "place/malmo"]));
  });
});
