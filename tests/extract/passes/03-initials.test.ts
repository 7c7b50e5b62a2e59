// Pass 3 (_initials.ts): a known person written with a middle initial ("Antony J. Blinken") is the lexicon's
// person. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P, people } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");

describe("pass 3: a middle initial in a known person's name", () => {
  it("'Foreign Minister Hakan K. Fidan' is Hakan Fidan, and his meeting is Hakan Fidan's", () => {
    const f = facts("Turkish Foreign Minister Hakan K. Fidan met Fuad Hussein in Ankara on Monday.", "2025-05-06");
    expect(people(f)).toContain(FIDAN);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("a name the lexicon does not hold without its initial stays the text's own", () => {
    const f = facts("Deputy Minister Hakan K. Demirtepe met Fuad Hussein in Ankara on Monday.", "2025-05-06");
    expect(people(f)).not.toContain(FIDAN);
    expect(people(f)).toContain("Hakan K. Demirtepe");
  });
});

describe("pass 3: a written-out middle name in a known person's name", () => {
  it("'Hakan Kemal Fidan' is Hakan Fidan, and his meeting is Hakan Fidan's", () => {
    const f = facts("The Turkish Foreign Minister, Hakan Kemal Fidan, received Fuad Hussein in Ankara on Monday.", "2025-05-06");
    expect(people(f)).toContain(FIDAN);
    expect(met(f, FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("a first and last word that are no one's full name keep the text's name", () => {
    const f = facts("The Turkish Deputy Minister, Hakan Kemal Demirtepe, received Fuad Hussein in Ankara on Monday.", "2025-05-06");
    expect(people(f)).not.toContain(FIDAN);
    expect(people(f)).toContain("Hakan Kemal Demirtepe");
  });
});

describe("pass 3: an initial between two names read apart", () => {
  it("'Lloyd J. Austin III' is Lloyd Austin, not a namesake's 'Lloyd' and a short form 'Austin'", () => {
    const f = facts("Defense Secretary Lloyd J. Austin III held talks with Fuad Hussein at the Pentagon on Monday.", "2023-05-08");
    expect(people(f)).toContain(P("lloyd-austin"));
    expect(people(f)).not.toContain(P("selwyn-lloyd"));
    expect(met(f, P("lloyd-austin"), HUSSEIN)).toHaveLength(1);
    expect(f.mentions.find((m) => m.lexiconId === P("lloyd-austin"))?.text).toBe("Lloyd J. Austin III");
  });
  it("two names whose words are no one entry's full name stay apart", () => {
    const f = facts("Hakan Fidan and Lloyd J. Fuad Hussein spoke in Ankara on Monday.", "2023-05-08");
    expect(people(f)).not.toContain(P("lloyd-austin"));
  });
});

describe("pass 3: a Japanese name written family name first (NHK World, the Japanese government's English)", () => {
  const SUGA = P("yoshihide-suga");
  it("'Prime Minister Suga Yoshihide' is Yoshihide Suga, and his meeting is his", () => {
    const f = facts("Japanese Prime Minister Suga Yoshihide held talks with Vietnamese Prime Minister Nguyen Xuan Phuc in Hanoi on Monday.", "2020-10-19");
    expect(people(f)).toContain(SUGA);
    expect(met(f, SUGA, P("nguyen-xuan-phuc"))).toHaveLength(1);
  });
  it("two words whose reversal is no one's full name are not a lexicon person (nor the one they begin)", () => {
    const f = facts("The delegate Nguyen Xuan told reporters in Hanoi on Monday that the talks went well.", "2020-10-19");
    expect(people(f)).not.toContain(P("xuan-nguyen"));
    expect(people(f)).not.toContain(P("nguyen-xuan-phuc"));
  });
});
