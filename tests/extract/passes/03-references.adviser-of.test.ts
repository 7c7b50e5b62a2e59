// Pass 3: «مستشار الرئيس الروسي فلاديمير بوتين» is the Russian president's adviser: the name is the president's, in the
// genitive, when the lexicon does not give him the title's office (03-references.headedTitleOfOther); the adviser, not
// named, met no one by name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met } from "./helpers.js";

const D = "2017-11-05";
const HOST = "person/michel-aoun";

describe("pass 3: an adviser of a named leader is not that leader", () => {
  it("«استقبل X مستشار الرئيس الروسي فلاديمير بوتين»: Putin did not meet X", () => {
    expect(met(facts("استقبل الرئيس اللبناني ميشال عون في بيروت مستشار الرئيس الروسي فلاديمير بوتين.", D), HOST, "person/vladimir-putin")).toEqual([]);
  });
  it("«… علي أكبر ولايتي مستشار المرشد الإيراني»: Velayati met X, Khamenei did not", () => {
    const f = facts("استقبل الرئيس اللبناني ميشال عون في بيروت علي أكبر ولايتي مستشار المرشد الإيراني.", D);
    expect(met(f, HOST, "person/ali-akbar-velayati")).toHaveLength(1);
    expect(met(f, HOST, "person/ali-khamenei")).toEqual([]);
  });
  it("the president himself after his title is still the one met", () => {
    expect(met(facts("استقبل الرئيس اللبناني ميشال عون في بيروت الرئيس الروسي فلاديمير بوتين.", D), HOST, "person/vladimir-putin")).toHaveLength(1);
  });
});
