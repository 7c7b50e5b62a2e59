// Writes src/lexicon/data/places-subdivisions.json: the first-level subdivisions (provinces, states, regions,
// governorates) of every country of places.json, from the sources read by sources.ts, filtered by filters.ts.
//
//   mkdir -p /tmp/iso3166-2-db && cd /tmp/iso3166-2-db && npm pack iso3166-2-db@2.3.11 && tar xzf iso3166-2-db-2.3.11.tgz
//   npm run lexicon:subdivisions -- --db /tmp/iso3166-2-db/package [--out FILE]
// (iso3166-2-db unpacks to 280 MB in 42,000 files, so it is no dependency of the project.)
//
// Deterministic: the same packages give the same file. Prints the counts it also writes into "about".
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/model.js";
import { normalizeKey } from "../../src/text/normalize.js";
import { DATA, NameFilter, arg, fold, key, slug, type LexPlace, type Reason } from "./filters.js";
import { SOURCES, countNonIso, countries, dbCountryNames, readSubdivisions, type RawSubdivision } from "./sources.js";

/** ISO 3166-1 codes whose names in both sources differ from every English name of the country in places.json. */
const COUNTRY_OVERRIDES: Record<string, string> = { KR: "south-korea" };

interface Entry {
  id: string;
  name: string;
  kind: "region";
  within: string;
  iso: string;
  names: Partial<Record<Lang, string[]>>;
  /** Names other countries' subdivisions share: read only where the article names the country. */
  contextNames?: Partial<Record<Lang, string[]>>;
  source: string;
}


/** ISO alpha-2 → places.json country id, by the English names of both sources. */
function countryIds(filter: NameFilter, dbDir: string): Map<string, string> {
  const dbNames = dbCountryNames(dbDir);
  const out = new Map<string, string>();
  for (const c of countries()) {
    const override = COUNTRY_OVERRIDES[c.alpha2];
    const hit = override ?? [c.name, dbNames.get(c.alpha2)]
      .flatMap((n) => (n ? filter.places.get(key(n)) ?? [] : []))
      .find((p) => p.kind === "country")?.id;
    if (hit) out.set(c.alpha2, hit);
  }
  return out;
}

/** The candidate names of a subdivision per language, before filtering. */
function candidates(s: RawSubdivision): Record<Lang, string[]> {
  const clean = (n: string) => n.replace(/[²³¹⁰-⁹]/g, "").replace(/\s+/g, " ").trim();
  // ISO names in inverted or bilingual form ("Asturias, Principado de", "Guyane (française)") are left out
  const iso = /[,(;]/.test(s.iso) ? [] : [s.iso];
  const en = [s.db, ...s.db.split("/"), s.cldr ?? "", ...iso].map(clean).filter((n) => n && !n.includes("/"));
  const withFolded = en.flatMap((n) => [n, fold(n)]);
  // one form per matching key, the first met
  const uniq = (l: string[]) => l.filter((n, i) => n && l.findIndex((m) => normalizeKey(m) === normalizeKey(n)) === i);
  return { en: uniq(withFolded), ar: uniq([s.dbAr ?? "", s.cldrAr ?? ""].map(clean)), fa: uniq([s.cldrFa ?? ""].map(clean)) };
}

function main(): void {
  const dbDir = arg("db") ?? join(import.meta.dirname, "../../node_modules/iso3166-2-db");
  if (!existsSync(join(dbDir, "regions"))) {
    console.error(`generate: no iso3166-2-db at ${dbDir}; unpack it (npm pack iso3166-2-db@2.3.11; tar xzf) and pass --db DIR/package`);
    process.exit(2);
  }
  const out = arg("out") ?? join(DATA, "places-subdivisions.json");
  const filter = new NameFilter();
  const ids = countryIds(filter, dbDir);
  const raw = readSubdivisions(dbDir);
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  const existingIds = new Set(filter.placeEntries.map((p) => p.id));

  // 1. per name: the general rules of filters.ts; a subdivision places.json already has is left out whole
  // `generic`: English names of several words each known in lower case ("Western Cape", "Holy Cross", "West
  // Coast"): read only where the article names the country, like the shared names below
  const kept: Array<{ s: RawSubdivision; within: string; names: Record<Lang, string[]>; generic: string[] }> = [];
  for (const s of raw) {
    const within = ids.get(s.country);
    if (!within) { bump("country not in places.json"); continue; }
    const cand = candidates(s);
    const existing = Object.values(cand).flat().flatMap((n) => filter.places.get(key(n)) ?? []);
    if (existing.some((p: LexPlace) => p.within === within && p.kind !== "city")) { bump("already in places.json"); continue; }
    const names = { en: [], fa: [], ar: [] } as Record<Lang, string[]>;
    for (const lang of ["en", "fa", "ar"] as const) for (const n of cand[lang]) {
      const why: Reason | null = filter.reject(n, lang, cand.en);
      if (why) bump(`name: ${why}`);
      else names[lang].push(n);
    }
    kept.push({ s, within, names, generic: names.en.filter((n) => /[\s-]/.test(n.trim()) && filter.lowerCaseWords(n)) });
  }
  // 2. a name subdivisions of several countries share (Punjab) is kept as an ambiguous name of each, which the
  //    extractor reads only when the article names that country; one two subdivisions of a country share, or
  //    that several subdivisions of one country share with another, names neither
  const users = new Map<string, RawSubdivision[]>();
  for (const k of kept) for (const n of Object.values(k.names).flat()) {
    const list = users.get(key(n)) ?? [];
    if (!list.includes(k.s)) users.set(key(n), [...list, k.s]);
  }
  const entries: Entry[] = [];
  const taken = new Set(existingIds);
  for (const k of kept) {
    const ambiguous: Entry["names"] = {};
    for (const lang of ["en", "fa", "ar"] as const) {
      const all = k.names[lang];
      k.names[lang] = all.filter((n) => users.get(key(n))!.length === 1 && !k.generic.includes(n));
      const generic = all.filter((n) => users.get(key(n))!.length === 1 && k.generic.includes(n));
      if (generic.length) (ambiguous[lang] ??= []).push(...generic);
      bump("name: of common words (kept as contextNames)", generic.length);
      for (const n of all.filter((n) => users.get(key(n))!.length > 1)) {
        const sharers = users.get(key(n))!.map((s) => s.country);
        if (new Set(sharers).size === sharers.length) (ambiguous[lang] ??= []).push(n);
        bump(new Set(sharers).size === sharers.length ? "name: shared by subdivisions of several countries (kept as contextNames)" : "name: shared by subdivisions of one country");
      }
    }
    const names = Object.fromEntries(Object.entries(k.names).filter(([, l]) => l.length)) as Entry["names"];
    if (!Object.keys(names).length && !Object.keys(ambiguous).length) { bump("no name left"); continue; }
    const display = names.en?.[0] ?? ambiguous.en?.[0] ?? k.s.db;
    let id = slug(display);
    if (taken.has(id)) id = `${id}-${k.within}`;
    if (taken.has(id)) id = `${id}-${k.s.code.toLowerCase()}`;
    taken.add(id);
    const from = [SOURCES.iso, SOURCES.db(dbDir), ...(k.s.cldr || k.s.cldrAr || k.s.cldrFa ? [SOURCES.cldr] : [])];
    entries.push({ id, name: display, kind: "region", within: k.within, iso: k.s.code, names, ...(Object.keys(ambiguous).length ? { contextNames: ambiguous } : {}), source: `ISO 3166-2 ${k.s.code}; names from ${from.join("; ")}` });
    bump("entries");
    for (const lang of ["en", "fa", "ar"] as const) bump(`entries with ${lang} names`, names[lang] || ambiguous[lang] ? 1 : 0);
  }
  const list = (f: (k: string) => boolean) => Object.entries(counts).filter(([k]) => f(k)).map(([k, n]) => `${k.replace(/ \(kept as contextNames\)/, "")} ${n}`).join(", ");
  const skipped = list((k) => k !== "entries" && !k.startsWith("entries with") && !k.includes("contextNames"));
  const ambiguous = list((k) => k.includes("contextNames"));
  const about = [
    `First-level subdivisions (provinces, states, regions, governorates) of the countries of places.json, generated by bench/subdivisions/generate.ts; do not edit by hand.`,
    `Which subdivisions: those ${SOURCES.db(dbDir)} lists as first-level whose code is a current ISO 3166-2 code in ${SOURCES.iso} (${countNonIso(dbDir)} listed without a current code left out).`,
    `Names: English from iso3166-2-db, CLDR and the ISO name (with accents and without); Arabic from iso3166-2-db where its label is in Arabic script; CLDR has Persian and Arabic names only for England, Scotland and Wales, so there are no other Persian names.`,
    `Left out (precision before recall): a name under 4 letters, equal to a name or demonym of places.json, to a lexicon person's name (or, for one word, a word of one), to an organisation's name, made only of common words (cspell dictionaries, cues.json stop/common words), or shared by two subdivisions of one country; a subdivision places.json already has (same country, same name) is left out whole. A name subdivisions of several countries share (Punjab), or of several words each an English word in lower case (Western Cape, Holy Cross), is listed in contextNames: the extractor reads it only where the article names that country.`,
    `Counts: ${counts.entries} entries (${counts["entries with en names"]} with English, ${counts["entries with ar names"] ?? 0} with Arabic, ${counts["entries with fa names"] ?? 0} with Persian names). Skipped: ${skipped}. Kept as contextNames: ${ambiguous}.`,
    `kind: region; within: the country's places.json id; iso: the ISO 3166-2 code.`,
  ].join(" ");
  writeFileSync(out, `${JSON.stringify({ about, entries }, null, 1)}\n`);
  console.log(`wrote ${out}: ${entries.length} subdivisions`);
  console.log(Object.entries(counts).map(([k, n]) => `  ${k}: ${n}`).join("\n"));
}

main();
