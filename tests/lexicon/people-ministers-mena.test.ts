// The foreign ministers 1990–2015 of the Middle East, North Africa, Turkey, Afghanistan, Pakistan, Central Asia and
// the South Caucasus, with their missing heads of state and government (people-ministers-mena.json): found by full
// name in each script, dated, the earlier offices added to entries of other files rather than repeated, and every
// country's foreign ministry filled over the years the file covers.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];
const DATA = join(__dirname, "../../src/lexicon/data");
interface Office { office: string; country?: string | null; from?: string | null; to?: string | null }
interface Entry { id: string; name: string; names: Record<string, string[]>; offices?: Office[] }
const all = readdirSync(DATA).filter((f) => f.startsWith("people-") && f.endsWith(".json")).flatMap((f) => (JSON.parse(readFileSync(join(DATA, f), "utf8")) as { entries: Entry[] }).entries);
const mine = (JSON.parse(readFileSync(join(DATA, "people-ministers-mena.json"), "utf8")) as { entries: Entry[] }).entries;
const fmOf = (id: string, date: string) => officesOn(lex.people.get(id)!, date).filter((o) => o.office === "foreign-minister").map((o) => o.country);

describe("people-ministers-mena.json", () => {
  it("finds a foreign minister by full name in English, Persian and Arabic", () => {
    for (const name of ["Lakhdar Brahimi", "اخضر ابراهیمی", "الأخضر الإبراهيمي"]) expect(ids(name), name).toEqual(["person/lakhdar-brahimi"]);
    for (const name of ["Farouk Kaddoumi", "فاروق قدومی", "فاروق القدومي"]) expect(ids(name), name).toEqual(["person/farouk-kaddoumi"]);
    for (const name of ["Habib Ben Yahia", "حبیب بن یحیی", "الحبيب بن يحيى"]) expect(ids(name), name).toEqual(["person/habib-ben-yahia"]);
    for (const name of ["Talbak Nazarov", "طالبک نظروف", "طالبك نازاروف"]) expect(ids(name), name).toEqual(["person/talbak-nazarov"]);
  });

  it("keeps Turkish letters in the English name and finds the plain spelling too", () => {
    expect(lex.people.get("erdal-inonu")?.name).toBe("Erdal İnönü");
    expect(ids("Erdal Inonu")).toEqual(["person/erdal-inonu"]);
  });

  it("dates the offices: a minister in office one year and not another", () => {
    expect(fmOf("habib-ben-yahia", "1995-06-01")).toEqual(["tunisia"]);
    expect(fmOf("habib-ben-yahia", "1998-06-01")).toEqual([]);
    expect(fmOf("habib-ben-yahia", "2002-06-01")).toEqual(["tunisia"]);
    expect(fmOf("lakhdar-brahimi", "1992-06-01")).toEqual(["algeria"]);
    expect(fmOf("lakhdar-brahimi", "2013-06-01")).toEqual([]);
    expect(officesOn(lex.people.get("maaouya-ould-sidahmed-taya")!, "2000-06-01").map((o) => o.country)).toEqual(["mauritania"]);
  });

  it("adds the earlier office to an entry already in another file instead of a second entry", () => {
    // Velayati (Iran 1981–1997), Kharrazi (1997–2005), Salehi (2010–2013): one entry each, now foreign ministers
    expect(fmOf("ali-akbar-velayati", "1993-06-01")).toEqual(["iran"]);
    expect(fmOf("kamal-kharrazi", "2001-06-01")).toEqual(["iran"]);
    expect(fmOf("ali-akbar-salehi", "2012-06-01")).toEqual(["iran"]);
    expect(fmOf("sabah-al-ahmad-al-jaber-al-sabah", "1995-06-01")).toEqual(["kuwait"]);
    expect(fmOf("kassym-jomart-tokayev", "1996-06-01")).toEqual(["kazakhstan"]);
    // Armen Sargsyan, prime minister 1996–1997, is the later president Armen Sarkissian
    expect(officesOn(lex.people.get("armen-sarkissian")!, "1997-01-01").map((o) => o.office)).toEqual(["prime-minister"]);
    expect(ids("کمال خرازی")).toEqual(["person/kamal-kharrazi"]);
    const names = new Map<string, string>();
    const repeated: string[] = [];
    for (const e of all) for (const n of e.names.en ?? []) {
      const k = normalizeKey(n);
      if (names.has(k) && names.get(k) !== e.id) repeated.push(`${n}: ${names.get(k)} and ${e.id}`);
      names.set(k, e.id);
    }
    expect(repeated.filter((r) => mine.some((e) => r.includes(e.id)))).toEqual([]);
  });

  it("names a foreign minister of the countries it completes on 1 July of every year 1991–2015 (Iraq has none under occupation in 2003)", () => {
    const gaps: string[] = [];
    for (const c of ["iran", "iraq", "syria", "lebanon", "jordan", "saudi-arabia", "kuwait", "bahrain", "united-arab-emirates", "oman", "egypt", "tunisia", "algeria", "morocco", "sudan", "turkey", "israel", "kazakhstan", "tajikistan"]) {
      for (let y = 1991; y <= 2015; y++) {
        const day = `${y}-07-01`;
        const held = all.some((e) => (e.offices ?? []).some((o) => o.office === "foreign-minister" && o.country === c && (!o.from || o.from <= day) && (!o.to || o.to >= day)));
        if (!held && !(c === "tajikistan" && y <= 1992) && !(c === "kazakhstan" && y <= 1991) && !(c === "iraq" && y === 2003)) gaps.push(`${c} ${y}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it("names a head of state of Mauritania in every year 1990–2015", () => {
    const heads = new Set(["president", "head-of-state-generic"]);
    const gaps: number[] = [];
    for (let y = 1990; y <= 2015; y++) {
      const day = `${y}-07-01`;
      if (!all.some((e) => (e.offices ?? []).some((o) => heads.has(o.office) && o.country === "mauritania" && (!o.from || o.from <= day) && (!o.to || o.to >= day)))) gaps.push(y);
    }
    expect(gaps).toEqual([]);
  });
});
