// Pass 2 (_names.surnameWord) and pass 1 (findCues): in English a capitalised word right after a name particle closes
// the name though a dictionary knows it, and is no cue word ("Al Said": not "said"); Oman's style Sayyid before a
// given name is an honorific (offices.json honorifics), no word of the name. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { facts } from "./helpers.js";

const D = "2023-05-16";
const names = (text: string) => facts(text, D).mentions.filter((m) => m.kind === "person" && m.antecedent === undefined).map((m) => m.text);

describe("a capitalised word after a name particle ends the name", () => {
  it("'Sayyid Harib bin Thuwaini Al Said' is the name 'Harib bin Thuwaini Al Said'", () => {
    expect(names("The envoy was received in Muscat by Deputy Prime Minister Sayyid Harib bin Thuwaini Al Said on Tuesday.")).toContain("Harib bin Thuwaini Al Said");
  });
  it("no speaker is read from a name's 'Said'", () => {
    const f = facts("Minister Harib bin Thuwaini Al Said met the Indian envoy in Muscat on Tuesday.", D);
    expect(f.mentions.filter((m) => m.kind === "person").map((m) => m.text)).toContain("Harib bin Thuwaini Al Said");
  });
  it("the verb 'said' after a name stays a speech word, and the name ends before it", () => {
    expect(names("Minister Harib bin Thuwaini said the talks went well.")).toContain("Harib bin Thuwaini");
  });
});
