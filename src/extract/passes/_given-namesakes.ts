// "First Lady Jill Biden" beside "President Joe Biden" (a helper of pass 2, 02-titles, run with _surnames): an English
// given name of the lists right before the surname of a lexicon person the article names in full, read alone as that
// person's short form, is the given name of a namesake (a spouse, a child, a brother) when it is none of the person's
// own given names nor a misspelling of one ("Shavak Mirziyoyev" beside "Shavkat Mirziyoyev" stays the person's).
import { lexiconPeopleNamedInFull } from "../../model.js";
import type { ExtractState } from "../state.js";
import { inSpan, respan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { editDistance } from "../../text/keys.js";
import { personSlug } from "../../ids.js";
import { titleOrHonorific } from "./_name-words.js";

export function namesakeGivenNames(state: ExtractState): void {
  if (state.lang !== "en") return;
  const named = lexiconPeopleNamedInFull(state.mentions);
  const given = (k: string) => !!state.lex.words.givenNames.en?.has(k) || !!state.lex.words.givenNames.latin?.has(k);
  for (const st of state.sentences) {
    for (const m of [...st.mentions]) {
      const x = state.mentions[m];
      const sp = st.spans.get(m);
      if (!sp || x.kind !== "person" || !x.lexiconId || x.via !== "lexicon" || x.confidence >= 0.9 || sp.end - sp.start !== 1 || !named.has(x.lexiconId)) continue;
      const b = sp.start - 1;
      const tok = st.tokens[b];
      if (!tok || st.owner[b] >= 0 || tok.end + 1 !== st.tokens[sp.start].start || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || !given(tok.key)) continue;
      if (titleOrHonorific(state, tok.key) || st.cues.some((c) => inSpan(b, c)) || st.titles.some((t) => inSpan(b, t))) continue;
      const entry = state.lex.people.get(personSlug(x.lexiconId));
      const firsts = entry ? [entry.name, ...Object.values(entry.names).flat()].map((n) => normalizeKey(n).split(" ")[0]) : [];
      if (!entry || firsts.some((f) => f === tok.key || editDistance(f, tok.key) <= 2)) continue;
      // (and one more given name before it: "Sophie Grégoire Trudeau")
      const a = b - 1;
      const more = a >= 0 && st.owner[a] < 0 && /^\p{Lu}\p{Ll}+$/u.test(st.tokens[a].text) && given(st.tokens[a].key) && !titleOrHonorific(state, st.tokens[a].key) && !st.cues.some((c) => inSpan(a, c));
      respan(state, st, m, { start: more ? a : b, end: sp.end }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
    }
  }
}
