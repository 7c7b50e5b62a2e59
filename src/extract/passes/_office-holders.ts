// A name after an office title that is the first words of the lexicon name of the one person who held that office
// on the article's day ("Foreign Minister Osman Saleh" for Osman Saleh Mohammed, «وزير الخارجية عثمان صالح»): news
// often drops the last word of a three-word name (a father's or grandfather's name, a second surname). A helper
// of pass 2 (02-titles), run once its titles have their people.
import { NAMED_IN_FULL } from "../../model.js";
import { officesOn, type Lexicon } from "../../lexicon/index.js";
import type { ExtractState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { lexPersonId } from "../../ids.js";

/** Per lexicon: the first k words (k ≥ 2) of every longer full name → the people whose name begins so. */
const prefixIndex = new WeakMap<Lexicon, Map<string, Set<string>>>();

function prefixes(lex: Lexicon): Map<string, Set<string>> {
  let idx = prefixIndex.get(lex);
  if (idx) return idx;
  idx = new Map();
  for (const p of lex.people.values()) {
    for (const n of Object.values(p.names).flat()) {
      const words = normalizeKey(n).split(" ").filter(Boolean);
      for (let k = 2; k < words.length; k++) {
        const key = words.slice(0, k).join(" ");
        (idx.get(key) ?? idx.set(key, new Set()).get(key)!).add(p.id);
      }
    }
  }
  prefixIndex.set(lex, idx);
  return idx;
}

/**
 * Links each new name of two words or more that a title introduced to the lexicon person whose full name it begins,
 * when that person is the only one of them who held the title's office (of the title's country, when the text gives
 * it) on the article's day, or ever when the article has no date.
 */
export function shortenedOfficeHolders(state: ExtractState): void {
  const idx = prefixes(state.lex);
  for (const st of state.sentences) {
    for (const t of st.titles) {
      const m = t.person === undefined ? undefined : state.mentions[t.person];
      if (!m || m.kind !== "person" || m.lexiconId || m.antecedent !== undefined) continue;
      const ids = idx.get(normalizeKey(m.text));
      if (!ids) continue;
      const country = t.country?.replace(/^place\//, "");
      const holders = [...ids].filter((id) => {
        const p = state.lex.people.get(id)!;
        return officesOn(p, state.publishedAt ?? null).some((o) => o.office === t.office && (!country || o.country === country));
      });
      if (holders.length === 1) Object.assign(m, { lexiconId: lexPersonId(holders[0]), via: "lexicon", confidence: NAMED_IN_FULL });
    }
  }
}
