// Dates that name an event (a helper of 04-dates): «قائد ثورة الفاتح من سبتمبر», «ثورة 25 يناير», «حركة 20 فبراير»,
// «انقلاب ۲۸ مرداد», "the revolution of 14 July". A date right after a noun that names a revolution, uprising or
// coup by its day (cues.json words `namedByDate`) is that event's name: pass 1 keeps it a date (its month is no
// name), but no clause is dated by it.
import type { DateMention } from "../dates/index.js";
import type { ExtractState, SentenceState } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

const LINKS = new Set(["of", "the"].map(normalizeKey));

/** Is `d` a date of `st` written right after a noun that an event is named by? */
export function namesAnEvent(state: ExtractState, st: SentenceState, d: DateMention): boolean {
  const nouns = state.lex.words.sets[`namedByDate.${state.lang}`];
  if (!nouns?.size) return false;
  let i = st.tokens.findIndex((t) => t.start >= d.start);
  if (i <= 0) return false;
  // English "the revolution of (the) 14th of July"
  for (let k = 0; k < 2 && i > 0 && state.lang === "en" && LINKS.has(st.tokens[i - 1].key); k++) i--;
  const key = st.tokens[i - 1].key;
  if (st.tokens[i - 1].punct) return false;
  // the noun with a proclitic preposition or conjunction glued to it («لثورة», «وانتفاضة»)
  return nouns.has(key) || (state.lang === "ar" && nouns.has(key.replace(/^(و|ف)?(ب|ل|ك)?/, "")));
}
