// Two titles joined by «و» before one name (a helper of 02-titles): «وكان جلالة الملك والرئيس X قد التقيا»
// writes two people, the king and President X; «نائب رئيس الوزراء ووزير الخارجية X» writes one man's two posts.
// A title reached across another title that opens with the conjunction is the name's only if the name's person is
// known to have held that office (the lexicon's terms, at any date); a lexicon person who never held it leaves the
// first title bare, a reference for pass 3 to resolve («جلالة الملك»: the article's king).
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { personSlug } from "../../ids.js";

/** Is the title `t`, attached across a «و»-title to the lexicon person of mention `person`, an office he never held? */
export function coordinatedTitleOfAnother(state: ExtractState, st: SentenceState, t: TitleRef, person: number): boolean {
  if (state.lang !== "ar") return false;
  const start = st.spans.get(person)!.start;
  const between = st.titles.some((o) => o !== t && o.form === "title" && o.start >= t.phraseEnd && o.end <= start && /^و/.test(st.tokens[o.start].text) && o.office !== t.office);
  if (!between) return false;
  const id = state.mentions[person].lexiconId;
  const entry = id ? state.lex.people.get(personSlug(id)) : undefined;
  if (!entry?.offices?.length) return false;
  const related = (o: string) => o === t.office || state.lex.offices.get(o)?.parent === t.office || state.lex.offices.get(t.office)?.parent === o;
  return !entry.offices.some((term) => related(term.office));
}
