// A given name that is none of a person's own before the surname of a lexicon person the article names in full
// («امینه اردوغان» beside «رجب طیب اردوغان»): a relative or a namesake, one new name, not that person (a helper of
// pass 2 via _surnames; Persian only, where no capital marks a name and Arabic's nasab chains are not written).
import type { ExtractState } from "../state.js";
import { inSpan, respan } from "../state.js";
import { lexiconPeopleNamedInFull } from "../../model.js";
import { personSlug } from "../../ids.js";
import { skeletonKey } from "../../text/keys.js";
import { classOf, givenName, nameLike, titleOrHonorific } from "./_name-words.js";

/**
 * A one-word short form of a lexicon person named in full elsewhere in the article, right after a word of the
 * given-name lists (given-names.json; not merely a lexicon name part: «اگر روزی رحمان …», one day, is no name) and free: when that word is not a word of any of the
 * person's names, nor spelt like one (by consonant skeleton: «شوکات» for «شوکت» is a misspelling, not a relative),
 * the two words are someone else's name, the wife or the son of the one named in full. Of a person the article does
 * not name in full, so is a word no dictionary knows nor lists as a given name where a name starts (the sentence's
 * start, a comma, «و»): «گراسا ماشل» is Graça Machel, not Samora Machel.
 */
export function relativeBeforeSurname(state: ExtractState): void {
  if (state.lang !== "fa") return;
  const named = lexiconPeopleNamedInFull(state.mentions);
  for (const st of state.sentences) {
    for (const m of [...st.mentions]) {
      const x = state.mentions[m];
      const sp = st.spans.get(m)!;
      if (x.kind !== "person" || !x.lexiconId || x.via !== "lexicon" || x.confidence >= 0.9 || sp.end - sp.start !== 1) continue;
      const b = sp.start - 1;
      const tok = st.tokens[b];
      // (of a person the article does not name in full, also a word no dictionary knows: «گراسا ماشل», Graça Machel)
      const first = (t: { text: string; key: string }) => (named.has(x.lexiconId!) ? givenName(state, t) : b === nameStart(st, b) && !givenName(state, t) && classOf(state, t) === "unknown");
      if (!tok || st.owner[b] >= 0 || !nameLike(state, st, b) || titleOrHonorific(state, tok.key) || !first(tok)) continue;
      if (!named.has(x.lexiconId) && tok.key.length < 4) continue;
      if (state.lex.words.sets.nameParticle?.has(tok.key) || st.cues.some((c) => inSpan(b, c))) continue;
      const entry = state.lex.people.get(personSlug(x.lexiconId));
      if (!entry) continue;
      const own = new Set([entry.name, ...Object.values(entry.names).flat()].flatMap((n) => skeletonKey(n).split(" ")));
      if (own.has(skeletonKey(tok.text))) continue;
      respan(state, st, m, { start: b, end: sp.end }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
    }
  }
}

/** Where a name may start at `b`: the sentence's start, after a comma, a colon or «و»; else -1. */
function nameStart(st: { tokens: Array<{ text: string; key: string }> }, b: number): number {
  const prev = st.tokens[b - 1];
  return !prev || /^[،,:؛]$/.test(prev.text) || prev.key === "و" ? b : -1;
}
