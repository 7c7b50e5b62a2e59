// Pass 5 (events): two English classes of people told apart from the meeting's verb. Sentences written for this test.
//   - _hosted-told.ts: the host of a gathering told in the sentence before ("a summit hosted by X", "a conclave chaired
//     by X") is at the meeting a sentence opening with "The meeting" / "The summit" goes on telling;
//   - _ceremony.ts: onlookers of a signing told in the next sentence still join it when an event noun stands in a phrase
//     of time after them ("The signing was witnessed by C and D, at the end of a summit at the palace");
//   - events.json join: who "read the final communiqué" was at the gathering just told.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

describe("pass 5: the host of the gathering told before", () => {
  it("'… after a conclave hosted by X. The meeting brought together A and B' puts X with A and B", () => {
    const f = facts(
      "Southern African leaders agreed on Monday to extend their mission, after a conclave hosted by President Cyril Ramaphosa in Pretoria. The meeting brought together Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera.",
      "2023-06-13",
    );
    expect(met(f, P("cyril-ramaphosa"), P("hakainde-hichilema")).length).toBeGreaterThan(0);
    expect(met(f, P("cyril-ramaphosa"), P("lazarus-chakwera")).length).toBeGreaterThan(0);
  });
  it("no host when the sentence before names none so", () => {
    const f = facts(
      "President Cyril Ramaphosa said on Monday the region was calm. The meeting brought together Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera.",
      "2023-06-13",
    );
    expect(met(f, P("cyril-ramaphosa"), P("hakainde-hichilema"))).toEqual([]);
  });
});

describe("pass 5: onlookers in the next sentence with a phrase of time", () => {
  it("'The signing was witnessed by C and D, at the end of a summit at the palace' joins C and D to the signing", () => {
    const f = facts(
      "President William Ruto and President Samia Suluhu Hassan on Tuesday signed a border pact in Arusha. The signing was witnessed by President Yoweri Museveni and President Paul Kagame, at the end of a regional summit at the conference centre.",
      "2023-05-17",
    );
    expect(met(f, P("william-ruto"), P("paul-kagame")).length).toBeGreaterThan(0);
    expect(met(f, P("samia-suluhu-hassan"), P("yoweri-museveni")).length).toBeGreaterThan(0);
  });
});

describe("pass 5: who read the final communiqué was at the summit", () => {
  it("'X read the final communiqué' after a summit attended by A and B joins X to it", () => {
    const f = facts(
      "The summit, chaired by President Cyril Ramaphosa, was attended by President Hakainde Hichilema and President Lazarus Chakwera. The Executive Secretary of SADC, Elias Magosi, read the final communiqué.",
      "2023-06-13",
    );
    expect(met(f, "Elias Magosi", P("cyril-ramaphosa")).length + met(f, P("elias-magosi"), P("cyril-ramaphosa")).length).toBeGreaterThan(0);
  });
});
