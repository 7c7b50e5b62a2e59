// Pass 5 (_trigger-readings.joinsOwnMeeting): "A held talks with B before the two were joined by their delegations",
// "…, later joined by C": a join told in the passive, or after the meeting's people as a pair, goes on telling the
// clause's own meeting; the meeting is the clause's event (it was lost to the join), and who joined it is at it.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2005-04-21";
const KARZAI = P("hamid-karzai");
const MUSHARRAF = P("pervez-musharraf");

describe("pass 5: a join that goes on telling the clause's meeting", () => {
  it("'before the two were joined by aides': the meeting stands", () => {
    const f = facts("Hamid Karzai held a meeting with Pervez Musharraf at the presidency before the two were joined by aides.", D);
    expect(met(f, KARZAI, MUSHARRAF)).toHaveLength(1);
  });
  it("'…, later joined by C': C is at the meeting", () => {
    const f = facts("Hamid Karzai held talks with Pervez Musharraf, later joined by Prime Minister Shaukat Aziz.", D);
    expect(met(f, KARZAI, P("shaukat-aziz"))).toHaveLength(1);
  });
});
