// The historical (1975–2014) office holders of South, South-East and Central Asia and Oceania
// (people-history-asia.json) load by their name in each script, and South Vietnam
// (places-history-asia.json) is a former state a sentence names without taking "Vietnam" from it.
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/lexicon/index.js";
import { lexPlaceId } from "../../src/ids.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";
import { facts, people } from "../extract/passes/helpers.js";

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

  it("names a Vietnamese leader again by one syllable of his name (Xinhua: 'Tran'; others: 'Khai'), as an ambiguous short", () => {
    const shortOf = (word: string) => lex.personMatcher.findAll(tokenize(`${word} said`)).flatMap((m) => m.values.filter((v) => v.form === "short").map((v) => [v.id, v.ambiguous]));
    expect(shortOf("Tran")).toContainEqual(["person/tran-duc-luong", true]);
    expect(shortOf("Khai")).toEqual([["person/phan-van-khai", true]]);
    const f = facts("Vietnamese President Tran Duc Luong met Lao President Khamtai Siphandone in Hanoi on Monday. Later Tran told reporters that the talks had gone well.", "2005-10-31");
    expect(people(f).sort()).toEqual(["person/khamtai-siphandone", "person/tran-duc-luong"]);
  });

  it("finds a name written with initials without spaces ('K.R. Narayanan') as the lexicon's person", () => {
    const f = facts("Kenyan President Daniel arap Moi was received by President K.R. Narayanan in New Delhi on Tuesday.", "1998-03-03");
    expect(people(f)).toContain("person/k-r-narayanan");
  });
});
