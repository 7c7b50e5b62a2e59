// A summit that is a session of a body of states (a helper of _presence, split from it): named by the body
// ("the APEC summit", «قمة مجموعة العشرين», «نشست سران سازمان همکاری شانگهای») or, in Arabic, by the adjective of the
// community of its states («القمة العربية», «القمة الإسلامية الاستثنائية», «القمة العربية الصينية»; cues.json words
// bodyAdjective), and the bare «القمة» that goes on telling such a summit named before it.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";

/** Nouns of a gathering that may be bilateral ("a summit in Woodside") or a body's session ("the APEC summit"). */
export const GATHERING = new Set(["summit", "قمة", "القمة", "نشست", "اجلاس", "اجلاس سران", "نشست سران"]);
const GATHERING_KEYS = new Set([...GATHERING].map((w) => normalizeKey(w)));

/** Sentences back the summit a bare «القمة» goes on telling may have been named in. */
const SUMMIT_REACH = 4;

/** Is the gathering noun ending at `end` (exclusive) named as a body's session, by the body or its states' adjective? */
export function namedAsSession(state: ExtractState, st: SentenceState, noun: TokenSpan): boolean {
  const org = (i: number) => {
    const o = st.owner[i];
    return o !== undefined && o >= 0 && state.mentions[o].kind === "organization";
  };
  if (state.lang === "en") {
    if (org(noun.start - 1)) return true;
    const of = st.tokens[noun.end]?.key === "of" ? noun.end + 1 : -1;
    return of > 0 && (org(of) || (st.tokens[of]?.key === "the" && org(of + 1)));
  }
  const free = (k: number) => !st.tokens.slice(noun.end, noun.end + k).some((t) => t.punct);
  if ([0, 1, 2].some((k) => org(noun.end + k) && (k === 0 || free(k)))) return true;
  // «القمة العربية», «القمة الإسلامية الاستثنائية», «قمة عربية»; not a person's or a place's word
  const adjectives = state.lex.words.sets[`bodyAdjective.${state.lang}`];
  return !!adjectives && [0, 1].some((k) => free(k + 1) && st.owner[noun.end + k] < 0 && adjectives.has(st.tokens[noun.end + k]?.key ?? ""));
}

/**
 * Arabic: a bare definite «القمة» (nothing naming it after it) goes on telling the summit named last before it, in its
 * sentence or the few before: a body's session if that one was named as one («افتتحت أعمال القمة الإسلامية … وشارك
 * في القمة A وB»).
 */
export function toldSessionBefore(state: ExtractState, st: SentenceState, noun: TokenSpan): boolean {
  if (state.lang !== "ar" || !/^(و|ف)?(ال|بال|لل)/.test(st.tokens[noun.start]?.key ?? "")) return false;
  const at = state.sentences.indexOf(st);
  for (let k = at; k >= Math.max(0, at - SUMMIT_REACH); k--) {
    const s = state.sentences[k];
    const before = k === at ? noun.start : s.tokens.length;
    for (let i = before - 1; i >= 0; i--) {
      if (numberedSession(state, s, i)) return true;
      if (!GATHERING_KEYS.has(bare(s.tokens[i].key))) continue;
      if (namedAsSession(state, s, { start: i, end: i + 1 })) return true;
      // (another bare «القمة» goes on telling the same one; a summit named otherwise is no body's session)
      const next = s.tokens[i + 1];
      if (next && !next.punct && /^(ال|بال|لل)/.test(next.key) && !state.lex.words.sets.functionWord?.has(next.key)) return false;
    }
  }
  return false;
}

/** Words after the session noun within which its body is named (an ordinal, the body's council: «الـ41 للمجلس الأعلى»). */
const SESSION_REACH = 5;

/**
 * A session noun at `i` («الدورة», «دورة», glued to a preposition too) whose body, an organisation
 * mention, is named within a few words after it with no mark between: a body's session, which a later bare «القمة»
 * goes on telling («… في ختام أعمال الدورة الـ41 للمجلس الأعلى لمجلس التعاون … وشارك في القمة A وB»).
 */
function numberedSession(state: ExtractState, st: SentenceState, i: number): boolean {
  // (the nouns of a body's numbered session: cues.json sessionNoun)
  if (!state.lex.words.sets[`sessionNoun.${state.lang}`]?.has(st.tokens[i].key.replace(/^(و|ف)?(بال|لل|ال|ب|ل)?/, ""))) return false;
  for (let k = i + 1; k <= i + SESSION_REACH && k < st.tokens.length; k++) {
    if (st.tokens[k].punct) return false;
    const o = st.owner[k];
    if (o !== undefined && o >= 0 && state.mentions[o].kind === "organization") return true;
  }
  return false;
}

const bare = (k: string) => k.replace(/^(و|ف)?(بال|لل)/, "ال");

/** Words after a plural of heads within which the states they represent are named. */
const STATES_REACH = 4;

/**
 * A gathering whose attendees include an unnamed plural of many states' heads, ministers or representatives, added
 * by a conjunction (cues.json words delegatesNoun before statesNoun: «بحضور … وأكثر من مئة من رؤساء الدول والحكومات»,
 * «بمشاركة … ووزراء الطاقة والنفط في الدول المشاركة», "attended by A, B and ministers of 23 countries") is a session of
 * many states, not a meeting of the few it names: they did not meet one another for that. Only for a trigger that is
 * a gathering's noun (cues.json summitNoun, talksNoun: «الاجتماع», «قمة»), not a verb of meeting («استقبل … وزراء
 * خارجية الدول العربية» receives them); not "the leaders of the three countries" (a number of two to four).
 */
export function manyStatesGathering(state: ExtractState, st: SentenceState, clause: TokenSpan, t: TokenSpan): boolean {
  const set = (name: string) => state.lex.words.sets[`${name}.${state.lang}`];
  const gathering = [set("summitNoun"), set("talksNoun")];
  if (!st.tokens.slice(t.start, t.end).some((w) => gathering.some((g) => forms(state, w.key).some((f) => g?.has(f))))) return false;
  const delegates = set("delegatesNoun");
  const states = set("statesNoun");
  // (a small number of states, two to four, after a plural of their heads: "the leaders of the three countries" met;
  // cues.json fewNumber)
  const few = state.lex.words.sets.fewNumber;
  if (!delegates || !states || !few) return false;
  for (let i = clause.start; i < clause.end; i++) {
    if (!forms(state, st.tokens[i].key).some((f) => delegates.has(f)) || !conjoined(state, st, i)) continue;
    const around = state.lang === "en" ? [i - 1, i - 2] : [];
    for (let k = i + 1; k <= i + STATES_REACH && k < clause.end; k++) around.push(k);
    for (const k of around) {
      const w = st.tokens[k];
      if (!w || w.punct) continue;
      if (few.has(w.key) || /^[2-4]$/.test(w.key)) break;
      if (forms(state, w.key).some((f) => states.has(f)) && !few.has(st.tokens[k + 1]?.key ?? "") && !few.has(st.tokens[k - 1]?.key ?? "")) return true;
    }
  }
  return false;
}

/** Words before a plural of heads within which the conjunction that adds it to the named attendees stands. */
const CONJOINED_REACH = 4;

/**
 * Is the plural at `i` added to the attendees by a conjunction, glued («ووزراء الطاقة») or a few words before it
 * («وأكثر من مئة من رؤساء الدول», "and ministers of", «و نمایندگان»), or by "alongside" («إلى جانب عدد من قادة الدول»),
 * with no mark between (cues.json and, alongside)? Not the gathering's own
 * name («قمة قادة العالم», «نشست سران کشورهای ضامن»: the heads it names are its attendees).
 */
function conjoined(state: ExtractState, st: SentenceState, i: number): boolean {
  const sets = state.lex.words.sets;
  const adding = (key: string) => !!(sets.and?.has(key) || sets.alongside?.has(key));
  for (let k = i; k >= Math.max(0, i - CONJOINED_REACH); k--) {
    const w = st.tokens[k];
    if (k < i && w.punct) return false;
    if (adding(w.key) || (/^و/.test(w.key) && w.key.length > 3 && !/^(وزراء|وفود)$/.test(w.key))) return true;
  }
  return false;
}

/** A word with and without an Arabic proclitic conjunction and preposition («ووزراء», «لرؤساء», «بالدول»). */
function forms(state: ExtractState, key: string): string[] {
  if (state.lang !== "ar") return [key];
  const out = [key];
  for (const m of key.matchAll(/^(و|ف)?(بال|لل|ب|ل)?/g)) {
    const rest = key.slice(m[0].length);
    if (m[0] && rest.length >= 3) out.push(rest, ...(m[2] === "بال" || m[2] === "لل" ? [`ال${rest}`] : []));
  }
  for (const pre of ["و", "ف"]) if (key.startsWith(pre) && key.length > 4) out.push(key.slice(1));
  return out;
}
