// A lexicon office holder in another Persian or Arabic spelling (a helper of 02-titles): foreign names have several
// spellings in Arabic script («مکی سال» and the lexicon's «ماکی سال», Macky Sall), and one of them may be all
// dictionary words, which no new name is read from ("سال": year). Right before a title with its country, the words
// whose consonant skeleton (text/keys.ts skeletonKey) is the full name of the one lexicon person who holds that
// office of that country on the publication day are that person.
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { addMention } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { lexPersonId, placeSlug } from "../../ids.js";
import { skeletonKey } from "../../text/keys.js";

const holdersCache = new WeakMap<ExtractState, Map<string, Array<{ id: string; keys: Set<string> }>>>();

/** The skeletons of the Persian and Arabic full names of the lexicon's holders of `office` of `country` that day. */
function holders(state: ExtractState, office: string, country: string): Array<{ id: string; keys: Set<string> }> {
  let byTitle = holdersCache.get(state);
  if (!byTitle) holdersCache.set(state, (byTitle = new Map()));
  const k = `${office}|${country}`;
  let out = byTitle.get(k);
  if (out) return out;
  out = [];
  const slug = placeSlug(country);
  for (const p of state.lex.people.values()) {
    if (!officesOn(p, state.publishedAt ?? null).some((o) => o.office === office && o.country === slug)) continue;
    out.push({ id: p.id, keys: new Set([...(p.names.fa ?? []), ...(p.names.ar ?? [])].map((n) => skeletonKey(n))) });
  }
  byTitle.set(k, out);
  return out;
}

/** The holder of title `t` written before it in another spelling ("X، رئیس جمهور سنگال"), a new lexicon mention. */
export function holderSpelledBefore(state: ExtractState, st: SentenceState, t: TitleRef): number | undefined {
  if (state.lang === "en" || !t.country || !state.publishedAt) return undefined;
  let b = t.start - 1;
  if (/^[،,]$/.test(st.tokens[b]?.text ?? "")) b--;
  for (let n = 3; n >= 2; n--) {
    const s = b - n + 1;
    if (s < 0) continue;
    const toks = st.tokens.slice(s, b + 1);
    if (toks.some((x, i) => x.punct || st.owner[s + i] >= 0 || !/^[\u0600-\u06FF\u200C]+$/.test(x.text))) continue;
    const key = skeletonKey(toks.map((x) => x.text).join(" "));
    if (key.replace(/ /g, "").length < 4) continue;
    const ids = holders(state, t.office, t.country).filter((h) => h.keys.has(key));
    if (ids.length !== 1) continue;
    return addMention(state, st, { start: s, end: b + 1 }, { kind: "person", via: "lexicon", lexiconId: lexPersonId(ids[0].id), confidence: 0.8 });
  }
  return undefined;
}
