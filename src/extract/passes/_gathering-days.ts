// The day of a contact told by the gathering or ceremony it was held at, beside or after ("on the sidelines of the
// summit", «پیش از مراسم امضا», «عقب الاجتماع») in a sentence that dates nothing: the day told with that gathering or
// signing a few sentences before. A helper of _event-dates, not a pass.
import type { EventFact } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";

/**
 * A day pass 4 gave to the clause after ", a day after" / ", a day before" (cues prevDayClause, nextDayClause): it
 * dates that clause's event ("… on Monday, a day after X landed"), not the sentence's own.
 */
export function ofOtherClause(st: SentenceState, d: { start: number }): boolean {
  return st.cues.some((c) => (c.kind === "prevDayClause" || c.kind === "nextDayClause") && st.tokens[c.start].start <= d.start && d.start < st.tokens[c.end - 1].end);
}

/**
 * "X met Y on the sidelines of the summit", «در حاشیه اجلاس با Y دیدار کرد», «على هامش القمة»: a contact told by
 * the gathering it was held at (cues.json words summitNoun in its clause), in a sentence that dates nothing, is of
 * the day of the last sentence before it (CEREMONY_REACH back) that names such a gathering with one day of its own.
 */
export function summitDay(state: ExtractState, st: SentenceState, clause: TokenSpan): EventFact["date"] | undefined {
  const sets = state.lex.words.sets;
  // (also a meeting's noun after a word of time, «عقب الاجتماع» (after the meeting): the gathering told before, whose
  // day is the contact's; cues.json toldEventTime, talksNoun)
  const toldAfter = st.tokens.slice(clause.start, clause.end - 1).some((t, k) => sets[`toldEventTime.${state.lang}`]?.has(t.key) && sets[`talksNoun.${state.lang}`]?.has(st.tokens[clause.start + k + 1].key));
  const nouns = toldAfter ? new Set([...(sets[`summitNoun.${state.lang}`] ?? []), ...(sets[`talksNoun.${state.lang}`] ?? [])]) : sets[`summitNoun.${state.lang}`];
  if (!nouns || !st.tokens.slice(clause.start, clause.end).some((t) => nouns.has(t.key))) return undefined;
  const at = state.sentences.indexOf(st);
  // a gathering the clause names by a place or body the earlier sentence does not name is another one ("… had last
  // met on the sidelines of the G20 summit in St Petersburg", after a BRICS summit of the week)
  const own = namedSites(state, st, clause);
  // (a gathering named by the clause's own noun, «قمة» / «القمة», is the one told with that noun before, when one is:
  // «على هامش القمة» after «افتتح … قمة القادة» and «تسلم أمس رئاسة المؤتمر» is of the summit's day)
  const bare = (k: string) => k.replace(/^(و|ف)?(ال|لل|بال)?/, "");
  const mine = new Set(st.tokens.slice(clause.start, clause.end).filter((t) => nouns.has(t.key)).map((t) => bare(t.key)));
  const sameNoun = state.sentences.slice(Math.max(0, at - CEREMONY_REACH), at).some((s) => !s.s.heading && s.tokens.some((t) => nouns.has(t.key) && mine.has(bare(t.key))) && s.dates.some((d) => d.value.precision === "day"));
  for (let k = at - 1; k >= Math.max(0, at - CEREMONY_REACH); k--) {
    const s = state.sentences[k];
    if (s.s.heading || !s.tokens.some((t) => nouns.has(t.key) && (!sameNoun || mine.has(bare(t.key))))) continue;
    const there = namedSites(state, s, { start: 0, end: s.tokens.length });
    if ([...own].some((id) => !there.has(id))) return undefined;
    const days = s.dates.filter((d) => d.value.date && d.value.precision === "day" && d.value.basis !== "publication" && !ofOtherClause(s, d));
    if (!days.length) continue;
    if (new Set(days.map((d) => d.value.date)).size === 1) return { ...days[0].value, basis: "context" };
    // several days: the one told with the gathering («… بعد اتفاق … يوم 23 أكتوبر، وبعد مؤتمر برلين الذي احتضنته … يوم
    // 19 جانفي»), the first day after its noun, within a phrase's reach and before the next comma-free day
    const told = toldWithGathering(s, nouns, days);
    return told ? { ...told.value, basis: "context" } : undefined;
  }
  return undefined;
}

/** Tokens after a gathering's noun within which the day it was held is told. */
const GATHERING_DAY_REACH = 12;

/** Of several days of sentence `s`, the single one told right after its last gathering noun (GATHERING_DAY_REACH). */
function toldWithGathering(s: SentenceState, nouns: Set<string>, days: SentenceState["dates"]): SentenceState["dates"][number] | undefined {
  let noun = -1;
  s.tokens.forEach((t, i) => {
    if (nouns.has(t.key)) noun = i;
  });
  if (noun < 0) return undefined;
  const after = days.filter((d) => d.start >= s.tokens[noun].end && s.tokens.filter((t) => t.start >= s.tokens[noun].end && t.end <= d.start).length <= GATHERING_DAY_REACH);
  return after.length && new Set(after.map((d) => d.value.date)).size === 1 ? after[0] : undefined;
}

/**
 * The places and organisations (by lexicon id, else text) a span of a sentence names, not the country of a person's
 * title («رئيس جمهورية مصر العربية», a list of guests at the gathering: no other gathering's place).
 */
function namedSites(state: ExtractState, st: SentenceState, span: TokenSpan): Set<string> {
  const out = new Set<string>();
  const ofTitle = (sp: TokenSpan) => st.titles.some((t) => t.person !== undefined && ((sp.start >= t.start && sp.end <= t.phraseEnd) || (!!t.countrySpan && sp.start >= t.countrySpan.start && sp.end <= t.countrySpan.end)));
  for (const m of st.mentions) {
    const x = state.mentions[m];
    const sp = st.spans.get(m)!;
    if ((x.kind === "place" || x.kind === "organization") && sp.start >= span.start && sp.end <= span.end && !ofTitle(sp)) out.add(x.lexiconId ?? x.text);
  }
  return out;
}

/** Sentences back a ceremony a later clause names may have been told in. */
const CEREMONY_REACH = 4;

/**
 * "X met Y before the signing ceremony", «X پیش از مراسم امضا با Y دیدار کرد», «التقى X بـY على هامش حفل التوقيع»:
 * a contact told by the ceremony it came before, after or beside (cues.json words ceremonyNoun in its clause), in a
 * sentence that dates nothing, is of the day of the signing told last before it (the last of CEREMONY_REACH
 * sentences with an agreement word that gives a day of its own, not the publication's; one that gives none retells it).
 */
export function ceremonyDay(state: ExtractState, st: SentenceState, clause: TokenSpan): EventFact["date"] | undefined {
  const nouns = state.lex.words.sets[`ceremonyNoun.${state.lang}`];
  if (!nouns || !st.tokens.slice(clause.start, clause.end).some((t) => nouns.has(t.key))) return undefined;
  const at = state.sentences.indexOf(st);
  for (let k = at - 1; k >= Math.max(0, at - CEREMONY_REACH); k--) {
    const s = state.sentences[k];
    if (s.s.heading || !s.triggers.some((t) => t.kind === "agreement")) continue;
    const days = s.dates.filter((d) => d.value.date && d.value.precision === "day" && d.value.basis !== "publication");
    // a signing told again with no day ("The document was signed by A and B") goes on telling the one before it
    if (!days.length) continue;
    // one day only: a sentence that names two does not say which is the signing's
    return new Set(days.map((d) => d.value.date)).size === 1 ? { ...days[0].value, basis: "context" } : undefined;
  }
  return undefined;
}
