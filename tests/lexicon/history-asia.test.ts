// The historical (1975–2014) office holders of South, South-East and Central Asia and Oceania
// (people-history-asia.json) load by their name in each script, and South Vietnam
// (places-history-asia.json) is a former state a sentence names without taking "Vietnam" from it.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/lexicon/index.js";
import { lexPlaceId } from "../../src/ids.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";

describe("people-history-asia.json and places-history-asia.json", () => {
  const lex = getLexicon();
  const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];

  it("finds a historical head of government by name in each script", () => {
    for (const name of ["Indira Gandhi", "ایندیرا گاندی", "إنديرا غاندي"]) expect(ids(name), name).toEqual(["person/indira-gandhi"]);
    for (const name of ["Thaksin Shinawatra", "تاکسین شیناواترا", "تاكسين شيناواترا"]) expect(ids(name), name).toEqual(["person/thaksin-shinawatra"]);
    for (const name of ["Bob Hawke", "باب هاک", "بوب هوك"]) expect(ids(name), name).toEqual(["person/bob-hawke"]);
  });

  it("keeps a historical holder's offices and dates", () => {
    const p = lex.people.get("suharto");
    expect(p?.offices?.map((o) => [o.office, o.country, o.from, o.to])).toEqual([["president", "indonesia", "1967-03-12", "1998-05-21"]]);
  });

  it("finds South Vietnam as a place of its own, and Vietnam alone as Vietnam", () => {
    const found = (text: string) => lex.placeMatcher.findAll(tokenize(text)).flatMap((m) => m.values.map((v) => v.id));
    expect(found("Troops left South Vietnam in 1973.")).toEqual([lexPlaceId("south-vietnam")]);
    expect(found("The Socialist Republic of Vietnam signed.")).toEqual([lexPlaceId("vietnam")]);
  });
});
