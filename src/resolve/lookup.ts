// Names in API arguments: "الشیبانی", "الشيباني", "Shaibani" and "al-Shaibani" must all find the same
// person. The lookup uses the same keys as the loader (keys.ts) plus the lexicon, so a name the
// articles never wrote in that script (an English name for a person only seen in Persian) still works.
import type { EntityKind } from "../model.js";
import { getLexicon, type Lexicon } from "../lexicon/index.js";
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
 * The consonant skeleton of every name form of every lexicon person, built once per lexicon: a
 * lookup is one map access, not a scan of some tens of thousands of forms per request.
 */
const skeletons = new WeakMap<Lexicon, Map<string, string[]>>();
function skeletonIndex(lex: Lexicon): Map<string, string[]> {
  let index = skeletons.get(lex);
  if (index) return index;
  index = new Map();
  for (const p of lex.people.values()) {
    const forms = [...Object.values(p.names).flat(), ...Object.values(p.short ?? {}).flat()];
    for (const sk of new Set(forms.filter((f): f is string => typeof f === "string").map(skeletonKey))) {
      const list = index.get(sk);
      if (!list) index.set(sk, [personId(p.id)]);
      else list.push(personId(p.id));
    }
  }
  skeletons.set(lex, index);
  return index;
}

/** Builds the name indexes now (at server start) rather than on the first request. */
export function warmNameIndex(): void {
  skeletonIndex(getLexicon());
}
