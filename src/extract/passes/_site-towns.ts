// The town a site no lexicon knows stands in (a helper of 02d-facilities): "at Parliament House in Canberra", "State
// House, Accra" name it right after the site; else a report filed from a city (the dateline) puts a site it names
// there, unless the sentence names another city before the site ("In Paris, he met X at the Y Palace": then that
// city, when it names one only). The site
// mention's `within` is that town's mention; the resolver makes it the site's containing place.
import type { ExtractState } from "../state.js";
import { countryOf } from "../../lexicon/index.js";
import { personSlug } from "../../ids.js";

export function siteTowns(state: ExtractState): void {
  sitesOfOtherCountries(state);
  const dateline = state.dateline;
  const preps = state.lex.words.sets.placePreposition;
  for (const st of state.sentences) {
    for (const m of st.mentions) {
      const site = state.mentions[m];
      if (site.kind !== "place" || site.placeKind !== "site" || site.lexiconId || site.within !== undefined) continue;
      const sp = st.spans.get(m)!;
      // the town named right after it: "… in Canberra", "…, Accra" (one preposition of place or a comma)
      let k = sp.end;
      if (preps.has(st.tokens[k]?.key ?? "") || /^[,،]$/.test(st.tokens[k]?.text ?? "")) k++;
      const o = st.owner[k];
      const town = o !== undefined && o >= 0 && k > sp.end ? state.mentions[o] : undefined;
      if (town?.kind === "place" && town.placeKind === "city" && st.spans.get(o)!.start === k) {
        site.within = o;
        continue;
      }
      if (dateline === undefined || state.mentions[dateline].placeKind !== "city") continue;
      const cityKey = state.mentions[dateline].lexiconId ?? state.mentions[dateline].text;
      const citiesBefore = st.mentions.filter((x) => {
        const p = state.mentions[x];
        return p.kind === "place" && p.placeKind === "city" && st.spans.get(x)!.end <= sp.start && (p.lexiconId ?? p.text) !== cityKey;
      });
      // one other city before it is where the sentence has moved ("In Kyiv, he met X at the Y Palace", "X, who
      // arrived in New Delhi on Saturday, called on Y at Rashtrapati Bhavan"); two leave the town unsaid
      const keys = new Set(citiesBefore.map((x) => state.mentions[x].lexiconId ?? state.mentions[x].text));
      if (!citiesBefore.length) site.within = dateline;
      else if (keys.size === 1) site.within = citiesBefore[0];
    }
  }
}

/**
 * A lexicon site of a country the article names nowhere else, in a report filed from a city of another country, is
 * another building of the same name ("قصر السلام" is Jeddah's in the lexicon, and a palace of Baghdad in a Baghdad
 * report that names no Saudi place): its lexicon reading goes, so it stands in the dateline's city like any site
 * no lexicon knows.
 */
function sitesOfOtherCountries(state: ExtractState): void {
  const dateline = state.dateline === undefined ? undefined : state.mentions[state.dateline];
  const home = dateline?.lexiconId && dateline.placeKind === "city" ? countryOf(state.lex, dateline.lexiconId) : undefined;
  if (!home) return;
  const named = new Set<string>();
  for (const m of state.mentions) if (m.kind === "place" && m.lexiconId && m.placeKind !== "site" && m.confidence > 0) named.add(countryOf(state.lex, m.lexiconId) ?? "");
  for (const st of state.sentences) for (const d of st.demonyms) named.add(countryOf(state.lex, d.place) ?? "");
  // (and the countries of the offices of the lexicon people it names: "Macron at the Élysée")
  for (const m of state.mentions) {
    const p = m.kind === "person" && m.lexiconId && m.confidence > 0 ? state.lex.people.get(personSlug(m.lexiconId)) : undefined;
    for (const o of p?.offices ?? []) if (o.country) named.add(countryOf(state.lex, o.country) ?? o.country);
  }
  for (const m of state.mentions) {
    if (m.kind !== "place" || m.placeKind !== "site" || !m.lexiconId) continue;
    const country = countryOf(state.lex, m.lexiconId);
    if (country && country !== home && !named.has(country)) Object.assign(m, { lexiconId: undefined, alternatives: undefined, via: "descriptor" });
  }
}
