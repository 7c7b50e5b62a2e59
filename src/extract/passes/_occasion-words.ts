// Words around a place or a date that say it is no venue or day of the event told (a helper of _event-facts, split
// from it): a place that names a gathering («نشست سه‌جانبه آستانه», "the Astana talks"), and a date after "since" /
// «منذ», a starting point; and the locative before a place, past an English article.
import type { CueHit, ExtractState, SentenceState, TokenSpan } from "../state.js";
import { isSince } from "./_event-parts.js";
import { normalizeKey } from "../../text/normalize.js";

/** Words that may stand between a gathering's noun and the place that names it («نشست سه‌جانبه آستانه»). */
const GATHERING_NAME_GAP = 2;

/**
 * A place that names a gathering, not where the event was: after its noun in Arabic and Persian («نشست سه‌جانبه
 * آستانه», «مؤتمر مدريد»), before it in English ("the Astana talks"). Such talks are held elsewhere too, so the
 * place only yields to another of its kind.
 */
export function namesGathering(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const nouns = state.lex.words.sets[`summitNoun.${state.lang}`];
  if (!nouns || locativeBefore(st, sp)) return false; // «مؤتمر المناخ في باريس»: held there
  if (state.lang === "en") return nouns.has(st.tokens[sp.end]?.key ?? "") || st.tokens[sp.end]?.key === "talks";
  for (let k = sp.start - 1; k >= 0 && k >= sp.start - 1 - GATHERING_NAME_GAP; k--) {
    if (st.tokens[k].punct || (st.owner[k] ?? -1) >= 0) return false;
    if (nouns.has(st.tokens[k].key)) return true;
  }
  return false;
}

/** Words a phrase of "since" may hold before its date: «منذ تولي سوناك منصبه أواخر الشهر الماضي». */
const SINCE_REACH = 5;
const OWN_PREPOSITION = new Set(["في", "on", "in", "at", "يوم"].map((w) => normalizeKey(w)));

/**
 * Is the date (by its first character) the starting point of a span: right after "since" / «منذ» ("since 1949"), or
 * closing a phrase of "since" with no punctuation or event word between («في أول لقاء بينهما منذ تولي سوناك منصبه
 * أواخر الشهر الماضي», "since taking office last month"): no event's day?
 */
export function sinceDate(st: SentenceState, start: number): boolean {
  let at = st.tokens.findIndex((t) => t.end > start);
  if (at < 0) at = st.tokens.length;
  // (a date behind a preposition of its own is the clause's: «للمرة الأولى منذ عشر سنوات في 21 يوليو»)
  // (not an English month or year after "in" that closes a phrase of "since" with no date of its own: "since taking
  // office in October", "since the coup in July" — a day after "on" stays the clause's: "since the war on Monday")
  if (!isSince(st, at - 1) && OWN_PREPOSITION.has(st.tokens[at - 1]?.key ?? "") && !sincePhraseIn(st, at, start)) return false;
  for (let k = at - 1; k >= 0 && k >= at - 1 - SINCE_REACH; k--) {
    const t = st.tokens[k];
    if (isSince(st, k)) return true;
    // (nor past another date, which the "since" governs: "since 2019 on Monday")
    if (t.punct || st.triggers.some((x) => x.start <= k && k < x.end) || (k < at - 1 && st.dates.some((d) => d.start <= t.start && t.start < d.end))) return false;
  }
  return false;
}

/** "in" before a month or a year (`at`: the date's first token) that ends a phrase of "since" holding no other date. */
function sincePhraseIn(st: SentenceState, at: number, start: number): boolean {
  const d = st.dates.find((x) => x.start === start);
  if (st.tokens[at - 1]?.key !== "in" || !d || (d.value.precision !== "month" && d.value.precision !== "year")) return false;
  for (let k = at - 2; k >= 0 && k >= at - 2 - SINCE_REACH; k--) {
    const t = st.tokens[k];
    if (isSince(st, k)) return true;
    if (t.punct || st.triggers.some((x) => x.start <= k && k < x.end) || st.dates.some((x) => x.start <= t.start && t.start < x.end)) return false;
  }
  return false;
}

/** The locative cue right before a place, English putting an article between ("in the Netherlands", "at the Vatican"). */
export function locativeBefore(st: SentenceState, sp: TokenSpan): CueHit | undefined {
  return st.cues.find((c) => c.kind === "locative" && (c.end === sp.start || (c.end === sp.start - 1 && st.tokens[c.end].key === "the")));
}
