// Pass 1 with the generated cities of places-cities.json, in English sentences written for this test: a city
// hand-written places.json lacks is a meeting's place inside its country, and a city name that is also a given
// name is read only where the article names that city's country.
import { describe, expect, it } from "vitest";
import { facts, met, P, places } from "./helpers.js";
import { countryOf, getLexicon } from "../../../src/lexicon/index.js";

describe("pass 1: generated cities", () => {
  it("places a meeting in Entebbe, a city of Uganda", () => {
    const f = facts("Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Entebbe on Monday.", "2025-03-10");
    const meetings = met(f, P("hakan-fidan"), P("abbas-araghchi"));
    expect(meetings.map((e) => e.place)).toEqual(["place/entebbe"]);
    expect(countryOf(getLexicon(), "place/entebbe")).toBe("uganda");
  });

  it("reads no given name as a city: Victoria Nuland, Mercedes Aráoz", () => {
    expect(places(facts("Victoria Nuland met the delegation in Entebbe on Tuesday."))).toEqual(["place/entebbe"]);
    expect(places(facts("Mercedes Aráoz spoke to reporters in Entebbe on Tuesday."))).toEqual(["place/entebbe"]);
  });

  it("reads a city name that is a given name where the article names its country", () => {
    // Mercedes is a city of Argentina (and a given name): a place where Argentina is named, else nothing
    expect(places(facts("Argentina's floods reached Mercedes on Tuesday.")).filter((p) => p.includes("mercedes"))).toEqual(["place/mercedes"]);
    expect(places(facts("Heavy rain reached Mercedes on Tuesday.")).filter((p) => p.includes("mercedes"))).toEqual([]);
  });
});

describe("pass 1: a city and a province of its name", () => {
  it("'Pyongyang' is the capital, not the ISO 3166-2 province P'yǒngyang, in a dateline and after 'in'", () => {
    expect(places(facts("PYONGYANG — Wang Yi arrived on Tuesday.", "2025-03-10"))).toEqual(["place/pyongyang"]);
    expect(places(facts("Hakan Fidan met Abbas Araghchi in Pyongyang on Monday.", "2025-03-10"))).toEqual(["place/pyongyang"]);
  });
});
