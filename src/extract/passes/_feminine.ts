// A feminine Arabic title alone refers to the woman the article introduced with one (a helper of 03-references):
// "استقبل X … وزيرة الخارجية البيروفية Y … كما التقت الوزيرة بـZ": الوزيرة is Y, whatever office the two titles
// name (the minister, the foreign minister). Arabic marks the gender on the title (وزيرة، رئيسة، الممثلة), so
// the reference is told from the men's titles of the same article by its ending alone.
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { personKey } from "./_mentions.js";

/** The one person of the article before this title whose own title was feminine, if there is exactly one. */
export function feminineReferent(state: ExtractState, st: SentenceState, t: TitleRef): number | undefined {
  if (state.lang !== "ar" || !feminine(st, t)) return undefined;
  const women = new Map<string, number>();
  for (const s of state.sentences) {
    if (s.s.index > st.s.index) break;
    for (const x of s.titles) {
      if (x === t || x.person === undefined || x.form !== "title" || !feminine(s, x)) continue;
      if (s === st && x.start > t.start) continue;
      const w = state.mentions[x.person];
      // (not a lexicon short form read alone, which may be someone else's surname: "رانيا المشاط")
      if (w.kind === "person" && !(w.lexiconId && w.confidence < 0.9)) women.set(personKey(state, x.person), x.person);
    }
  }
  return women.size === 1 ? [...women.values()][0] : undefined;
}

/** The title's head noun ends in ة (normalised ه): وزيرة، الرئيسة، المبعوثة. */
function feminine(st: SentenceState, t: TitleRef): boolean {
  return /^(ال)?[^\s]{2,}ه$/.test(st.tokens[t.start].key.replace(/^(و|ف|ب|ل|وب|ول)(?=ال)/, ""));
}
