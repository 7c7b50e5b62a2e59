// Pass 5 (events), English classes found by the balkans suite: the adjective "then" before an office's title ("the
// then prime minister B") is no word of sequence; the day pass 4 gives to a clause after ", a day after" is no day of
// one of the objects before it; "A and B signed …, together with C and D" is one signing of the four (a comitative
// "with" names who signs beside the subject); a contact told "before the ceremony" is no gesture at it; and a day
// in the possessive ("Friday's summit") dates its noun, not the clause that names another day; a relative clause
// about one object of a list ("welcomed A, who chaired the meeting, and B") is no event of its own.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2019-04-12"; // a Friday
const KARIS = P("alar-karis");
const LEVITS = P("egils-levits");
const KARINS = P("krisjanis-karins");

describe("pass 5: 'then' before a title is the adjective, no next step", () => {
  it("'met A at the palace on March 3, together with the then prime minister B': one meeting of the three", () => {
    const f = facts("Estonian President Alar Karis met Latvian President Egils Levits at Riga Castle on March 3, together with the then prime minister Krisjanis Karins.", D);
    expect(met(f, LEVITS, KARINS).length).toBeGreaterThan(0);
  });
  it("'met A on March 3, and then B' still meets them one after the other", () => {
    const f = facts("Estonian President Alar Karis met Latvian President Egils Levits at Riga Castle on March 3, and then Prime Minister Krisjanis Karins.", D);
    expect(met(f, KARIS, KARINS).length).toBeGreaterThan(0);
    expect(met(f, LEVITS, KARINS)).toEqual([]);
  });
  it("a list that opens with the adjective: 'with then President A, then Prime Minister B and then Speaker C' is one meeting", () => {
    const f = facts("The previous summit took place in Riga in May 2017, with then President Raimonds Vejonis, then Prime Minister Juri Ratas and then President Dalia Grybauskaite.", D);
    expect(met(f, P("juri-ratas"), P("dalia-grybauskaite")).length).toBeGreaterThan(0);
  });
  it("'met A at the palace on March 3, then Prime Minister B' (no 'and') still meets them one after the other", () => {
    const f = facts("Estonian President Alar Karis met Latvian President Egils Levits on March 3, then Prime Minister Krisjanis Karins.", D);
    expect(met(f, LEVITS, KARINS)).toEqual([]);
  });
});

describe("pass 5: the day of a clause after ', a day after' is not one object's day", () => {
  it("'met A on March 3, together with B, a day after …': one meeting of the three on March 3", () => {
    const f = facts("Estonian President Alar Karis met Latvian President Egils Levits in Riga on March 3, together with Prime Minister Krisjanis Karins, a day after the three countries agreed on a joint rail plan.", D);
    expect(met(f, LEVITS, KARINS).map((e) => e.date)).toEqual(["2019-03-03"]);
  });
});

describe("pass 5: a comitative 'with' of a signing names co-signers", () => {
  it("'A and B signed the treaty, together with C and D': C and D were at one table", () => {
    const f = facts("Croatian Prime Minister Andrej Plenkovic and Slovenian Prime Minister Marjan Sarec signed a border protocol in Zagreb on Thursday, together with foreign ministers Gordan Jandrokovic and Miro Cerar.", D);
    expect(met(f, P("gordan-jandrokovic"), P("miro-cerar")).length).toBeGreaterThan(0);
  });
  it("'X signed agreements with A and B' is still one signing with each", () => {
    const f = facts("Croatian Prime Minister Andrej Plenkovic signed agreements with Slovenian Prime Minister Marjan Sarec and Estonian Prime Minister Juri Ratas in Zagreb on Thursday.", D);
    expect(met(f, P("andrej-plenkovic"), P("marjan-sarec")).length).toBeGreaterThan(0);
    expect(met(f, P("marjan-sarec"), P("juri-ratas"))).toEqual([]);
  });
});

describe("pass 5: a day in the possessive dates its noun, not the clause", () => {
  it("'prepared Friday's summit during talks in Tallinn on March 3': the talks are of March 3", () => {
    const f = facts("Estonian Prime Minister Juri Ratas and Latvian Prime Minister Krisjanis Karins prepared Friday's summit during talks in Tallinn on March 3.", D);
    expect(met(f, P("juri-ratas"), KARINS).map((e) => e.date)).toEqual(["2019-03-03"]);
  });
});

describe("pass 5: a relative clause about one object of a list is no event of its own", () => {
  it("'A welcomed B, who chaired the meeting, and C': one meeting of the three", () => {
    const f = facts("Prime Minister Juri Ratas welcomed Latvian President Egils Levits, who chaired the meeting, and Lithuanian President Dalia Grybauskaite at Toompea Castle on Thursday.", D);
    expect(met(f, P("juri-ratas"), P("dalia-grybauskaite")).length).toBeGreaterThan(0);
  });
  it("'A met B, who later held talks with C' still tells two meetings", () => {
    const f = facts("Prime Minister Juri Ratas met Latvian President Egils Levits, who later held talks with Lithuanian President Dalia Grybauskaite, in Tallinn on Thursday.", D);
    expect(met(f, P("juri-ratas"), P("dalia-grybauskaite"))).toEqual([]);
  });
});

describe("pass 5: a contact before the ceremony is not at it", () => {
  it("'Before the ceremony, A was received by C': C did not meet the signers", () => {
    const f = facts(
      "Croatian Prime Minister Andrej Plenkovic and Slovenian Prime Minister Marjan Sarec signed a border protocol in Zagreb on Thursday. Before the ceremony, Sarec was received by President Kolinda Grabar-Kitarovic at the Presidential Palace.",
      D,
    );
    expect(met(f, P("marjan-sarec"), P("kolinda-grabar-kitarovic")).length).toBeGreaterThan(0);
    expect(met(f, P("andrej-plenkovic"), P("kolinda-grabar-kitarovic"))).toEqual([]);
  });
});
