// What generate.ts reads of the project's own lexicon besides filters.ts: the ISO 3166-1 code of each country
// of places.json, the English given names, and the names of the first-level subdivisions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA, key, type NameFilter } from "../subdivisions/filters.js";
import { countries } from "../subdivisions/sources.js";

type Names = Partial<Record<string, string[]>>;
interface Subdivision { id: string; iso: string; within: string; names: Names; contextNames?: Names }

function subdivisionEntries(): Subdivision[] {
  return (JSON.parse(readFileSync(join(DATA, "places-subdivisions.json"), "utf8")) as { entries: Subdivision[] }).entries;
}

/**
 * ISO alpha-2 → places.json country id: the mapping bench/subdivisions/generate.ts made (each subdivision's
 * ISO 3166-2 code and its `within`), and for a country without subdivisions its ISO name (iso-3166) where it is
 * a name of a places.json country.
 */
export function countryIds(filter: NameFilter): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of subdivisionEntries()) out.set(s.iso.slice(0, 2), s.within);
  for (const c of countries()) {
    if (out.has(c.alpha2)) continue;
    const hit = (filter.places.get(key(c.name)) ?? []).find((p) => p.kind === "country");
    if (hit) out.set(c.alpha2, hit.id);
  }
  return out;
}

/** The English given names of given-names.json, as keys. */
export function givenNames(): Set<string> {
  const file = JSON.parse(readFileSync(join(DATA, "given-names.json"), "utf8")) as { lists: Array<{ lang: string; names: string[] }> };
  return new Set(file.lists.filter((l) => l.lang === "en").flatMap((l) => l.names.map(key)));
}

/** Every name of a first-level subdivision (places-subdivisions.json), by key, with the countries it lies in. */
export function subdivisionNames(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of subdivisionEntries()) for (const n of [...Object.values(s.names), ...Object.values(s.contextNames ?? {})].flat()) {
    if (n) out.set(key(n), [...(out.get(key(n)) ?? []), s.within]);
  }
  return out;
}

/** The ids of places-subdivisions.json. */
export function subdivisionIds(): string[] {
  return subdivisionEntries().map((s) => s.id);
}
