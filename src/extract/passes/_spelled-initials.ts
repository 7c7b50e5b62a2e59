// Initials spelt out (a helper of 02-titles): Persian writes the initials of a foreign name as the names of the
// Latin letters, each a word of its own ("ام جی اکبر" for M. J. Akbar, "جی دی ونس" for J. D. Vance). Many letter
// names are also Persian words (او: he, کی: when, دی: a month), so a name read from a title or an apposition grows
// back over them only when there are two letters at least and a name may start before them (the sentence's start,
// a comma, a colon, «و», a preposition: «با اچ کی …»). The letter names are cues.json words `latinLetterName`.
import type { ExtractState, SentenceState } from "../state.js";
import { respan } from "../state.js";
import { itemStart } from "./_list-commas.js";

/** Person mentions of names no lexicon knows grow back over the spelt-out initials before them. */
export function spelledInitials(state: ExtractState, st: SentenceState): void {
  const letters = state.lex.words.sets[`latinLetterName.${state.lang}`];
  if (!letters || state.lang !== "fa") return;
  for (const m of [...st.mentions]) {
    const x = state.mentions[m];
    if (x.kind !== "person" || x.lexiconId) continue;
    const sp = st.spans.get(m)!;
    // letters the name already opens with ("جی اکبر"), and at least one word of the name after them
    let inner = sp.start;
    while (inner < sp.end - 1 && letters.has(st.tokens[inner].key)) inner++;
    let s = sp.start;
    while (s > 0 && st.owner[s - 1] < 0 && letters.has(st.tokens[s - 1].key)) s--;
    if (s === sp.start || inner - s < 2 || !itemStart(state, st, s, "itemOpener")) continue;
    respan(state, st, m, { start: s, end: sp.end });
  }
}

