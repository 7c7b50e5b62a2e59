// Pass 3 (_styled-given-names.ts): a style of address and a given name alone ("Sheikh Saif", "Sayyid Badr"), the way
// the Gulf's English press names again someone it named in full, is that person; of several people named in full
// with that given name first, the one it styled so. (_mentions.ts) An English subject pronoun right before a meeting
// verb whose named sides all follow it ("he received the delegations headed by A and B") is a side of its own.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const D = "2024-02-14"; // a Wednesday
const SAIF = P("saif-bin-zayed-al-nahyan");
const MBR = P("mohammed-bin-rashid-al-maktoum");
const MBS = P("mohammed-bin-salman");
const SHIHAB = P("shihab-bin-tariq");
const FIDAN = P("hakan-fidan");
const ARAGHCHI = P("abbas-araghchi");

/** The person each mention of a given written form stands for (its antecedent's lexicon id). */
function standsFor(text: string, written: string): Array<string | undefined> {
  const f = facts(text, D);
  return f.mentions.filter((m) => m.kind === "person" && m.text === written).map((m) => f.mentions[m.antecedent ?? m.index].lexiconId);
}

describe("a style and a given name alone are the person named in full before", () => {
  it("'Sheikh Saif' after 'Sheikh Saif bin Zayed Al Nahyan' is he, and meets whom he receives", () => {
    const text = "Lt. General Sheikh Saif bin Zayed Al Nahyan, Minister of Interior, opened the exhibition in Abu Dhabi on Monday. On Tuesday, Sheikh Saif received Hakan Fidan at his office.";
    expect(standsFor(text, "Saif")).toEqual([SAIF]);
    expect(met(facts(text, D), SAIF, FIDAN)).toHaveLength(1);
  });

  it("'Sayyid' before the given name of Oman's deputy prime minister", () => {
    const text = "Sayyid Shihab bin Tariq Al Said, Deputy Prime Minister for Defence Affairs, arrived in Tehran on Sunday. Sayyid Shihab then held talks with Abbas Araghchi.";
    expect(standsFor(text, "Shihab")).toEqual([SHIHAB]);
  });

  it("of two named in full with the same given name first, the one styled the same way", () => {
    const text = "Prince Mohammed bin Salman and Sheikh Mohammed bin Rashid Al Maktoum attended the opening on Monday. Sheikh Mohammed later toured the pavilions.";
    expect(standsFor(text, "Mohammed")).toEqual([MBR]);
    expect(standsFor(text, "Mohammed")).not.toContain(MBS);
  });

  it("no reference before one is named in full, nor where the style opens a longer name or a place", () => {
    expect(people(facts("Sheikh Hamdan opened the exhibition on Monday.", D)).some((p) => p.includes("saif"))).toBe(false);
    const text = "Sheikh Saif bin Zayed Al Nahyan visited the troops on Monday at Sheikh Saif Airbase.";
    expect(standsFor(text, "Saif")).toEqual([]);
  });
});

describe("an English subject pronoun right before a meeting verb is a side though the object names two", () => {
  it("'he received the delegations headed by A and B': the three met", () => {
    const f = facts("Sheikh Saif bin Zayed Al Nahyan did not travel to Ankara. On February 12 he received the delegations headed by Hakan Fidan and Abbas Araghchi in Abu Dhabi.", D);
    expect(met(f, SAIF, FIDAN)).toHaveLength(1);
    expect(met(f, SAIF, ARAGHCHI)).toHaveLength(1);
  });
});
