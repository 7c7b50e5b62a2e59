// Names in API arguments: "الشیبانی", "الشيباني", "Shaibani" and "al-Shaibani" must all find the same
// person. The lookup uses the same keys as the loader (keys.ts) plus the lexicon, so a name the
// articles never wrote in that script (an English name for a person only seen in Persian) still works.
import type { EntityKind } from "../model.js";
import { getLexicon } from "../lexicon/index.js";
import { normalizeKey } from "../text/normalize.js";
import { entityIdOf } from "./entities.js";
import { exactKey, nameKeys, skeletonKey } from "../text/keys.js";
import { LEX_PREFIX, personId } from "../ids.js";

export interface NameQuery {
  /** Keys to look up in the store (NameKey nodes). */
  keys: string[];
  /** Entity ids the lexicon gives for that name, best first. */
  lexiconIds: string[];
}


/** The keys and lexicon candidates for a name typed by a user, in any script or spelling. */
export function nameQuery(name: string, kind: EntityKind): NameQuery {
  const lex = getLexicon();
  const keys = new Set(nameKeys(name));
  const ids = new Set<string>();
  for (const k of keys) for (const id of lex.keyIndex.get(k) ?? []) if (id.startsWith(LEX_PREFIX[kind])) ids.add(entityIdOf(id));
  // "al-Shaibani" / "Shaibani": also try without a Latin article, and a lexicon name whose
  // consonant skeleton matches when nothing matched exactly
  if (!ids.size && kind === "person") {
    const sk = skeletonKey(name);
    if (sk.length >= 3) for (const id of skeletonIndex(lex).get(sk) ?? []) ids.add(id);
  }
  const bare = exactKey(normalizeKey(name).replace(/^(al|el)[\s-]+/, ""));
  if (bare) keys.add(bare);
  return { keys: [...keys], lexiconIds: [...ids] };
}

/**
 * Lexicon people by the consonant skeleton of each of their names, built once per lexicon: scanning
 * every form of every person per look-up cost ~70 ms of blocked event loop per unknown name.
 */
const skeletons = new WeakMap<object, Map<string, string[]>>();
function skeletonIndex(lex: ReturnType<typeof getLexicon>): Map<string, string[]> {
  let index = skeletons.get(lex);
  if (index) return index;
  index = new Map();
  for (const p of lex.people.values()) {
    const forms = [...Object.values(p.names).flat(), ...Object.values(p.short ?? {}).flat()];
    const seen = new Set<string>();
    for (const f of forms) {
      if (typeof f !== "string") continue;
      const sk = skeletonKey(f);
      if (seen.has(sk)) continue;
      seen.add(sk);
      const list = index.get(sk) ?? [];
      list.push(personId(p.id));
      index.set(sk, list);
    }
  }
  skeletons.set(lex, index);
  return index;
}
