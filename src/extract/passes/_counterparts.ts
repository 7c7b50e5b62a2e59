// What a counterpart reference ("همتای استونیایی خود", "نظيره الأردني", "his Jordanian counterpart") names when
// the article names no holder of that office: the name written right after it, or the lexicon's one holder of
// the office on the publication day. A helper of 03-references, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention, charSpan } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { lexPersonId, lexPlaceId } from "../../ids.js";
import { newNameAfter } from "./_names.js";

/** A name no lexicon knows right after the reference, given the office it was named with. */
export function namedCounterpart(state: ExtractState, st: SentenceState, ref: TokenSpan, at: number, office: string, country: string): number | undefined {
  const person = newNameAfter(state, st, at, true);
  if (person === undefined) return undefined;
  const { start, end } = charSpan(st, { start: ref.start, end: st.spans.get(person)!.end });
  state.roles.push({
    person,
    office,
    country,
    date: { date: state.publishedAt ?? null, precision: state.publishedAt ? "day" : null, basis: state.publishedAt ? "publication" : "unknown" },
    evidence: { sentence: st.s.text, sentenceIndex: st.s.index, start, end },
    confidence: 0.7,
  });
  return person;
}

/**
 * The one person the lexicon gives the office of the country on the publication day, as a mention over the
 * reference. Only with a publication date, and only when exactly one person holds it then.
 */
export function lexiconCounterpart(state: ExtractState, st: SentenceState, ref: TokenSpan, office: string, country: string): number | undefined {
  if (!state.publishedAt) return undefined;
  const found: string[] = [];
  for (const entry of state.lex.people.values()) {
    if (officesOn(entry, state.publishedAt).some((o) => o.office === office && o.country && lexPlaceId(o.country) === country)) found.push(entry.id);
    if (found.length > 1) return undefined;
  }
  if (found.length !== 1) return undefined;
  return addMention(state, st, ref, { kind: "person", lexiconId: lexPersonId(found[0]), via: "coreference", confidence: 0.6 });
}
