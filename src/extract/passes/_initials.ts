// A middle initial ("Antony J. Blinken", "John F. Kerry", "Joseph R. Biden Jr."): English news, above all
// American, writes a known person's name with an initial the lexicon's forms leave out. A person read from the
// text (a title or an apposition gave the words) whose name has an initial after its first word is the
// lexicon's person when the name without its initials is one of that person's full forms, and only one
// person's. So is a two-word name written family name first ("Kishida Fumio", "Abe Shinzo": NHK World, the
// Japanese government's English) whose words reversed are the full name of one person of a country whose
// names the lexicon writes given name first but its own usage family name first (cues.json familyNameFirst).
import type { ExtractState } from "../state.js";
import { respan, unmention } from "../state.js";
import { personSlug } from "../../ids.js";

/** Gives a person mention the lexicon's id when its name, without middle initials or a middle name, is one entry's full name. */
export function knownWithoutInitials(state: ExtractState): void {
  if (state.lang !== "en") return;
  acrossInitials(state);
  /** the family names of a person written with initials ("mahmood ali") → that person: the name again without them */
  const initialled = new Map<string, string>();
  for (const st of state.sentences) {
    for (const m of st.mentions) {
      const mention = state.mentions[m];
      if (mention.kind !== "person" || mention.lexiconId) continue;
      const sp = st.spans.get(m)!;
      const tokens = st.tokens.slice(sp.start, sp.end);
      // an initial is a capital letter alone, written together with the dot after it, not the first word
      const initial = (i: number) => i > 0 && /^[A-Z]$/.test(tokens[i].text) && tokens[i + 1]?.text === "." && tokens[i].end === tokens[i + 1].start;
      const kept = tokens.filter((_, i) => !initial(i) && !initial(i - 1));
      const word = (t: { text: string }) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text);
      // a written-out middle name: first and last word only, when all words are capitalised words
      const ends = tokens.length >= 3 && tokens.length <= 4 && tokens.every(word) ? [tokens[0], tokens[tokens.length - 1]] : undefined;
      const reversed = tokens.length === 2 && tokens.every(word) ? [tokens[1], tokens[0]] : undefined;
      const named = initialledGivenNames(state, st, m);
      if (named) {
        initialled.set(named.rest, named.id);
        continue;
      }
      if (reversed && familyFirstPerson(state, reversed)) {
        Object.assign(mention, { lexiconId: familyFirstPerson(state, reversed), via: "lexicon", confidence: 0.9 });
        continue;
      }
      for (const cand of [kept, ends]) {
        if (!cand || cand.length === tokens.length || cand.length < 2) continue;
        const hits = state.lex.personMatcher.findAll(cand);
        const ids = new Set(hits[0]?.values.filter((v) => v.form === "full").map((v) => v.id));
        if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== cand.length || ids.size !== 1) continue;
        Object.assign(mention, { lexiconId: [...ids][0], via: "lexicon", confidence: 0.9 });
        break;
      }
    }
  }
  // "Mahmood Ali" after "AH Mahmood Ali": the family names alone are the person the initials named
  if (!initialled.size) return;
  for (const st of state.sentences) {
    for (const m of st.mentions) {
      const mention = state.mentions[m];
      const sp = st.spans.get(m)!;
      const id = initialled.get(st.tokens.slice(sp.start, sp.end).map((t) => t.text.toLowerCase()).join(" "));
      if (mention.kind === "person" && !mention.lexiconId && id) Object.assign(mention, { lexiconId: id, via: "lexicon", confidence: 0.9 });
    }
  }
}

/** A generational suffix after an English surname ("Jr.", "Sr.", "II", "III", "IV"): no word of the lexicon's forms. */
const SUFFIX = /^(Jr|Sr|II|III|IV)$/;

/**
 * "Lloyd J. Austin III": the words on each side of a middle initial read as two people (a given name that is another
 * person's short form, a surname that is a short form of the one named) are one lexicon person when the words
 * without the initial are that one entry's full name; the mention takes the whole name, with a generational suffix.
 */
function acrossInitials(state: ExtractState): void {
  for (const st of state.sentences) {
    const tokens = st.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (!/^[A-Z]$/.test(tokens[i].text) || tokens[i + 1].text !== "." || tokens[i].end !== tokens[i + 1].start) continue;
      const a = st.owner[i - 1];
      const b = st.owner[i + 2];
      if (a < 0 || b < 0 || a === b || state.mentions[a].kind !== "person" || state.mentions[b].kind !== "person") continue;
      const sa = st.spans.get(a)!;
      const sb = st.spans.get(b)!;
      if (sa.end !== i || sb.start !== i + 2) continue;
      const cand = [...tokens.slice(sa.start, sa.end), ...tokens.slice(sb.start, sb.end)];
      const hits = state.lex.personMatcher.findAll(cand);
      const ids = new Set(hits[0]?.values.filter((v) => v.form === "full").map((v) => v.id));
      if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== cand.length || ids.size !== 1) continue;
      let end = sb.end;
      if (SUFFIX.test(tokens[end]?.text ?? "") && st.owner[end] < 0) end += tokens[end + 1]?.text === "." && tokens[end].end === tokens[end + 1].start ? 2 : 1;
      unmention(state, st, b);
      for (const t of st.titles) if (t.person === b) t.person = a;
      for (const r of state.roles) if (r.person === b) r.person = a;
      respan(state, st, a, { start: sa.start, end }, { lexiconId: [...ids][0], via: "lexicon", confidence: 0.9, alternatives: undefined });
    }
  }
}

/** The one lexicon person whose full name is `cand` (the words of a name written family name first, reversed), of a familyNameFirst country. */
function familyFirstPerson(state: ExtractState, cand: Array<{ text: string; key: string }>): string | undefined {
  const hits = state.lex.personMatcher.findAll(cand as never);
  const ids = new Set(hits[0]?.values.filter((v) => v.form === "full").map((v) => v.id));
  if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== cand.length || ids.size !== 1) return undefined;
  const id = [...ids][0];
  const countries = state.lex.words.sets["familyNameFirst.en"];
  const entry = state.lex.people.get(personSlug(id));
  return entry?.offices?.some((o) => o.country && countries?.has(o.country)) ? id : undefined;
}

/**
 * "AH Mahmood Ali", "AK Abdul Momen": the South Asian press (The Daily Star, BSS, Dawn) writes the given names of a
 * known person as their capital initials run together before the family names. A block of two or three capitals
 * right before (or opening) a person's name no lexicon matched is that lexicon person when exactly one entry's full
 * name is the initials' words (one word for each capital, in order) followed by the name's own words.
 */
function initialledGivenNames(state: ExtractState, st: ExtractState["sentences"][number], m: number): { rest: string; id: string } | undefined {
  const sp = st.spans.get(m)!;
  const block = /^[A-Z]{2,3}$/;
  const opens = block.test(st.tokens[sp.start].text) && sp.end - sp.start >= 2;
  const before = !opens && sp.start > 0 && block.test(st.tokens[sp.start - 1].text) && st.owner[sp.start - 1] < 0 ? sp.start - 1 : -1;
  if (!opens && before < 0) return undefined;
  const letters = st.tokens[opens ? sp.start : before].text;
  const rest = st.tokens.slice(opens ? sp.start + 1 : sp.start, sp.end).map((t) => t.text.toLowerCase());
  const ids = new Set<string>();
  for (const entry of state.lex.people.values()) {
    for (const full of [entry.name, ...(entry.names.en ?? [])]) {
      const words = full.split(/\s+/);
      if (words.length !== letters.length + rest.length) continue;
      const given = words.slice(0, letters.length);
      if (given.map((w) => w[0]).join("") !== letters || words.slice(letters.length).some((w, i) => w.toLowerCase() !== rest[i])) continue;
      ids.add(personId(entry.id));
    }
  }
  if (ids.size !== 1) return undefined;
  respan(state, st, m, { start: opens ? sp.start : before, end: sp.end }, { lexiconId: [...ids][0], via: "lexicon", confidence: 0.9 });
  return { rest: rest.join(" "), id: [...ids][0] };
}

const personId = (slug: string) => (slug.startsWith("person/") ? slug : `person/${slug}`);
