// "The Russian leader", "the Kazakh head of state" (a helper of 03-references): a generic title of a head of state or
// government (offices.json head-of-state-generic, head-of-government-generic) with its country, which no one of the
// article holds as such, refers back to the one person named before it who leads that country: a head of state or of
// government (offices.json rank 1–2) of it, by a title of the text or the lexicon's offices on the publication day.
import type { ExtractState } from "../state.js";
import { personKey } from "./_mentions.js";
import { officesOn } from "../../lexicon/index.js";
import { lexPlaceId, personSlug } from "../../ids.js";

/** The generic offices of a country's leader. */
export const GENERIC_LEADER = new Set(["head-of-state-generic", "head-of-government-generic"]);
/** offices.json rank of a head of government: a leader has this rank or a higher one (1, head of state). */
const LEADER_RANK = 2;

/** The leaders of `country` the article names, one mention each (by person). */
export function leadersOf(state: ExtractState, country: string): Array<{ key: string; mention: number }> {
  const rank = (office: string) => state.lex.offices.get(office)?.rank ?? 9;
  const seen = new Map<string, number>();
  for (const r of state.roles) {
    if (r.former || r.country !== country || rank(r.office) > LEADER_RANK || GENERIC_LEADER.has(r.office)) continue;
    const k = personKey(state, r.person);
    if (!seen.has(k)) seen.set(k, r.person);
  }
  for (const m of state.mentions) {
    if (m.kind !== "person" || !m.lexiconId || m.via === "coreference") continue;
    const entry = state.lex.people.get(personSlug(m.lexiconId));
    if (!entry) continue;
    if (!officesOn(entry, state.publishedAt ?? null).some((o) => rank(o.office) <= LEADER_RANK && lexPlaceId(`${o.country}`) === country)) continue;
    const k = personKey(state, m.index);
    if (!seen.has(k)) seen.set(k, m.index);
  }
  return [...seen].map(([key, mention]) => ({ key, mention }));
}
