// Pass 1 (_names.nameRun, unknownAfter): a given name, a middle name the dictionary knows and a family name it does
// not ("Pedro Noble Arrizabalaga") are one name: the dictionary word does not end it when a capitalised word no
// dictionary knows follows; with a common word after it the name still ends there. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const D = "1986-04-12";
const people = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "person").map((m) => m.text);

describe("pass 1: a dictionary word as a middle name", () => {
  it("'Finance Minister Pedro Noble Arrizabalaga' is read whole", () => {
    expect(people("Finance Minister Pedro Noble Arrizabalaga met the bankers in Montevideo on Saturday.")).toContain("Pedro Noble Arrizabalaga");
  });
  it("'Trade Minister Carlos Fair Etxeberria' is read whole", () => {
    expect(people("Trade Minister Carlos Fair Etxeberria signed the protocol on Saturday.")).toContain("Carlos Fair Etxeberria");
  });
});
