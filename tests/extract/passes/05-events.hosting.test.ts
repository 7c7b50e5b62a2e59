// Pass 5: the English gerund "hosting" is a meeting word like "hosted" ("…, X said after hosting them"), but not
// after "for", where it gives a reason whose subject the clause names as its object ("thanked Qatar for hosting
// X"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const A = "person/olaf-scholz";
const B = "person/emmanuel-macron";
const C = "person/giorgia-meloni";

describe("pass 5: 'hosting' is a meeting word", () => {
  it("'…, X said after hosting them at Y': X met the two", () => {
    const f = facts("Olaf Scholz and Emmanuel Macron agreed on Monday to build a tank together, Giorgia Meloni said after hosting them at the Palazzo Chigi.", D);
    expect(met(f, C, A).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(met(f, C, B)).toHaveLength(1);
  });
  it("'X, hosting Y in Rome on Monday, said …'", () => {
    expect(met(facts("Giorgia Meloni, hosting Olaf Scholz in Rome on Monday, said the talks went well.", D), C, A).map((e) => e.place)).toEqual(["place/rome"]);
  });
  it("'thanked Z for hosting Y' is no meeting of the one who thanks", () => {
    expect(met(facts("Giorgia Meloni thanked Qatar for hosting Olaf Scholz on Monday.", D), C, A)).toEqual([]);
  });
  it("hosting a summit names no one met", () => {
    expect(met(facts("Giorgia Meloni is hosting a summit of Mediterranean leaders on Sunday, Olaf Scholz said.", D), C, A)).toEqual([]);
  });
});
