// A place name that several lexicon places share (عمان: Oman and Amman; Tripoli in Libya and in Lebanon)
// is read as the one the rest of the article points to: the country it lies in or the places inside it
// named elsewhere, its demonyms, and the countries of the office holders the article names. With no such
// evidence, or a tie, the lexicon's first entry stands.
import type { ExtractState } from "../state.js";
import { countryOf } from "../../lexicon/index.js";
import { personSlug, placeSlug } from "../../ids.js";

export function choosePlaces(state: ExtractState, options: Map<number, string[]>): void {
  if (!options.size) return;
  const { lex } = state;
  // the article's evidence: countries (and the places themselves) it names unambiguously
  const named = new Map<string, number>();
  const count = (id: string | undefined) => id && named.set(id, (named.get(id) ?? 0) + 1);
  for (const m of state.mentions) {
    if (options.has(m.index) || !m.lexiconId) continue;
    if (m.kind === "place") {
      count(placeSlug(m.lexiconId));
      const c = countryOf(lex, m.lexiconId);
      if (c !== placeSlug(m.lexiconId)) count(c);
    }
    if (m.kind === "person") for (const o of lex.people.get(personSlug(m.lexiconId))?.offices ?? []) count(o.country ?? undefined);
  }
  for (const st of state.sentences) for (const d of st.demonyms) count(placeSlug(d.place));
  for (const [index, ids] of options) {
    const score = (id: string) => {
      const slug = placeSlug(id);
      const country = countryOf(lex, id);
      return (named.get(slug) ?? 0) + (country && country !== slug ? (named.get(country) ?? 0) : 0);
    };
    const scored = ids.map((id) => ({ id, s: score(id) })).sort((a, b) => b.s - a.s);
    const m = state.mentions[index];
    if (scored.length > 1 && scored[0].s > scored[1].s && scored[0].id !== m.lexiconId) {
      m.lexiconId = scored[0].id;
      m.placeKind = lex.places.get(placeSlug(scored[0].id))?.kind;
    }
  }
}
