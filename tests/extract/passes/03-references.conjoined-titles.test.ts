// Pass 2 (a monarch's word of two regnal offices), pass 3 (a bare title among several holders) and the sides of a
// clause (_mentions.actorsIn: a title reference joined by "and" to a named side). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2024-10-29"; // a Tuesday
const FELIPE = P("felipe-vi");
const MACRON = P("emmanuel-macron");
const MODI = P("narendra-modi");
const BIDEN = P("joe-biden");
const ALBANESE = P("anthony-albanese");

describe("a monarch's word naming the office under the monarch's", () => {
  it("'Queen X' beside a king holds the queen's office, so 'the King' alone is still the king", () => {
    const f = facts(`MADRID, 29 October 2024 – His Majesty King Felipe VI opened the conference on Monday.

On Tuesday, Queen Letizia visited a hospital in Toledo. The King met President Emmanuel Macron at the Royal Palace.`, D);
    expect(f.roles.find((r) => f.mentions[r.person].text === "Letizia")?.office).toBe("queen");
    expect(met(f, FELIPE, MACRON).map((e) => e.date)).toEqual([D]);
    expect(met(f, "Letizia", MACRON)).toEqual([]);
  });
});

describe("a bare title among several holders", () => {
  it("is the one holder named before it, not a holder the article names only later", () => {
    const f = facts(`NEW DELHI, 29 October 2024 – Prime Minister Narendra Modi opened the summit on Monday.

President Joe Biden spoke to the delegates by video. On Tuesday the delegates were received by the Prime Minister. Australian Prime Minister Anthony Albanese sent a message.`, D);
    const ref = f.mentions.find((m) => m.text === "Prime Minister" && m.antecedent !== undefined);
    expect(ref && f.mentions[ref.antecedent!].lexiconId).toBe(MODI);
    expect(met(f, ALBANESE, BIDEN)).toEqual([]);
  });
});

describe("a title reference joined by 'and' to a named side", () => {
  it("'the King and Queen X met Y' has the King among the sides", () => {
    const f = facts(`MADRID, 29 October 2024 – His Majesty King Felipe VI opened the conference on Monday.

On Tuesday evening, the King and Queen Letizia met President Emmanuel Macron at the Royal Palace.`, D);
    expect(met(f, FELIPE, MACRON).map((e) => e.date)).toEqual([D]);
    expect(met(f, "Letizia", MACRON).map((e) => e.date)).toEqual([D]);
  });

  it("'was greeted by X, and the Prime Minister' has the Prime Minister among the sides", () => {
    const f = facts(`NEW DELHI, 29 October 2024 – Prime Minister Narendra Modi opened the summit on Monday.

On Tuesday, President Emmanuel Macron arrived in New Delhi and was greeted by the Vice President, Jagdeep Dhankhar, and the Prime Minister.`, D);
    expect(met(f, MODI, MACRON).map((e) => e.date)).toEqual([D]);
  });
});
