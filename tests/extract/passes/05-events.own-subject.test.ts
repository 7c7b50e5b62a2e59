// Pass 5 (_own-subject.ts, 05-events signing meetings; _event-facts.venueIn): a second clause after ", and" with a
// subject and an event word of its own is another event ("A met B …, and C signed a pact with B …" is no meeting of
// A with C); a list of names before one verb is no such clause. A city-state ("at the Vatican", "in Singapore") is
// as near a venue as a city. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const FIDAN = P("hakan-fidan");
const WANG = P("wang-yi");
const BLINKEN = P("antony-blinken");
const LAVROV = P("sergey-lavrov");
const D = "2025-05-22";

describe("', and C signed … with B': a clause with its own subject", () => {
  it("two events, each of its own subject, day and place", () => {
    const f = facts("Hakan Fidan met Wang Yi in Ankara on March 3, 2019, and the then Secretary Antony Blinken signed a joint statement with Wang Yi in Beijing on June 19, 2023.", D);
    expect(met(f, FIDAN, WANG).map((e) => e.date)).toEqual(["2019-03-03"]);
    expect(met(f, BLINKEN, WANG).map((e) => e.date)).toEqual(["2023-06-19"]);
    expect(met(f, FIDAN, BLINKEN)).toEqual([]);
  });
  it("'A, B, and C signed …' is one signing of the three", () => {
    const f = facts("Hakan Fidan, Wang Yi, and Sergey Lavrov signed the declaration in Ankara on Tuesday.", D);
    expect(met(f, FIDAN, LAVROV)).toHaveLength(1);
    expect(met(f, WANG, LAVROV)).toHaveLength(1);
  });
});

describe("a city-state as a venue", () => {
  it("'received at the Vatican' is placed there, not in a city named later in the sentence", () => {
    const f = facts("Hakan Fidan had been received by Wang Yi at the Vatican on May 10, and later praised the ties between Ankara and Beijing.", D);
    expect(met(f, FIDAN, WANG).map((e) => e.place)).toEqual(["place/vatican"]);
  });
});
