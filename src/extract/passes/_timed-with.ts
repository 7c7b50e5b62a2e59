// A contact verb parted from its "with" by the time of the contact, as wire copy writes it ("Carter conferred today
// with X", "Blinken met Tuesday with Y", "spoke tonight with"): the trigger the lexicon writes as one phrase ("conferred
// with", events.json) read across the day word. A helper of pass 1 (01-entities), not a pass.
import type { ExtractState, SentenceState } from "../state.js";

/** The day words that stand between a verb and its "with" in English news copy. */
const DAY_WORDS = new Set(["today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

export function timedWithTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  const t = st.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!DAY_WORDS.has(t[i + 1].key) || t[i + 2].key !== "with" || t[i].punct) continue;
    if (st.triggers.some((x) => x.start <= i + 2 && x.end > i)) continue;
    for (const m of state.lex.events.triggers.findAll([t[i], t[i + 2]], { proclitics: true })) {
      if (m.start !== 0 || m.end !== 2) continue;
      const text = state.doc.article.text.slice(t[i].start, t[i + 2].end);
      for (const kind of new Set(m.values)) st.triggers.push({ start: i, end: i + 3, kind, text });
    }
  }
}
