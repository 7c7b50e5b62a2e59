// The office holders of 1945–1974 (people-history-early.json): found by their full name in each script, their
// offices dated (and the earlier offices added to people already in the 1975 files), former states as their
// countries, every entry in office at some time in 1945–1974, a head of state or government for every year of the
// task's countries, no person twice, and the short forms news shares (Nehru, Johnson, Schuman) ambiguous.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon, officesOn } from "../../src/lexicon/index.js";
import { normalizeKey } from "../../src/text/normalize.js";

const lex = getLexicon();
const ids = (name: string) => [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])];
const DATA = join(__dirname, "../../src/lexicon/data");
interface Office { office: string; country?: string | null; from?: string | null; to?: string | null }
interface Entry { id: string; name: string; names: Record<string, string[] | undefined>; offices?: Office[] }
const read = (f: string) => (JSON.parse(readFileSync(join(DATA, f), "utf8")) as { entries: Entry[] }).entries;
const early = read("people-history-early.json");
const peopleFiles = readdirSync(DATA).filter((f) => f.startsWith("people-") && f.endsWith(".json"));
const heldOn = (id: string, date: string) => officesOn(lex.people.get(id)!, date).map((o) => `${o.office}/${o.country}`);

describe("people-history-early.json", () => {
  it("finds a head of state or government of 1945–1974 by name in English, Persian and Arabic", () => {
    for (const name of ["Gamal Abdel Nasser", "جمال عبدالناصر", "جمال عبد الناصر"]) expect(ids(name), name).toEqual(["person/gamal-abdel-nasser"]);
    for (const name of ["Nikita Khrushchev", "نیکیتا خروشچف", "نيكيتا خروتشوف"]) expect(ids(name), name).toEqual(["person/nikita-khrushchev"]);
    for (const name of ["Jawaharlal Nehru", "جواهر لعل نهرو", "جواهر لال نهرو"]) expect(ids(name), name).toEqual(["person/jawaharlal-nehru"]);
    for (const name of ["Mohammad Mosaddegh", "Mohammad Mossadegh", "محمد مصدق"]) expect(ids(name), name).toEqual(["person/mohammad-mosaddegh"]);
    for (const name of ["Charles de Gaulle", "شارل دوگل", "شارل ديغول"]) expect(ids(name), name).toEqual(["person/charles-de-gaulle"]);
  });

  it("dates the offices: a foreign minister in office in one year and not in another", () => {
    expect(heldOn("dean-rusk", "1965-06-01")).toEqual(["foreign-minister/united-states"]);
    expect(heldOn("dean-rusk", "1970-06-01")).toEqual([]);
    // Molotov: foreign minister until 1949 and again from 1953
    expect(heldOn("vyacheslav-molotov", "1946-06-01")).toEqual(["foreign-minister/soviet-union"]);
    expect(heldOn("vyacheslav-molotov", "1951-06-01")).toEqual([]);
    expect(heldOn("vyacheslav-molotov", "1954-06-01")).toEqual(["foreign-minister/soviet-union"]);
    // Golda Meir: foreign minister, then prime minister
    expect(heldOn("golda-meir", "1960-06-01")).toEqual(["foreign-minister/israel"]);
    expect(heldOn("golda-meir", "1970-06-01")).toEqual(["prime-minister/israel"]);
    expect(heldOn("golda-meir", "1967-06-01")).toEqual([]);
  });

  it("adds the earlier office to a person the 1975 files hold, without a second entry", () => {
    expect(heldOn("harold-wilson", "1967-06-01")).toEqual(["prime-minister/united-kingdom"]);
    expect(heldOn("harold-wilson", "1972-06-01")).toEqual([]);
    expect(heldOn("zhou-enlai", "1955-06-01").sort()).toEqual(["foreign-minister/china", "prime-minister/china"]);
    expect(heldOn("leonid-brezhnev", "1962-06-01").sort()).toEqual(["head-of-state-generic/soviet-union"]);
    expect(heldOn("fidel-castro", "1965-06-01")).toEqual(["prime-minister/cuba"]);
    for (const name of ["Harold Wilson", "Leonid Brezhnev", "Zhou Enlai", "Fidel Castro", "Indira Gandhi"]) expect(ids(name), name).toHaveLength(1);
  });

  it("names former states by the ids of places-history-west.json", () => {
    expect(heldOn("nikita-khrushchev", "1960-06-01").sort()).toEqual(["party-leader/soviet-union", "prime-minister/soviet-union"]);
    expect(heldOn("konrad-adenauer", "1955-01-01")).toEqual(["chancellor/west-germany", "foreign-minister/west-germany"]);
    expect(heldOn("walter-ulbricht", "1965-06-01").sort()).toEqual(["head-of-state-generic/east-germany", "party-leader/east-germany"]);
    expect(heldOn("edvard-kardelj", "1950-06-01")).toEqual(["foreign-minister/yugoslavia"]);
    for (const c of ["soviet-union", "west-germany", "east-germany", "yugoslavia"]) expect(lex.places.has(c) || [...lex.places.keys()].some((k) => k.endsWith(c)), c).toBe(true);
  });

  it("holds only people in office at some time in 1945–1974", () => {
    const outside = early.filter((e) => !(e.offices ?? []).some((o) => (o.from ?? "") <= "1974-12-31" && (o.to ?? "9999") >= "1945-01-01")).map((e) => e.id);
    expect(outside).toEqual([]);
  });

  it("gives every country of the task a head of state or government on every 1 January and 1 July of 1945–1974", () => {
    const HEAD = new Set(["president", "king", "queen", "emir", "sultan", "head-of-state-generic", "emperor", "prime-minister", "chancellor", "head-of-government-generic"]);
    const offices = peopleFiles.flatMap(read).flatMap((e) => e.offices ?? []).filter((o) => HEAD.has(o.office));
    // from independence or foundation; Syria's heads of 1958–1961 are the United Arab Republic's, recorded as Egypt's
    const since: Record<string, string> = { india: "1947-08-15", pakistan: "1947-08-15", israel: "1948-05-14", indonesia: "1945-08-18", libya: "1951-12-24", ghana: "1957-03-06", kenya: "1963-06-01", algeria: "1958-09-19", "west-germany": "1949-09-15", "east-germany": "1949-10-11", taiwan: "1950-03-01", yugoslavia: "1945-03-07" };
    const countries = ["united-states", "soviet-union", "united-kingdom", "france", "china", "taiwan", "india", "pakistan", "egypt", "iran", "iraq", "syria", "jordan", "lebanon", "saudi-arabia", "turkey", "israel", "afghanistan", "indonesia", "yugoslavia", "west-germany", "east-germany", "japan", "italy", "algeria", "morocco", "tunisia", "libya", "ghana", "kenya", "ethiopia", "cuba", "brazil", "argentina", "mexico", "canada"];
    const missing: string[] = [];
    for (const c of countries) for (let y = 1945; y <= 1974; y++) for (const d of [`${y}-01-01`, `${y}-07-01`]) {
      if (d < (since[c] ?? "1945-01-01")) continue;
      if (c === "syria" && d > "1958-02-22" && d < "1961-09-29") continue;
      if (!offices.some((o) => o.country === c && (o.from ?? "") <= d && (o.to ?? "9999") >= d)) missing.push(`${c} ${d}`);
    }
    expect(missing).toEqual([]);
  });

  it("repeats no person of another file: no English name of an entry here is another file's", () => {
    const elsewhere = new Map<string, string>();
    for (const f of peopleFiles.filter((f) => f !== "people-history-early.json")) for (const e of read(f)) for (const n of e.names.en ?? []) elsewhere.set(normalizeKey(n), e.id);
    const clashes = early.flatMap((e) => (e.names.en ?? []).filter((n) => elsewhere.has(normalizeKey(n))).map((n) => `${e.id}: "${n}" is ${elsewhere.get(normalizeKey(n))}`));
    expect(clashes).toEqual([]);
  });

  it("marks short forms that are shared surnames or common words as ambiguous", () => {
    for (const id of ["jawaharlal-nehru", "lyndon-b-johnson", "john-f-kennedy", "robert-schuman", "maurice-schumann", "fazlollah-zahedi", "ardeshir-zahedi", "anthony-eden", "edward-heath"]) {
      expect(lex.people.get(id)?.shortAmbiguous, id).toBeTruthy();
    }
    // a family name that is the commonest of its language has no short form at all
    for (const id of ["ayub-khan", "liaquat-ali-khan", "swaran-singh", "zakir-husain"]) expect(lex.people.get(id)?.short, id).toBeUndefined();
  });
});
