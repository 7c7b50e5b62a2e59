// The heads of religious institutions (people-religious.json, 1958–2025): found by their full name in each script,
// their tenures dated (one holder per office at a time, the holders of an office in succession), the seat's country
// as the office's country (the Soviet Union before 1992), popes not repeated from people-world.json, and short forms
// that are common words or shared surnames ambiguous.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn, shortAmbiguousIn } from "../../src/lexicon/index.js";
import { lexPersonId } from "../../src/ids.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { tokenize } from "../../src/text/tokenize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];
interface Office { office: string; country: string; from: string; to: string | null }
interface Entry { id: string; name: string; offices: Office[]; source: string }
const data = JSON.parse(readFileSync(join(__dirname, "../../src/lexicon/data/people-religious.json"), "utf8")) as { about: string; entries: Entry[] };
const holders = (sourceHas: string) => data.entries.filter((e) => e.source.includes(sourceHas));
const holderOn = (sourceHas: string, date: string) =>
  holders(sourceHas).filter((e) => e.offices.some((o) => o.from <= date && (o.to === null || o.to >= date))).map((e) => e.id);

describe("people-religious.json", () => {
  it("finds heads of religious institutions by name in English, Persian and Arabic", () => {
    for (const name of ["Pope John Paul II", "پاپ ژان پل دوم", "البابا يوحنا بولس الثاني"]) expect(ids(name), name).toEqual(["person/pope-john-paul-ii"]);
    for (const name of ["Ahmed el-Tayeb", "احمد الطیب", "أحمد الطيب"]) expect(ids(name), name).toEqual(["person/ahmed-el-tayeb"]);
    for (const name of ["Patriarch Kirill", "پاتریارک کریل", "البطريرك كيريل"]) expect(ids(name), name).toEqual(["person/patriarch-kirill-of-moscow"]);
    for (const name of ["Pope Tawadros II", "پاپ تواضروس دوم", "البابا تواضروس الثاني"]) expect(ids(name), name).toEqual(["person/pope-tawadros-ii-of-alexandria"]);
    for (const name of ["Bechara Boutros al-Rahi", "بشاره الراعی", "بشارة بطرس الراعي"]) expect(ids(name), name).toEqual(["person/bechara-boutros-al-rahi"]);
    for (const name of ["Dalai Lama", "دالایی لاما", "الدالاي لاما"]) expect(ids(name), name).toEqual(["person/14th-dalai-lama"]);
    for (const name of ["Naser Makarem Shirazi", "ناصر مکارم شیرازی", "ناصر مكارم الشيرازي"]) expect(ids(name), name).toEqual(["person/naser-makarem-shirazi"]);
    for (const name of ["Justin Welby", "جاستین ولبی", "جاستن ويلبي"]) expect(ids(name), name).toEqual(["person/justin-welby"]);
  });

  it("dates the tenures: Shenouda III is the Coptic pope in 1990, not in 2015; el-Tayeb is Grand Mufti in 2003 and Grand Imam in 2015, neither in 2007", () => {
    const shenouda = lex.people.get("pope-shenouda-iii-of-alexandria")!;
    expect(officesOn(shenouda, "1990-06-01").map((o) => o.country)).toEqual(["egypt"]);
    expect(officesOn(shenouda, "2015-06-01")).toEqual([]);
    const tayeb = lex.people.get("ahmed-el-tayeb")!;
    expect(officesOn(tayeb, "2003-01-01").map((o) => o.office)).toEqual(["religious-leader"]);
    expect(officesOn(tayeb, "2015-01-01").map((o) => o.office)).toEqual(["religious-leader"]);
    expect(officesOn(tayeb, "2007-01-01")).toEqual([]);
    const jp2 = lex.people.get("pope-john-paul-ii")!;
    expect(officesOn(jp2, "1990-01-01").map((o) => `${o.office} ${o.country}`)).toEqual(["pope vatican"]);
  });

  it("has one holder of an office at a time, in succession", () => {
    expect(holderOn("list of Grand Imams of al-Azhar", "2005-01-01")).toEqual(["mohamed-sayed-tantawy"]);
    // a Grand Mufti of Egypt may later be Grand Imam (one entry, both offices, both sources): Egypt has two at a time
    expect(holderOn("list of Grand Muftis of Egypt", "2005-01-01")).toEqual(["mohamed-sayed-tantawy", "ali-gomaa"]);
    expect(holderOn("Archbishops of Canterbury", "1985-01-01")).toEqual(["robert-runcie"]);
    expect(holderOn("Maronite Patriarchs", "2000-01-01")).toEqual(["nasrallah-boutros-sfeir"]);
    expect(holderOn("Chief Rabbis of Israel (Sephardi)", "1975-01-01")).toEqual(["ovadia-yosef"]);
    expect(holderOn("Chief Rabbis of Israel (Ashkenazi)", "1975-01-01")).toEqual(["shlomo-goren"]);
    // every office of the file is held without overlap (the popes: with Francis and Leo XIV of people-world.json)
    const overlaps: string[] = [];
    const bySource = new Map<string, Array<Office & { id: string }>>();
    for (const e of data.entries) for (const o of e.offices) {
      const key = `${e.source.split(";")[0]} ${o.office}`;
      bySource.set(key, [...(bySource.get(key) ?? []), { ...o, id: e.id }]);
    }
    for (const [key, terms] of bySource) {
      if (key.includes("Shia marja") || key.includes("al-Azhar") || key.includes("Muftis of Egypt")) continue; // several marja' at a time; Egypt below
      const sorted = [...terms].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        if (prev.id !== sorted[i].id && (prev.to === null || prev.to > sorted[i].from)) overlaps.push(`${key}: ${prev.id} and ${sorted[i].id}`);
      }
    }
    expect(overlaps).toEqual([]);
    // Egypt: one Grand Imam and one Grand Mufti at any time (two holders), never three
    const egypt = data.entries.filter((e) => /al-Azhar|Muftis of Egypt/.test(e.source)).flatMap((e) => e.offices.filter((o) => o.country === "egypt").map((o) => ({ ...o, id: e.id })));
    const crowded = egypt.map((t) => t.from).filter((d) => new Set(egypt.filter((o) => o.from <= d && (o.to === null || o.to > d)).map((o) => o.id)).size > 2);
    expect(crowded).toEqual([]);
  });

  it("records the seat's country: the Soviet Union before 1992, then Russia, Armenia or Azerbaijan", () => {
    const alexy = lex.people.get("alexy-ii-of-moscow")!;
    expect(officesOn(alexy, "1991-01-01").map((o) => o.country)).toEqual(["soviet-union"]);
    expect(officesOn(alexy, "2000-01-01").map((o) => o.country)).toEqual(["russia"]);
    const pashazade = lex.people.get("allahshukur-pashazade")!;
    expect(officesOn(pashazade, "2020-01-01").map((o) => o.country)).toEqual(["azerbaijan"]);
    expect(officesOn(lex.people.get("aga-khan-iv")!, "2010-01-01").map((o) => o.country)).toEqual(["france"]);
  });

  it("does not repeat a person of another file: the popes Francis and Leo XIV, al-Sistani, Khomeini", () => {
    const mine = new Set(data.entries.map((e) => e.id));
    for (const id of ["pope-francis", "pope-leo-xiv", "ali-al-sistani", "ruhollah-khomeini"]) expect(mine.has(id), id).toBe(false);
    for (const name of ["Pope Francis", "Ali al-Sistani"]) expect(ids(name), name).toHaveLength(1);
    const popes = data.entries.filter((e) => e.offices.some((o) => o.office === "pope")).map((e) => e.id);
    expect(popes).toEqual(["pope-pius-xii", "pope-john-xxiii", "pope-paul-vi", "pope-john-paul-i", "pope-john-paul-ii", "pope-benedict-xvi"]);
  });

  it("marks short forms that are common words, given names or shared surnames as ambiguous", () => {
    const amb = (id: string, lang: "en" | "fa" | "ar") => shortAmbiguousIn(lex.people.get(id)!, lang);
    expect(amb("ahmed-el-tayeb", "ar")).toBe(true); // الطيب 'the good'
    expect(amb("bechara-boutros-al-rahi", "ar")).toBe(true); // الراعي 'the shepherd'
    expect(amb("patriarch-kirill-of-moscow", "en")).toBe(true); // Kirill Dmitriev
    expect(amb("mohamed-sayed-tantawy", "ar")).toBe(true); // Field Marshal Tantawi
    expect(amb("justin-welby", "en")).toBe(false);
    const hit = (text: string, id: string) =>
      lex.personMatcher.findAll(tokenize(text)).flatMap((m) => m.values).find((v) => v.id === lexPersonId(id));
    expect(hit("الطيب", "ahmed-el-tayeb")?.ambiguous).toBe(true);
    expect(hit("تواضروس", "pope-tawadros-ii-of-alexandria")?.ambiguous).toBe(false);
  });
});
