// Pass 5 on constructions met in the correspondents suite, in sentences written for these tests: witnesses of a
// signing told in the sentence after it, who name no signers of their own ("X and Y witnessed the signing, along
// with Z"), join it (_ceremony.onlookerCues, _signings.coWitnessStart); so do the people of "the ceremony was
// attended by …" and "who sat next to A" (cues.json onlooker); "were present at the … talks which followed" adds
// people to the talks just reported (events.json join); 'a one-to-one meeting', 'a tete-a-tete', 'a four-eyed
// meeting' of 'the two prime ministers' are meetings (events.json).
import { describe, expect, it } from "vitest";
import { agreements, facts, met, P } from "./helpers.js";

describe("pass 5: presence at a signing or talks told in the next sentence", () => {
  it("'X and Y witnessed the signing' after a signing: both join it, and the signers meet them", () => {
    const f = facts("Salva Kiir and Riek Machar signed the revitalised peace deal in Addis Ababa on Wednesday.\n\nEthiopian Prime Minister Abiy Ahmed and Ugandan President Yoweri Museveni witnessed the signing.", "2018-09-13");
    expect(met(f, P("salva-kiir"), P("abiy-ahmed")).map((e) => e.date)).toEqual(["2018-09-12"]);
    expect(met(f, P("riek-machar"), P("yoweri-museveni")).length).toBe(1);
  });

  it("a co-witness set off by ', along with' watches with them, and is no signer", () => {
    const f = facts("Salva Kiir and Riek Machar signed the revitalised peace deal in Addis Ababa on Wednesday.\n\nAbiy Ahmed witnessed the signing, along with Kenyan President Uhuru Kenyatta.", "2018-09-13");
    expect(met(f, P("salva-kiir"), P("uhuru-kenyatta")).map((e) => e.date)).toEqual(["2018-09-12"]);
    expect(met(f, P("abiy-ahmed"), P("uhuru-kenyatta")).map((e) => e.date)).toEqual(["2018-09-12"]);
    expect(agreements(f).some((a) => a.who.includes(P("uhuru-kenyatta")))).toBe(false);
  });

  it("'witnessed the signing of the deal by A and B' still names the signers in its own sentence", () => {
    const f = facts("Abiy Ahmed and Yoweri Museveni witnessed the signing of the deal by Salva Kiir and Riek Machar on Wednesday.", "2018-09-13");
    expect(met(f, P("abiy-ahmed"), P("riek-machar")).map((e) => e.date)).toEqual(["2018-09-12"]);
  });

  it("'The ceremony was attended by … among them A and B' and 'C, who sat next to D,': at the signing", () => {
    const f = facts("Salva Kiir and Riek Machar signed the peace deal in Khartoum on Sunday.\n\nThe ceremony was attended by several leaders of the region, among them Kenyan President Uhuru Kenyatta.\n\nSudanese President Omar al-Bashir, who sat next to Mr Machar, also addressed the crowd.", "2018-08-06");
    expect(met(f, P("salva-kiir"), P("uhuru-kenyatta")).map((e) => e.date)).toEqual(["2018-08-05"]);
    expect(met(f, P("riek-machar"), P("omar-al-bashir")).map((e) => e.date)).toEqual(["2018-08-05"]);
  });

  it("'A and B were present at the expanded talks which followed': they join the talks just reported", () => {
    const f = facts("President Jakaya Kikwete received Rwandan President Paul Kagame at State House in Dar es Salaam on Monday.\n\nForeign Minister Bernard Membe and Vice-President Mohamed Gharib Bilal were present at the expanded talks which followed.", "2013-06-11");
    expect(met(f, P("paul-kagame"), P("bernard-membe")).map((e) => e.date)).toEqual(["2013-06-10"]);
  });
});

describe("pass 5: the South's English words for a private meeting of two", () => {
  for (const phrase of ["a one-to-one meeting", "a tete-a-tete", "a four-eyed meeting"]) {
    it(`'the two prime ministers held ${phrase}': a meeting of the pair`, () => {
      const f = facts(`Prime Minister Nawaz Sharif received Indian Prime Minister Manmohan Singh's envoy on Monday.\n\nNawaz Sharif and Manmohan Singh later spoke to reporters in New York.\n\nThe two prime ministers held ${phrase} on Sunday.`, "2013-09-30");
      expect(met(f, P("nawaz-sharif"), P("manmohan-singh")).map((e) => e.date)).toContain("2013-09-29");
    });
  }
});
