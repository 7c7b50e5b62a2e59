// The bare Arabic name of a first-level subdivision. places-subdivisions.json holds the English names both with and
// without their head noun ("Arta Region", "Arta"; "Takhar Province", "Takhar"), but its Arabic labels (iso3166-2-db's)
// only with theirs («إقليم عرتا», «ولاية تخار»), while Arabic news names the place, and its seat, bare («في عرتا»).
// The name after an Arabic place head noun (cues.json words placeNoun: ولاية، إقليم، مقاطعة، محافظة …) is read as
// a context name of the subdivision, as the generator keeps its ambiguous names: only where the article names the
// subdivision's country. Left out, as the generator leaves out a name: one of fewer than four letters, a common or
// stop word, one made only of words of the Arabic dictionary («الجنوب», the south), a given name, a word of a title,
// a name another lexicon entry (place, person, organisation) has, or one two subdivisions share; and all of them for a
// subdivision whose English name, or that name without its last word, is another entry's (a province named after its
// seat the lexicon holds, "Herat Province" and the city Herat: the bare Arabic name is the city's there), and a name
// with a comma or a bracket («سانتا كروز، الأرجنتين»).
import { normalizeKey } from "../text/normalize.js";
import type { PlaceEntry } from "./types.js";

/** Subdivision id → its bare Arabic names (not yet among its names). */
export function bareSubdivisionNames(entries: Iterable<PlaceEntry>, heads: Set<string>, refused: (bare: string, entry: PlaceEntry) => boolean): Map<string, string[]> {
  const users = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, string>>();
  for (const p of entries) {
    if (p.kind !== "region" || !p.iso) continue;
    const own = new Set(Object.values(p.names).flat().map((n) => normalizeKey(n)));
    for (const n of p.names.ar ?? []) {
      const words = n.trim().split(/\s+/);
      if (words.length < 2 || !heads.has(normalizeKey(words[0]))) continue;
      const bare = words.slice(1).join(" ");
      const k = normalizeKey(bare);
      if (own.has(k) || k.replace(/\s+/g, "").length < 4 || refused(bare, p)) continue;
      users.set(k, (users.get(k) ?? new Set()).add(p.id));
      if (!forms.has(p.id)) forms.set(p.id, new Map());
      forms.get(p.id)!.set(k, bare);
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, m] of forms) {
    const kept = [...m].filter(([k]) => users.get(k)!.size === 1).map(([, bare]) => bare);
    if (kept.length) out.set(id, kept);
  }
  return out;
}
