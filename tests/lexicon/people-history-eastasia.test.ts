// The historical office holders of East and South-East Asia, Central Asia and Oceania (people-history-eastasia.json,
// 1975–2014): found by their full name in each script, their offices dated, offices added to people of other files,
// no short form for a one-syllable Chinese or Korean family name, and no spaced Korean syllable among the Persian name words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn, shortAmbiguousIn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];
const file = JSON.parse(readFileSync(join(__dirname, "../../src/lexicon/data/people-history-eastasia.json"), "utf8")) as {
  about: string;
  entries: Array<{ id: string; names: Record<string, string[]>; short?: Record<string, string[]>; offices: Array<{ office: string; country: string }> }>;
};
const at = (id: string, date: string) => officesOn(lex.people.get(id)!, date).map((o) => `${o.office} ${o.country}`);

describe("people-history-eastasia.json", () => {
  it("finds a premier or minister by full name in English, Persian and Arabic", () => {
    for (const name of ["Lee Hoi-chang", "لی هوی‌چانگ", "لي هوي تشانغ"]) expect(ids(name), name).toEqual(["person/lee-hoi-chang"]);
    for (const name of ["Sunao Sonoda", "سوناؤ سونودا", "سوناو سونودا"]) expect(ids(name), name).toEqual(["person/sunao-sonoda"]);
    for (const name of ["Puntsagiin Jasrai", "پونتساگین جاسرای", "بونتساغين جاسراي"]) expect(ids(name), name).toEqual(["person/puntsagiin-jasrai"]);
    for (const name of ["Nguyen Huu Tho", "Nguyễn Hữu Thọ", "نگوین هو تو", "نغوين هوو تو"]) expect(ids(name), name).toEqual(["person/nguyen-huu-tho"]);
    for (const name of ["Vincent Siew", "وینسنت سیو", "فينسنت سيو"]) expect(ids(name), name).toEqual(["person/vincent-siew"]);
    for (const name of ["Ieng Sary", "یینگ ساری", "ينغ ساري"]) expect(ids(name), name).toEqual(["person/ieng-sary"]);
  });

  it("keeps namesakes apart: Iichiro Hatoyama (foreign minister 1976) is not Ichiro Hatoyama (prime minister 1954), and the family name alone stays the better-known namesake's", () => {
    expect(ids("Iichiro Hatoyama")).toEqual(["person/iichiro-hatoyama"]);
    expect(ids("Ichiro Hatoyama")).toEqual(["person/ichiro-hatoyama"]);
    // the family name alone is Yukio Hatoyama's (people-history-south.json): the lesser namesake has no short form
    expect(ids("Hatoyama")).toContain("person/yukio-hatoyama");
    expect(ids("Hatoyama")).not.toContain("person/iichiro-hatoyama");
    expect(ids("آبه")).not.toContain("person/shintaro-abe");
  });

  it("dates the offices: a foreign minister in office in one year and not the next", () => {
    expect(at("park-tong-jin", "1978-06-01")).toEqual(["foreign-minister south-korea"]);
    expect(at("park-tong-jin", "1981-06-01")).toEqual([]);
    expect(at("shintaro-abe", "1984-01-01")).toEqual(["foreign-minister japan"]);
    expect(at("shintaro-abe", "1987-01-01")).toEqual([]);
    // Lho Shin-yong: foreign minister 1980–1982, prime minister 1985–1987
    expect(at("lho-shin-yong", "1981-01-01")).toEqual(["foreign-minister south-korea"]);
    expect(at("lho-shin-yong", "1986-01-01")).toEqual(["prime-minister south-korea"]);
    expect(at("lho-shin-yong", "1983-06-01")).toEqual([]);
    // a Malaysian king's five-year reign
    expect(at("iskandar-of-johor", "1986-01-01")).toEqual(["king malaysia"]);
    expect(at("iskandar-of-johor", "1990-01-01")).toEqual([]);
  });

  it("adds the missing office to people of other files instead of repeating them", () => {
    expect(at("shinzo-abe", "2007-01-01")).toEqual(["prime-minister japan"]);
    expect(at("shinzo-abe", "2010-01-01")).toEqual([]);
    expect(at("lien-chan", "1995-01-01")).toEqual(["prime-minister taiwan"]);
    expect(at("hun-sen", "1982-01-01")).toEqual(["foreign-minister cambodia"]);
    expect(at("jose-ramos-horta", "2010-01-01")).toEqual(["president timor-leste"]);
    expect(at("pak-pong-ju", "2005-01-01")).toEqual(["prime-minister north-korea"]);
    for (const id of ["shinzo-abe", "lien-chan", "hun-sen", "jose-ramos-horta", "pak-pong-ju", "soong-ching-ling", "david-lange"]) {
      expect(file.entries.some((e) => e.id === id), id).toBe(false);
    }
  });

  it("covers every country of the task in its offices", () => {
    const countries = new Set(file.entries.flatMap((e) => e.offices.map((o) => o.country)));
    for (const c of ["china", "japan", "south-korea", "north-korea", "mongolia", "taiwan", "vietnam", "laos", "cambodia", "thailand", "myanmar", "malaysia", "philippines", "brunei", "timor-leste", "tajikistan", "kyrgyzstan", "azerbaijan", "new-zealand", "papua-new-guinea", "fiji"]) {
      expect(countries.has(c), c).toBe(true);
    }
  });

  it("gives no short form to Chinese, Korean and Taiwanese people (one-syllable family names: Li, Kim, Park, Lee)", () => {
    const eastAsian = file.entries.filter((e) => e.offices.some((o) => ["china", "south-korea", "north-korea", "taiwan"].includes(o.country)));
    expect(eastAsian.length).toBeGreaterThan(50);
    const withShort = eastAsian.filter((e) => e.short && Object.values(e.short).some((l) => l.some((s) => s.length <= 4)) && !shortAmbiguousIn(lex.people.get(e.id)!, "en"));
    expect(withShort.map((e) => e.id)).toEqual([]);
    for (const s of ["Kim", "Lee", "Park", "کیم", "لی", "پارک", "كيم", "لي"]) expect(ids(s).filter((id) => file.entries.some((e) => `person/${e.id}` === id)), s).toEqual([]);
  });

  it("writes a Korean or Taiwanese given name in Persian as one word, so that no syllable (سو) becomes a name word", () => {
    const korean = file.entries.filter((e) => e.offices.some((o) => ["south-korea", "north-korea", "taiwan"].includes(o.country)));
    const spaced = korean.flatMap((e) => e.names.fa.filter((n) => n.split(" ").length > 2).map((n) => `${e.id}: ${n}`));
    expect(spaced).toEqual([]);
    // «سو» (side, direction) would be one, had «لی سو‌سونگ» been written «لی سو سونگ»
    expect(lex.words.nameParts.has(normalizeKey("سو"))).toBe(false);
  });

  it("leaves out people whose surname is a common word, as the about note says", () => {
    for (const id of ["tony-street", "bill-skate", "ho-dam"]) expect(lex.people.has(id), id).toBe(false);
    expect(file.about).toMatch(/Tony Street/);
  });
});
