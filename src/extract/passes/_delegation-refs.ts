// References to a delegation ("the Iranian delegation", «الوفد السوري»): the person who heads it (a "headed by" of its
// country in the article). A delegation named again without its country: «این هیئت» (this delegation), «هذا الوفد»,
// "this delegation", and a delegation with its country whose head no "headed by" names («هیئت ایرانی»): the person who
// led the delegation or the group told before. A helper of 03-references, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { countryOfPerson, personKey } from "./_mentions.js";
import { normalizeKey } from "../../text/normalize.js";
import { lexPlaceId, placeSlug } from "../../ids.js";

/** Demonstratives before a delegation noun ("this delegation", «این هیئت», «هذا الوفد»). */
const THIS = new Set(["this", "that", "این", "همین", "آن", "هذا", "ذلك"].map((w) => normalizeKey(w)));

/** Sentences back the delegation told before may stand. */
const REACH = 3;
/** Tokens from a person (and their title) to the "and" + group that travels with them ("X، رئیس …، و شماری از رهبران"). */
const GROUP_REACH = 4;

/** Is the delegation cue `c` led by a demonstrative ("این هیئت")? */
export function demonstrated(st: SentenceState, c: TokenSpan): boolean {
  return THIS.has(st.tokens[c.start - 1]?.key ?? "");
}

/**
 * The one who heads "this delegation": in the sentences up to REACH back (nearest first), the person a "headed by"
 * names, else the person a group or a delegation is coordinated with («X، رئیس جمهور …، و شماری از رهبران آفریقایی …»,
 * "X and a delegation of …"). None when a sentence has two such people.
 */
export function delegationLeader(state: ExtractState, st: SentenceState): number | undefined {
  const at = state.sentences.indexOf(st);
  for (let k = at - 1; k >= Math.max(0, at - REACH); k--) {
    const s = state.sentences[k];
    const found = new Map<string, number>();
    for (const c of s.cues) {
      if (c.kind === "headedBy") {
        const people = s.mentions.filter((m) => state.mentions[m].kind === "person");
        const after = people.find((m) => s.spans.get(m)!.start >= c.end && s.spans.get(m)!.start <= c.end + 1);
        const before = [...people].reverse().find((m) => s.spans.get(m)!.end <= c.start && c.start - reachOf(s, m) <= 1);
        for (const m of [after, before]) if (m !== undefined) found.set(personKey(state, m), m);
      }
      if (c.kind === "group" || c.kind === "delegation") {
        const and = [c.start - 1, c.start - 2, c.start - 3].find((i) => i >= 0 && /^(و|and)$/.test(s.tokens[i].key));
        if (and === undefined) continue;
        const m = [...s.mentions].reverse().find((x) => state.mentions[x].kind === "person" && s.spans.get(x)!.end <= and && and - reachOf(s, x) <= GROUP_REACH);
        if (m !== undefined) found.set(personKey(state, m), m);
      }
    }
    if (found.size === 1) return [...found.values()][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/** The end of a person's mention and its title after it ("X، رئیس جمهور آفریقای جنوبی،"). */
function reachOf(st: SentenceState, m: number): number {
  const sp = st.spans.get(m)!;
  const t = st.titles.find((x) => x.person === m && x.start >= sp.end);
  let end = t ? Math.max(t.phraseEnd, sp.end) : sp.end;
  while (end < st.tokens.length && /^[,،]$/.test(st.tokens[end].text)) end++;
  return end;
}

/**
 * «هیئت ایرانی» with no head named: the one person of that country the article named before it (none when two).
 */
export function onlyOfCountry(state: ExtractState, st: SentenceState, country: string, before: number): number | undefined {
  const found = new Map<string, number>();
  const at = state.sentences.indexOf(st);
  for (let k = 0; k <= at; k++) {
    const s = state.sentences[k];
    for (const m of s.mentions) {
      if (state.mentions[m].kind !== "person" || (s === st && s.spans.get(m)!.start >= before)) continue;
      if (countryOfPerson(state, m) === country && !found.has(personKey(state, m))) found.set(personKey(state, m), m);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The mention a reference becomes (03-references' `refer`). */
type Refer = (state: ExtractState, st: SentenceState, sp: TokenSpan, target: number, confidence: number) => number | undefined;

/**
 * A delegation cue ("the Iranian delegation", «هیئت ایرانی», «این هیئت») with no "headed by" after it: a reference to
 * the one who heads it (its country's head named in the article, else the one person of that country named before it;
 * a demonstrated one, to the leader of the delegation or group told before).
 */
export function delegations(state: ExtractState, st: SentenceState, refer: Refer): void {
  for (const c of st.cues.filter((x) => x.kind === "delegation")) {
    if (st.cues.some((h) => h.kind === "headedBy" && h.start >= c.start && h.start <= c.end + 1)) continue; // "delegation headed by X": X is named
    let country: string | undefined;
    let end = c.end;
    const dem = st.demonyms.find((d) => d.start === c.end || d.start === c.end + 1);
    if (dem) {
      country = lexPlaceId(placeSlug(dem.place));
      end = dem.end;
    } else {
      const o = st.owner[c.end];
      if (o >= 0 && state.mentions[o].kind === "place" && state.mentions[o].placeKind === "country") {
        country = state.mentions[o].lexiconId;
        end = st.spans.get(o)!.end;
      }
    }
    // "this delegation" (این هیئت، هذا الوفد): the one who led the delegation or group told before (_delegation-refs)
    if (!country && demonstrated(st, c) && st.owner[c.start] < 0) {
      const leader = delegationLeader(state, st);
      if (leader !== undefined) refer(state, st, { start: c.start - 1, end: c.end }, leader, 0.55);
      continue;
    }
    if (!country) continue;
    // (no "headed by" for that country: the one person of it named before, «هیئت ایرانی»)
    const head = delegationHead(state, country, st.s.index) ?? onlyOfCountry(state, st, country, c.start);
    if (head !== undefined) refer(state, st, { start: c.start, end }, head, 0.55);
  }
}

/**
 * The person named as heading a delegation of `country` in this article ("X و هیأت همراه وی",
 * "برئاسة X"): the nearest such mention before the reference, else the nearest after it.
 */
function delegationHead(state: ExtractState, country: string, at: number): number | undefined {
  const heads = new Map<string, { m: number; s: number }>();
  for (const st of state.sentences) {
    for (const h of st.cues.filter((x) => x.kind === "headedBy")) {
      // "headed by X": X after; "X [title] and his delegation": X before (within its title phrase)
      const people = st.mentions.filter((m) => state.mentions[m].kind === "person");
      const after = people.find((m) => st.spans.get(m)!.start >= h.end && st.spans.get(m)!.start <= h.end + 1);
      const before = [...people].reverse().find((m) => {
        const sp = st.spans.get(m)!;
        if (sp.end > h.start) return false;
        const t = st.titles.find((x) => x.person === m);
        const reach = t ? Math.max(t.phraseEnd, sp.end) : sp.end;
        return h.start - reach <= 1;
      });
      for (const m of [after, before]) {
        if (m === undefined || state.mentions[m].kind !== "person") continue;
        if (countryOfPerson(state, m) !== country) continue;
        const k = personKey(state, m);
        const prev = heads.get(k);
        const dist = (s: number) => (s <= at ? at - s : 1000 + s - at);
        if (!prev || dist(st.s.index) < dist(prev.s)) heads.set(k, { m, s: st.s.index });
      }
    }
  }
  const ranked = [...heads.values()].map((h) => ({ ...h, d: h.s <= at ? at - h.s : 1000 + h.s - at })).sort((a, b) => a.d - b.d);
  if (!ranked.length || (ranked[1] && ranked[1].d === ranked[0].d)) return undefined;
  return ranked[0].m;
}
