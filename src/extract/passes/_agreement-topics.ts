// What an agreement is about: the topic keys of events.json (agreement-topics) whose phrases the clause has, up to
// an adjunct of time ("after five days of talks") or what the signing ended ("…, ending two months of talks"). A
// helper of pass 7 (07-agreements), split from it.
import type { ExtractState, SentenceState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Topic keys whose every group has a phrase in the sentence from token `from` on, in lexicon order (most specific first). */
export function topicsOf(state: ExtractState, st: SentenceState, from: number, verbEnd = from): string[] {
  // what was agreed ends where an adjunct of time begins after it ("signed a pact after five days of talks": the
  // talks are no topic of it; "agreed after the talks to …" goes on past it)
  let to = st.tokens.length;
  for (let k = verbEnd + 1; verbEnd > 0 && k < to; k++) if (TIME_ADJUNCT.has(st.tokens[k].key) || atTheEnd(st, k) || (CLOSING.has(st.tokens[k].key) && /^[,،]$/.test(st.tokens[k - 1].text))) to = k;
  const out: string[] = [];
  for (const t of state.lex.events.topics) {
    if (t.groups.every((g) => g.findAll(st.tokens).some((m) => m.start >= from && m.end <= to))) out.push(t.key);
  }
  return out;
}
/** A participle after a comma that says what the signing ended ("…, ending two months of talks"): no topic of it. */
const CLOSING = new Set(["ending", "concluding", "capping", "closing", "culminating", "crowning"]);
/** "at the end / close / conclusion of" (في ختام، در پایان): an adjunct of time like "after" ("initialled … at the end of
 *  the ninth round of negotiations": the negotiations are no topic of it). */
const AT = new Set(["at", "في", "وفي", "در"].map(normalizeKey));
const END_NOUN = new Set(["end", "close", "conclusion", "ختام", "نهاية", "پایان"].map(normalizeKey));
function atTheEnd(st: SentenceState, k: number): boolean {
  if (!AT.has(st.tokens[k].key)) return false;
  const next = st.tokens[k + 1]?.key === "the" ? k + 2 : k + 1;
  return END_NOUN.has(st.tokens[next]?.key ?? "");
}
/** Prepositions that open an adjunct of time (after, during, بعد، خلال، پس از، طی). */
const TIME_ADJUNCT = new Set(["after", "following", "before", "during", "amid", "بعد", "عقب", "إثر", "اثر", "خلال", "پس", "طی", "پیش"]);
