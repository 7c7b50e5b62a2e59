// Pass 5 (events) and its helpers _signings.ts, _joiners.ts and _ceremony.ts, found by the broadsheets suite: the
// signers of a document who say in a relative clause what it does still met ("signed two treaties that they said
// …"); one signer alone right after a signing ("C signed both as a witness"), past a relative clause about him that
// names a place of its own, was at that ceremony; and the onlookers told after him still join it. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { events, facts, met, P } from "./helpers.js";

const KOHL = P("helmut-kohl");
const MITTERRAND = P("francois-mitterrand");
const CHIRAC = P("jacques-chirac");
const GENSCHER = P("hans-dietrich-genscher");
const DUMAS = P("roland-dumas");
const D = "1988-01-23";

describe("a speech verb in a relative clause about the signed document reports nothing of the signing", () => {
  it("'A and B signed two treaties that they said …' is a meeting of A and B", () => {
    const f = facts("Helmut Kohl and François Mitterrand signed two treaties in Paris on Friday that they said would bind their armies together.", D);
    expect(met(f, KOHL, MITTERRAND).map((e) => e.date)).toEqual(["1988-01-22"]);
    const g = facts("Helmut Kohl and François Mitterrand signed two treaties in Paris on Friday that they said would bind their armies together, Jacques Chirac said.", D);
    expect(met(g, KOHL, MITTERRAND)).toHaveLength(1);
    expect(met(g, CHIRAC, KOHL)).toEqual([]);
  });
  it("a speaker who reports the signing is still no one at it", () => {
    const f = facts("Helmut Kohl and François Mitterrand signed two treaties in Paris on Friday that would bind their armies together, Jacques Chirac said.", D);
    expect(met(f, KOHL, MITTERRAND)).toHaveLength(1);
    expect(met(f, CHIRAC, KOHL)).toEqual([]);
  });
});

describe("one signer alone after a signing was at that ceremony", () => {
  it("'C signed both as a witness' in the next sentence joins the signing, past a relative clause with its own place", () => {
    const f = facts("Helmut Kohl and François Mitterrand signed two treaties in Paris on Friday. Jacques Chirac, who had hosted the talks at Matignon, the Prime Minister's residence, for three days, signed both as a witness.", D);
    expect(met(f, CHIRAC, KOHL)).toHaveLength(1);
    expect(met(f, CHIRAC, MITTERRAND)).toHaveLength(1);
  });
  it("onlookers told two sentences after the lone signer still join the ceremony", () => {
    const f = facts("Helmut Kohl and François Mitterrand signed two treaties in Paris on Friday. Jacques Chirac signed both as a witness. The three men then shook hands. Hans-Dietrich Genscher and Roland Dumas looked on.", D);
    expect(met(f, GENSCHER, CHIRAC)).toHaveLength(1);
    expect(met(f, DUMAS, KOHL)).toHaveLength(1);
  });
  it("a lone signer with no signing before, or with a day of his own, is no meeting of anyone", () => {
    expect(events(facts("Jacques Chirac signed the decree in Paris on Friday.", D), "meeting")).toEqual([]);
    const f = facts("Helmut Kohl and François Mitterrand signed the treaty in Paris on Friday. Jacques Chirac signed it on Monday.", D);
    expect(met(f, CHIRAC, KOHL)).toEqual([]);
    expect(met(f, KOHL, MITTERRAND)).toHaveLength(1);
  });
});

describe("the host who presided over the signing was at it (cues.json onlooker)", () => {
  it("'The signing, presided over by C, …' and 'C presided over the ceremony' after a signing", () => {
    const a = facts("Helmut Kohl and François Mitterrand signed the treaty in Paris on Friday. The signing, presided over by Jacques Chirac, the host, took 20 minutes.", D);
    expect(met(a, CHIRAC, KOHL)).toHaveLength(1);
    const b = facts("Helmut Kohl and François Mitterrand signed the treaty in Paris on Friday. Jacques Chirac presided over the ceremony.", D);
    expect(met(b, CHIRAC, MITTERRAND)).toHaveLength(1);
  });
  it("a meeting presided over by someone with no signing before it joins no ceremony", () => {
    const f = facts("Helmut Kohl met François Mitterrand in Paris on Friday. On Monday a conference presided over by Jacques Chirac opened in Lyon.", D);
    expect(met(f, CHIRAC, KOHL)).toEqual([]);
  });
});
