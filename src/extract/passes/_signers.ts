// Who signed, as one person: a signer named twice (in full, then by surname) is one signatory. A helper of pass 7
// (07-agreements), split from it.
import type { ExtractState } from "../state.js";
import { rootMention } from "./_mentions.js";
import { normalizeKey } from "../../text/normalize.js";

/** Two mentions of one signer: one root mention, one lexicon person, or one new name in full. */
export function sameAs(state: ExtractState, a: number, b: number): boolean {
  const ra = rootMention(state, a);
  const rb = rootMention(state, b);
  if (ra === rb) return true;
  const la = state.mentions[ra].lexiconId;
  if (la || state.mentions[rb].lexiconId) return la === state.mentions[rb].lexiconId;
  return fullName(state, ra) === fullName(state, rb);
}

/**
 * A name no lexicon knows, written again by its surname ("Kamau Ng'ang'a" … "Ng'ang'a wrote"), stands for its first
 * mention in full (pass 2 echoes only a surname that one new name of the article ends with): the person whose role
 * claims give their country. Any other person is its root mention.
 */
export function fullName(state: ExtractState, m: number): number {
  const root = rootMention(state, m);
  const x = state.mentions[root];
  if (x.kind !== "person" || x.lexiconId) return root;
  const key = normalizeKey(x.text);
  const full = state.mentions.find((o) => o.kind === "person" && !o.lexiconId && o.antecedent === undefined && (normalizeKey(o.text) === key || normalizeKey(o.text).endsWith(` ${key}`)));
  return full?.index ?? root;
}
