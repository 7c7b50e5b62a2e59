// Pass 2b on a construction met in the correspondents suite, in sentences written for these tests: a work of
// infrastructure named after a person, its head in lower case after "the" ("the Tancredo Neves bridge", "the
// Jomo Kenyatta airport"), is a place, not a mention of the person (02b-organizations MONUMENT).
import { describe, expect, it } from "vitest";
import { facts, met, P, people, places } from "./helpers.js";

describe("pass 2b: a bridge, dam, airport or stadium named after a person, its head in lower case", () => {
  it("'inaugurated the X bridge' names no X, and X meets no one", () => {
    const f = facts("Presidents Carlos Menem and Fernando Henrique Cardoso met on Friday after they opened the Juscelino Kubitschek bridge over the river.", "1996-05-11");
    expect(people(f).some((p) => /kubitschek/i.test(p))).toBe(false);
    expect(places(f).some((p) => /bridge/i.test(p))).toBe(true);
    expect(met(f, P("carlos-menem"), P("fernando-henrique-cardoso")).length).toBe(1);
  });
  it("'landed at the Jomo Kenyatta airport' names no Jomo Kenyatta; 'a bridge Kenyatta opened' still names him", () => {
    expect(people(facts("William Ruto landed at the Jomo Kenyatta airport on Monday.", "2023-05-02"))).not.toContain(P("jomo-kenyatta"));
    expect(people(facts("Jomo Kenyatta opened the bridge in 1970, officials recalled on Monday.", "2023-05-02"))).toContain(P("jomo-kenyatta"));
  });
});
