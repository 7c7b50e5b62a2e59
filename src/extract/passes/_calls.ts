// The English call trigger "called" read with what follows it (a helper of pass 1's cue reading, _cue-readings.ts):
// a courtesy visit ("called on"), an urging ("called on X to …"), a cancellation ("called off"), or a naming or a
// judgement of a thing or a person ("called it a disgrace", "called him a traitor"), none of which but the first is a
// contact.
import type { ExtractState, SentenceState } from "../state.js";
import { objectPronounAt } from "./_word-sets.js";

/** English forms of "call" that take a particle. */
const CALL_VERB = new Set(["call", "calls", "called", "calling"]);
/** Objects of "called" that name or judge a thing, never a person phoned: "called it a disgrace", "called that an insult". */
const NAMING_OBJECT = new Set(["it", "this", "that", "these", "those"]);
const DETERMINER = new Set(["the", "his", "her", "its", "their", "our", "this", "that", "these", "those"]);
const QUOTE = /^["“'‘]$/;

/** Words of a person's name or title written as the object ("called President Ruto a …"): capitalised, at most this many. */
const NAME_REACH = 4;

/**
 * "called" at token `i - 1` names or judges a person: its object (a name, "each other", a pronoun), then a quotation
 * or a noun with "a"/"an" ("called Odinga \"my brother\"", "called him a traitor"), not a span of time ("called X an
 * hour later").
 */
function namesAPerson(state: ExtractState, st: SentenceState, i: number): boolean {
  let j = i;
  // (a pronoun of people, then named or judged: "called each other \"brother\"", "called him a liar")
  const pronoun = objectPronounAt(state, st, i, { plural: true, reciprocal: true });
  if (pronoun) j += pronoun;
  else while (j < i + NAME_REACH && /^\p{Lu}/u.test(st.tokens[j]?.text ?? "")) j++;
  if (j === i) return false;
  const w = st.tokens[j];
  if (!w) return false;
  if (QUOTE.test(w.text)) return true;
  const units = state.lex.words.sets["timeUnit.en"];
  return (w.key === "a" || w.key === "an") && !!st.tokens[j + 1] && /^[a-z]/.test(st.tokens[j + 1].text) && !units?.has(st.tokens[j + 1].key) && st.tokens[j + 1].key !== "few";
}

/** "called" at token `i - 1` names or judges a thing: "called it …", "called \"…\"", "called the move \"…\" / a …". */
function namesAThing(st: SentenceState, i: number): boolean {
  const w = st.tokens[i];
  if (!w) return false;
  if (NAMING_OBJECT.has(w.key) || QUOTE.test(w.text)) return true;
  if (!DETERMINER.has(w.key)) return false;
  for (let j = i + 1; j <= i + 4 && st.tokens[j]; j++) {
    const x = st.tokens[j];
    if (j > i + 1 && (QUOTE.test(x.text) || x.key === "a" || x.key === "an")) return true;
    if (x.punct || !/^[a-z]/.test(x.text)) return false;
  }
  return false;
}

/**
 * The English call trigger "called" read with the particle after it:
 *   - "called on / upon X" is a courtesy visit (diplomatic English: "the minister called on the Amir"): a meeting,
 *     unless an infinitive follows ("called on X to release …", "called upon the parties to return"), which urges
 *     and reports no contact at all;
 *   - "was called off" cancels (the modality lexicon reads "called off"): no call;
 *   - "called it / this / that …", "called" before a quotation and "called the decision \"…\" / a mistake" (a
 *     determiner and common words, then a quotation or "a"/"an") name or judge a thing: no one is phoned; so do
 *     "called X \"…\"" and "called him / each other a …" a person.
 */
export function phrasalCalls(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  st.triggers = st.triggers.filter((t) => {
    if (t.kind !== "call" || t.end !== t.start + 1 || !CALL_VERB.has(st.tokens[t.start].key)) return true;
    const particle = st.tokens[t.end]?.key;
    if (particle === "off" || namesAThing(st, t.end) || namesAPerson(state, st, t.end)) return false;
    if (particle !== "on" && particle !== "upon") return true;
    const rest = st.tokens.slice(t.end + 1);
    const end = rest.findIndex((w) => w.punct && /^[.;:!?]$/.test(w.text));
    const urges = rest.slice(0, end < 0 ? undefined : end).some((w, i, ws) => w.key === "to" && /^[a-z]/.test(ws[i + 1]?.text ?? ""));
    if (urges) return false;
    t.kind = "meeting";
    t.end += 1;
    t.text = state.doc.article.text.slice(st.tokens[t.start].start, st.tokens[t.end - 1].end);
    return true;
  });
}
