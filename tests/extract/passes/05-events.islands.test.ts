// Pass 5, classes found by the islands suite (tests/extract/islands). Sentences written for these tests.
//   - who joins the meeting just reported (events.json join): a facilitator or mediator in the passive ("The meeting
//     was facilitated by X", "the talks were mediated by Y"), an observer ("Z attended as an observer"), and "W also
//     took part" with no object.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const RUTO = P("william-ruto");
const KIIR = P("salva-kiir");
const MUSEVENI = P("yoweri-museveni");

describe("pass 5: facilitators, mediators and observers join the meeting just reported", () => {
  it("'The talks were mediated by X. Y attended as an observer.'", () => {
    const f = facts("Salva Kiir and Riek Machar held talks in Entebbe on Tuesday. The talks were mediated by President Yoweri Museveni. Kenya's President William Ruto attended as an observer.", "2023-02-15");
    expect(met(f, KIIR, MUSEVENI).map((e) => e.date)).toContain("2023-02-14");
    expect(met(f, KIIR, RUTO).length).toBeGreaterThan(0);
  });
  it("'The meeting was facilitated by X' and 'W also took part'", () => {
    const f = facts("Salva Kiir met Riek Machar in Entebbe on Tuesday. The meeting was facilitated by President Yoweri Museveni, and Kenya's President William Ruto also took part.", "2023-02-15");
    expect(met(f, KIIR, MUSEVENI).length).toBeGreaterThan(0);
    expect(met(f, MUSEVENI, RUTO).length).toBeGreaterThan(0);
  });
  it("one mediating by telephone is no participant ('mediated by telephone' is not the passive of the meeting)", () => {
    const f = facts("Salva Kiir met Riek Machar in Juba on Tuesday. President Yoweri Museveni spoke to both men by telephone.", "2023-02-15");
    expect(met(f, KIIR, MUSEVENI)).toEqual([]);
  });
});
