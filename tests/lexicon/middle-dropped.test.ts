// The lexicon loader (lexicon/index.ts, middleDropped) also reads an English name of three words or more by its first
// and last word when its middle words are given names ("Luis Alberto Castiglioni" as "Luis Castiglioni"). People
// invented for this test.
import { describe, expect, it } from "vitest";
import { middleDropped } from "../../src/lexicon/index.js";
import type { PersonEntry } from "../../src/lexicon/types.js";

const given = new Set(["elena", "maria", "tomas", "ali", "abdul", "karim"]);
const person = (id: string, full: string, short: string, extra: Partial<PersonEntry> = {}): PersonEntry => ({ id, name: full, names: { en: [full] }, short: { en: [short] }, source: "test", ...extra });

describe("middleDropped: first and last word of a name whose middle words are given names", () => {
  it("drops the middle given name", () => {
    expect(middleDropped([person("elena-vasquez", "Elena Maria Vasquez", "Vasquez")], given)).toEqual([["Elena Vasquez", "person/elena-vasquez"]]);
  });
  it("not when a middle word is no given name (a paternal surname: Tomas Ortega Vidal is no 'Tomas Vidal')", () => {
    expect(middleDropped([person("tomas-ortega-vidal", "Tomas Ortega Vidal", "Vidal")], given)).toEqual([]);
  });
  it("not when the last word is a given name itself, the first a compound's half, or the lexicon holds no such surname", () => {
    expect(middleDropped([person("karim-maria-ali", "Karim Maria Ali", "Ali")], given)).toEqual([]);
    expect(middleDropped([person("abdul-karim-nour", "Abdul Karim Nour", "Nour")], given)).toEqual([]);
    expect(middleDropped([person("elena-maria-roth", "Elena Maria Roth", "Elena")], given)).toEqual([]);
    expect(middleDropped([person("elena-maria-roth", "Elena Maria Roth", "Roth", { shortAmbiguous: true })], given)).toEqual([]);
  });
  it("not when two people would share the form, or someone already has it as a name", () => {
    const twins = [person("elena-maria-roth", "Elena Maria Roth", "Roth"), person("elena-tomas-roth", "Elena Tomas Roth", "Roth")];
    expect(middleDropped(twins, given)).toEqual([]);
    expect(middleDropped([person("elena-maria-roth", "Elena Maria Roth", "Roth"), person("elena-roth", "Elena Roth", "Roth")], given)).toEqual([]);
  });
});
