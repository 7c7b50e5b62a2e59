// A Persian relative clause that says what part a person had in talks («X که میزبان نشست بود»: who was the host of
// the meeting; «Y که میانجی اصلی مذاکرات بود»: who was the talks' main mediator) tells no contact of its own: the
// clause is a noun phrase and a copula (cues.json words auxiliary), and its event nouns name the talks the article
// has told before. The person it is about was at them. A helper of pass 5 (05-events).
import type { ExtractState, SentenceState } from "../state.js";
import { actorsIn } from "./_mentions.js";

/** How many words a role relative clause holds between «که» and its copula. */
const MAX_WORDS = 4;


type Trigger = SentenceState["triggers"][number];

/**
 * The sentence's relative clauses of a person's part in talks: their event words (to be dropped from the triggers)
 * and, for each, the person before «که» it is about (who joins the talks told before, when the clause names no day).
 */
export function roleRelatives(state: ExtractState, st: SentenceState): { triggers: Trigger[]; people: number[] } {
  const out = { triggers: [] as Trigger[], people: [] as number[] };
  if (state.lang !== "fa") return out;
  const sets = state.lex.words.sets;
  const relative = sets["relative.fa"];
  const copula = sets["auxiliary.fa"];
  // (the light verbs and participles of a Persian compound verb, «دیدار کرده بود»: cues.json lightVerb)
  const lightVerb = sets["lightVerb.fa"];
  if (!relative || !copula || !lightVerb) return out;
  for (let i = 1; i < st.tokens.length; i++) {
    if (!relative.has(st.tokens[i].key)) continue;
    let end = i + 1;
    while (end < st.tokens.length && end - i <= MAX_WORDS + 1 && !copula.has(st.tokens[end].key) && !/^[,،.:«»()]$/.test(st.tokens[end].text)) end++;
    if (end >= st.tokens.length || !copula.has(st.tokens[end].key) || end === i + 1) continue;
    const inside = st.triggers.filter((t) => t.start > i && t.start <= end);
    // (only nouns of talks, no verb of a contact: «که دیروز با X دیدار کرده بود», a pluperfect, is read as a contact)
    if (!inside.length || inside.some((t) => t.kind !== "meeting") || st.tokens.slice(i + 1, end).some((t) => lightVerb.has(t.key))) continue;
    if (actorsIn(state, st, { start: i + 1, end }).length) continue;
    // the person the clause is about: the last one named before «که», past that person's title («X رئیس جمهوری Y که»)
    let from = i - 1;
    while (from > 0 && !/^[,،.:]$/.test(st.tokens[from - 1].text)) from--;
    const before = actorsIn(state, st, { start: from, end: i });
    out.triggers.push(...inside);
    const spanChars = { start: st.tokens[i].start, end: st.tokens[end].end };
    const dated = st.dates.some((d) => d.start >= spanChars.start && d.end <= spanChars.end);
    if (before.length && !dated) out.people.push(before[before.length - 1]);
  }
  return out;
}
