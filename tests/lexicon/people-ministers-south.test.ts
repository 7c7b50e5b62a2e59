// The foreign ministers of 1990–2015 of South, East and South-East Asia and of sub-Saharan Africa
// (people-ministers-south.json, and the office added to people already in another file): found by their full name in
// each script, their offices dated, every year of 1990–2015 covered for the countries the file completes, surnames
// two of them share ambiguous, and no short form that is a Japanese city's name.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];
const DATA = join(__dirname, "../../src/lexicon/data");
interface Office { office: string; country?: string | null; from?: string | null; to?: string | null }
interface Entry { id: string; names: { en?: string[] }; short?: Record<string, string[]>; offices?: Office[] }
const read = (f: string) => (JSON.parse(readFileSync(join(DATA, f), "utf8")) as { entries: Entry[] }).entries;
const otherFiles = readdirSync(DATA).filter((f) => f.startsWith("people") && f.endsWith(".json") && f !== "people-ministers-south.json");
const mine = read("people-ministers-south.json");
const others = otherFiles.flatMap(read);
const all = [...mine, ...others];

// countries whose foreign ministers of 1990–2015 are all in the lexicon now (no year of 1990–2015 without one)
const COMPLETE = [
  "china", "japan", "south-korea", "north-korea", "india", "bangladesh", "sri-lanka", "taiwan", "thailand", "malaysia",
  "philippines", "myanmar", "cambodia", "laos", "vietnam", "indonesia", "singapore", "south-africa", "nigeria", "ethiopia",
  "kenya", "tanzania", "uganda", "ghana", "senegal", "cote-divoire", "cameroon", "angola", "mozambique", "zimbabwe",
  "namibia", "botswana", "rwanda", "gabon",
];

describe("people-ministers-south.json", () => {
  it("finds a foreign minister by full name in English, Persian and Arabic", () => {
    for (const name of ["Taro Nakayama", "تارو ناکایاما", "تارو ناكاياما"]) expect(ids(name), name).toEqual(["person/taro-nakayama"]);
    for (const name of ["Somsavat Lengsavad", "سومساوات لنگساوات", "سومسافات لينغسافاد"]) expect(ids(name), name).toEqual(["person/somsavat-lengsavad"]);
    for (const name of ["Mompati Merafhe", "مومپاتی مرافه", "مومباتي ميرافي"]) expect(ids(name), name).toEqual(["person/mompati-merafhe"]);
    for (const name of ["Cheikh Tidiane Gadio", "شیخ تیجان گادیو", "الشيخ تيجان غاديو"]) expect(ids(name), name).toEqual(["person/cheikh-tidiane-gadio"]);
  });

  it("dates the offices: Komura is Japan's foreign minister in 1999 and 2008, not in 2003", () => {
    const p = lex.people.get("masahiko-komura")!;
    expect(officesOn(p, "1999-01-15").map((o) => `${o.office} ${o.country}`)).toEqual(["foreign-minister japan"]);
    expect(officesOn(p, "2008-03-01").map((o) => o.office)).toEqual(["foreign-minister"]);
    expect(officesOn(p, "2003-06-01")).toEqual([]);
  });

  it("adds the foreign ministry to a person already in another file instead of a second entry", () => {
    const ban = lex.people.get("ban-ki-moon")!;
    expect(officesOn(ban, "2005-06-01").map((o) => `${o.office} ${o.country}`)).toEqual(["foreign-minister south-korea"]);
    expect(officesOn(ban, "2010-06-01").map((o) => o.office)).toEqual(["un-secretary-general"]);
    const dz = lex.people.get("nkosazana-dlamini-zuma")!;
    expect(officesOn(dz, "2004-06-01").map((o) => `${o.office} ${o.country}`)).toEqual(["foreign-minister south-africa"]);
    for (const name of ["Ban Ki-moon", "Pranab Mukherjee", "Jakaya Kikwete", "Tedros Adhanom"]) expect(ids(name), name).toHaveLength(1);
    // no entry of the file repeats an English name of a person of another file
    const known = new Set(others.flatMap((e) => e.names.en ?? []).map((n) => normalizeKey(n)));
    expect(mine.filter((e) => (e.names.en ?? []).some((n) => known.has(normalizeKey(n)))).map((e) => e.id)).toEqual([]);
  });

  it("leaves no year of 1990–2015 without a foreign minister in the countries it completes", () => {
    const gaps: string[] = [];
    for (const c of COMPLETE) for (let y = 1990; y <= 2015; y++) {
      const held = all.some((e) => (e.offices ?? []).some((o) => o.office === "foreign-minister" && o.country === c
        && (o.from ?? "0000") <= `${y}-12-31` && (o.to ?? "9999") >= `${y}-01-01`));
      if (!held) gaps.push(`${c} ${y}`);
    }
    expect(gaps).toEqual([]);
  });

  it("marks a surname two people of the lexicon share as ambiguous", () => {
    for (const id of ["ramesh-nath-pandey", "mahendra-bahadur-pandey", "sujata-koirala", "roberto-romulo", "utoni-nujoma", "madicke-niang"]) {
      expect(lex.people.get(id)?.shortAmbiguous, id).toBeTruthy();
    }
  });

  it("gives no short form that is the name of a Japanese city (Matsumoto, Ikeda)", () => {
    for (const id of ["takeaki-matsumoto", "yukihiko-ikeda"]) expect(mine.find((e) => e.id === id)?.short, id).toBeUndefined();
    expect(ids("Takeaki Matsumoto")).toEqual(["person/takeaki-matsumoto"]);
  });
});
