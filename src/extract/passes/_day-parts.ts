// A part of the day told on its own (a helper of 05-events, via _event-dates; not a pass): «… دیدار کرد و بعدازظهر با
// Y گفت‌وگو کرد», "In the evening, X met Y", «وفي المساء التقى X»: a day part (calendar.json dayParts) with no day or
// date beside it names a later hour of the day last told, as "later" does.
import type { SentenceState, TokenSpan } from "../state.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";
import { dayPartBeforeDay } from "./_name-words.js";

/** Calendar words that name a day (today, yesterday, a weekday, a day word), which a day part may stand beside. */
const DAY_TYPES = new Set(["rel", "weekday", "dayword"]);

/** Does the clause hold, before `until`, a day part with no day or date beside it, and no date of its own? */
export function bareDayPart(st: SentenceState, clause: TokenSpan, until = clause.end): boolean {
  const cal = calendarLexicon();
  const dayWord = (k: number) => !!st.tokens[k] && cal.get(phraseKey(st.tokens[k].text)).some((e) => DAY_TYPES.has(e.type));
  const dated = (k: number) => !!st.tokens[k] && st.dates.some((d) => d.start <= st.tokens[k].start && st.tokens[k].start < d.end);
  const named = (k: number) => [...st.spans.values()].some((sp) => sp.start <= k && k < sp.end);
  if (st.tokens.slice(clause.start, clause.end).some((_, i) => dated(clause.start + i))) return false;
  for (let k = clause.start; k < Math.min(until, clause.end); k++) {
    if (!cal.get(phraseKey(st.tokens[k].text)).some((e) => e.type === "daypart")) continue;
    if (named(k) || dayPartBeforeDay(st, k) || dayWord(k - 1) || dated(k - 1) || dayWord(k + 1)) continue;
    return true;
  }
  return false;
}
