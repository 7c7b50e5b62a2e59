// The sources of src/lexicon/data/places-subdivisions.json, read as the npm packages ship them:
// - iso-3166 (MIT, devDependency): the ISO 3166-1 countries and the ISO 3166-2 subdivision codes with their
//   ISO names (local romanisations: "Khaībar Pakhtūnkhwā", "Bayern");
// - iso3166-2-db (MIT; names from OpenStreetMap and Wikidata labels): which subdivisions are first-level (OSM's
//   list per country), their English names as news writes them ("Khyber Pakhtunkhwa", "Bavaria") and Arabic
//   names where the label exists (the package falls back to English otherwise). Not a dependency: it unpacks to
//   about 280 MB in 42,000 files, so the generator reads it from --db DIR (see generate.ts);
// - cldr-subdivisions-full (Unicode-3.0, devDependency): CLDR's English subdivision names, and its Persian and
//   Arabic ones (CLDR 48 has only three: England, Scotland, Wales).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { iso31661, iso31662 } from "iso-3166";

const require = createRequire(import.meta.url);

export interface Country {
  alpha2: string;
  name: string;
}

/** One first-level subdivision with its names from every source. */
export interface RawSubdivision {
  /** ISO 3166-2 code, "PK-KP". */
  code: string;
  country: string;
  /** The ISO name (iso-3166). */
  iso: string;
  /** The English name in iso3166-2-db. */
  db: string;
  /** CLDR's English name, if any. */
  cldr?: string;
  /** The Arabic name in iso3166-2-db, if it is written in Arabic script. */
  dbAr?: string;
  /** CLDR's Persian and Arabic names, if any. */
  cldrFa?: string;
  cldrAr?: string;
}

export const SOURCES = {
  iso: `iso-3166 ${pkgVersion("iso-3166")} (npm, MIT)`,
  cldr: `CLDR ${pkgVersion("cldr-subdivisions-full")} subdivision names (npm cldr-subdivisions-full, Unicode-3.0)`,
  db: (dir: string) => `iso3166-2-db ${dbVersion(dir)} (npm, MIT; OpenStreetMap/Wikidata labels)`,
};

function pkgVersion(name: string): string {
  const file = join(packageDir(name), "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function packageDir(name: string): string {
  // neither package exports its package.json; the entry point (iso-3166) or a known data file (CLDR) lies in it
  const probe = name === "iso-3166" ? require.resolve("iso-3166") : require.resolve("cldr-subdivisions-full/subdivisions/en/en.json");
  let dir = dirname(probe);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

function dbVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

export function countries(): Country[] {
  return iso31661.map((c) => ({ alpha2: c.alpha2, name: c.name }));
}

/** The English name iso3166-2-db gives a country ("South Korea" where ISO says "Korea, Republic of"). */
export function dbCountryNames(dir: string): Map<string, string> {
  const list = JSON.parse(readFileSync(join(dir, "countryList", "en.json"), "utf8")) as Record<string, { name: string }>;
  return new Map(Object.entries(list).map(([code, c]) => [code, c.name]));
}

function cldrNames(lang: "en" | "fa" | "ar"): Record<string, string> {
  const file = require.resolve(`cldr-subdivisions-full/subdivisions/${lang}/${lang}.json`);
  const d = JSON.parse(readFileSync(file, "utf8")) as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
  return d.subdivisions.localeDisplayNames.subdivisions;
}

interface DbRegion {
  name: string;
  iso: string;
}

function dbRegions(dir: string, country: string, lang: "en" | "ar"): DbRegion[] {
  const file = join(dir, "regions", country, `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as DbRegion[]) : [];
}

const ARABIC = /[\u0600-\u06FF]/;

/**
 * Every first-level subdivision: those iso3166-2-db lists for a country whose code is a current ISO 3166-2
 * code (iso-3166), with the names each source gives it.
 */
export function readSubdivisions(dbDir: string): RawSubdivision[] {
  if (!existsSync(join(dbDir, "regions"))) throw new Error(`no iso3166-2-db at ${dbDir} (no regions/ folder)`);
  const isoNames = new Map(iso31662.map((s) => [s.code, s.name]));
  const cldr = { en: cldrNames("en"), fa: cldrNames("fa"), ar: cldrNames("ar") };
  const out: RawSubdivision[] = [];
  const seen = new Set<string>();
  for (const country of readdirSync(join(dbDir, "regions")).sort()) {
    const ar = new Map(dbRegions(dbDir, country, "ar").map((r) => [r.iso, r.name]));
    for (const r of dbRegions(dbDir, country, "en")) {
      const code = `${country}-${r.iso}`;
      const iso = isoNames.get(code);
      if (!iso || seen.has(code)) continue; // not (or no longer) an ISO 3166-2 code, or listed twice
      seen.add(code);
      const key = code.replace("-", "").toLowerCase();
      const arName = ar.get(r.iso);
      out.push({
        code, country, iso, db: r.name,
        cldr: cldr.en[key],
        dbAr: arName && ARABIC.test(arName) ? arName : undefined,
        cldrFa: cldr.fa[key],
        cldrAr: cldr.ar[key],
      });
    }
  }
  return out;
}

/** How many subdivisions iso3166-2-db lists whose code ISO 3166-2 does not have (reported in "about"). */
export function countNonIso(dbDir: string): number {
  const codes = new Set(iso31662.map((s) => s.code));
  let n = 0;
  for (const country of readdirSync(join(dbDir, "regions"))) for (const r of dbRegions(dbDir, country, "en")) if (!codes.has(`${country}-${r.iso}`)) n++;
  return n;
}
