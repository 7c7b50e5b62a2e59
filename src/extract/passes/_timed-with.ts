// A contact verb parted from its "with" by the time of the contact, as wire copy writes it ("Carter conferred today
// with X", "Blinken conferred on Tuesday with Y", "spoke this morning with"): the trigger the lexicon writes as one
// phrase ("conferred with", events.json) read across the date expression pass 1 found between them (st.dates), and a
// time preposition before it (cues.json words.timePreposition); also across how long it lasted ("chatted for several
// minutes with X", "talked for more than an hour with Y"). A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";

export function timedWithTriggers(state: ExtractState, st: SentenceState): void {
  // English only: Persian and Arabic contact verbs are one word, and a Persian light-verb phrase read across a date
  // ("مبنای توافق امروز شد": the basis of today's agreement) would make a trigger of "توافق … شد"
  if (state.lang !== "en") return;
  const t = st.tokens;
  const before = state.lex.words.sets[`timePreposition.${state.lang}`];
  const gaps: Array<[number, number]> = [];
  for (const d of st.dates) {
    let from = t.findIndex((x) => x.start >= d.start);
    const to = t.findIndex((x) => x.end > d.end); // the token after the date
    if (from < 1 || to < 0 || t[to].start < d.end) continue;
    if (before?.has(t[from - 1].key) && from >= 2) from--;
    gaps.push([from - 1, to]);
  }
  // how long the contact lasted: "chatted for several minutes with", "talked for more than an hour with" (cues.json
  // durationUnit, up to an hour)
  const units = state.lex.words.sets[`durationUnit.${state.lang}`];
  for (let i = 1; i < t.length; i++) {
    if (t[i].key !== "for") continue;
    for (let k = i + 1; k < t.length - 1 && k - i <= DURATION_WORDS; k++) {
      if (t[k].punct) break;
      if (units?.has(t[k].key)) { gaps.push([i - 1, k + 1]); break; }
    }
  }
  for (const [verb, to] of gaps) {
    if (t[verb].punct || st.triggers.some((x) => x.start <= to && x.end > verb)) continue;
    for (const m of state.lex.events.triggers.findAll([t[verb], t[to]], { proclitics: true, lang: state.lang })) {
      if (m.start !== 0 || m.end !== 2) continue;
      const text = state.doc.article.text.slice(t[verb].start, t[to].end);
      for (const kind of new Set(m.values.filter((v) => v.lang === state.lang).map((v) => v.kind))) st.triggers.push({ start: verb, end: to + 1, kind, text });
    }
  }
}

/** The most words of a duration after "for" ("for more than an hour", "for nearly two hours"). */
const DURATION_WORDS = 4;
