// The people an article names who hold an office (a helper of 03-references and _generic-leader): by a title of the
// text (a role claim of this article), or by the lexicon's offices on the publication day for a lexicon person named
// in it; one mention each, the first.
import type { ExtractState } from "../state.js";
import { personKey } from "./_mentions.js";
import { officesOn } from "../../lexicon/index.js";
import { lexPlaceId, personSlug } from "../../ids.js";

export interface Holder {
  key: string;
  mention: number;
}

/**
 * The holders whose office (with its country id, "place:…") `fits` accepts; a former holder by a title of the text
 * ("Former Prime Minister X") only when `former`.
 */
export function namedHolders(state: ExtractState, fits: (office: string, country: string) => boolean, former = false): Holder[] {
  const seen = new Map<string, number>();
  for (const r of state.roles) {
    if ((r.former && !former) || !fits(r.office, r.country ?? "")) continue;
    const k = personKey(state, r.person);
    if (!seen.has(k)) seen.set(k, r.person);
  }
  for (const m of state.mentions) {
    if (m.kind !== "person" || !m.lexiconId || m.via === "coreference") continue;
    const entry = state.lex.people.get(personSlug(m.lexiconId));
    if (!entry || !officesOn(entry, state.publishedAt ?? null).some((o) => fits(o.office, lexPlaceId(`${o.country}`)))) continue;
    const k = personKey(state, m.index);
    if (!seen.has(k)) seen.set(k, m.index);
  }
  return [...seen].map(([key, mention]) => ({ key, mention }));
}
