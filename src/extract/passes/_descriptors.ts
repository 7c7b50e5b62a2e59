// A person no office title names, introduced by a noun of occupation or standing (a helper of 02-titles): Arabic
// and Persian news writes a researcher, an analyst, an expert or a writer with their name after the noun and its
// qualifiers ("المحلل السياسي الليبي X", "الباحث في مركز … X", "کارشناس مسائل خاورمیانه X") or before it in
// apposition ("X، الباحث في …", "X تحلیلگر سیاسی"). The nouns are cues.json `descriptor`, the words that may
// stand between the noun and the name `descriptorQualifier`. A descriptor is no office: no role is claimed. And the
// name after a cue of who heads a body ("بقيادة X", "led by X": `namesAfterHeadedBy`).
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, inSpan } from "../state.js";
import { nameRun, newNameAfter } from "./_names.js";
import { newNameBefore } from "./_names-before.js";
import { classOf, endsName, givenName } from "./_name-words.js";
import { normalizeKey } from "../../text/normalize.js";
import { foreignNameAt, nameOverWeakBefore, weakInsideName } from "./_foreign-names.js";

/** How far past a prepositional qualifier ("في مركز …", "در دانشگاه …") the name's given name may stand. */
const QUALIFIER_SPAN = 5;

/** Arabic and Persian prepositions that open a descriptor's qualifier (in a centre, on behalf of, at). */
const PREPOSITIONS = new Set(["في", "لدى", "باسم", "من", "در", "از"].map((w) => normalizeKey(w)));

/** The Arabic endings of the dual and the plural (keys: the lexicon's letters). */
const PLURAL = ["ين", "ان", "ون"].map((w) => normalizeKey(w));

/** Persian nouns of a field before its name ("مسائل خاورمیانه", "امور بین‌الملل"). */
const FIELD = new Set(["مسائل", "امور"].map((w) => normalizeKey(w)));

/** Person mentions for new names beside the descriptor nouns of a sentence. */
export function namesBesideDescriptors(state: ExtractState, st: SentenceState): void {
  if (state.lang === "en") return;
  const nouns = state.lex.words.sets[`descriptor.${state.lang}`];
  if (!nouns) return;
  for (let i = 0; i < st.tokens.length; i++) {
    if (!isDescriptor(state, nouns, st.tokens[i].key) || st.owner[i] >= 0 || st.titles.some((t) => inSpan(i, t))) continue;
    if (st.cues.some((c) => c.kind !== "common" && inSpan(i, c))) continue;
    if (before(state, st, i) !== undefined) continue;
    const first = after(state, st, i);
    // a dual or plural noun names two people: "المواطنين الليبيين A وB"
    const key = st.tokens[i].key.replace(/^[وفب](?=ال)/, "");
    if (first !== undefined && state.lang === "ar" && PLURAL.some((p) => key.endsWith(p)) && nouns.has(key.slice(0, -2))) secondOfPair(state, st, st.spans.get(first)!.end);
  }
}

/**
 * The second name of a pair after a dual or plural descriptor, with و glued to its first word: that word (a given
 * name, or a definite one: "والأمين") and one or two name words, the last no common word.
 */
function secondOfPair(state: ExtractState, st: SentenceState, k: number): number | undefined {
  const tok = st.tokens[k];
  if (!tok || st.owner[k] >= 0 || !/^و/.test(tok.text) || tok.key.length < 4 || state.lex.words.sets.functionWord.has(tok.key.slice(1))) return undefined;
  const rest = nameRun(state, st, k + 1).slice(0, 2);
  while (rest.length > 1 && classOf(state, st.tokens[rest[rest.length - 1]]) === "common") rest.pop();
  if (!rest.length || rest[0] !== k + 1 || classOf(state, st.tokens[rest[rest.length - 1]]) === "common") return undefined;
  return addMention(state, st, { start: k, end: rest[rest.length - 1] + 1 }, { kind: "person", via: "title", confidence: 0.55 }, 1);
}

/** A descriptor noun, also with a conjunction or preposition glued to it in Arabic ("والباحث", "بالمحللة", "للكاتب"). */
function isDescriptor(state: ExtractState, nouns: Set<string>, key: string): boolean {
  if (nouns.has(key)) return true;
  if (state.lang !== "ar") return false;
  return (/^[وفب]ال/.test(key) && nouns.has(key.slice(1))) || (/^لل/.test(key) && nouns.has("ا" + key.slice(1)));
}

/** "X، الباحث …" (Arabic only with the comma of apposition; Persian also "X تحلیلگر سیاسی"). */
function before(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const comma = /^[،,]$/.test(st.tokens[i - 1]?.text ?? "");
  if (state.lang === "ar" && !comma) return undefined;
  return newNameBefore(state, st, i) ?? nameOverWeakBefore(state, st, i);
}

/** The name after the noun, its qualifiers, demonyms and a prepositional phrase. */
function after(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const j = pastQualifiers(state, st, i + 1);
  const tok = st.tokens[j];
  // a foreign name over weak short forms of other people ("الوسيط X عبد الغفار Y"), as in a title slot
  const foreign = tok ? foreignNameAt(state, st, j) : undefined;
  if (foreign !== undefined) return foreign;
  if (!tok || st.owner[j] >= 0) return undefined;
  // (a name with another person's weak short form inside: "القيادي في الحزب مدني عباس مدني")
  if (!PREPOSITIONS.has(tok.key) && !/^ب/.test(tok.key)) return newNameAfter(state, st, j, true) ?? weakInsideName(state, st, j);
  // past a prepositional qualifier the name starts at its given name: the words before it are the qualifier's
  for (let k = j + 1; k < st.tokens.length && k <= j + QUALIFIER_SPAN; k++) {
    const t = st.tokens[k];
    if (t.punct) return undefined;
    // (a name over weak short forms of other people: "القيادي في الحزب مدني عباس مدني")
    const over = st.owner[k] >= 0 ? foreignNameAt(state, st, k) : undefined;
    if (over !== undefined) return over;
    if (st.owner[k] < 0 && givenName(state, t)) return newNameAfter(state, st, k, true) ?? weakInsideName(state, st, k);
  }
  return undefined;
}

/** Past the qualifier words, a second descriptor and the demonyms right after the noun ("السياسي الليبي", "مسائل خاورمیانه"). */
function pastQualifiers(state: ExtractState, st: SentenceState, j: number): number {
  const words = state.lex.words.sets[`descriptorQualifier.${state.lang}`];
  const nouns = state.lex.words.sets[`descriptor.${state.lang}`];
  for (let n = 0; n < 4 && j < st.tokens.length; n++) {
    const dem = st.demonyms.find((d) => d.start === j);
    if (dem) {
      j = dem.end;
      continue;
    }
    const key = st.tokens[j].key;
    // a second noun ("الكاتب الصحفي") or a qualifier word
    if (!words?.has(key) && !nouns?.has(key)) break;
    // Persian "مسائل / امور" + a field or a place: "کارشناس مسائل خاورمیانه"
    if (state.lang === "fa" && FIELD.has(key)) j += fieldLength(state, st, j + 1);
    j++;
  }
  return j;
}

/** The length of the field after "مسائل": a place or body mention, else one word. */
function fieldLength(state: ExtractState, st: SentenceState, k: number): number {
  const o = st.owner[k];
  if (o !== undefined && o >= 0 && state.mentions[o].kind !== "person") return st.spans.get(o)!.end - k;
  return st.tokens[k] && !st.tokens[k].punct ? 1 : 0;
}

/**
 * "حركة … بقيادة X", "a delegation led by X", "هیئتی به ریاست X": a name no lexicon knows right after a cue of who
 * heads a body or a delegation (cues.json headedBy), read strictly (two words at least, not all common words). A title
 * or a known person there is read by the title and lexicon passes.
 */
export function namesAfterHeadedBy(state: ExtractState, st: SentenceState): void {
  for (const c of st.cues) {
    if (c.kind !== "headedBy" || c.end >= st.tokens.length || st.owner[c.end] >= 0 || st.titles.some((t) => inSpan(c.end, t))) continue;
    if (st.cues.some((h) => h !== c && h.kind === "honorific" && inSpan(c.end, h))) continue;
    // where the name ends must be plain: a word that could go on with it ("… محمد نور", نور a word the name-word
    // model refuses) leaves the name unread rather than cut
    const words = nameRun(state, st, c.end);
    if (words.length && phraseGoesOn(state, st, words[words.length - 1] + 1)) newNameAfter(state, st, c.end, true);
  }
}

/** Does the clause plainly go on after a name ending before token `i` (its end, a mark, a short particle, a verb, a mention)? */
function phraseGoesOn(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok || tok.punct || st.owner[i] >= 0 || st.dates.some((d) => tok.start >= d.start && tok.end <= d.end)) return true;
  if (state.lang === "en") return !/^\p{Lu}/u.test(tok.text);
  return tok.key.length <= 2 || state.lex.words.sets.functionWord.has(tok.key) || (state.lang === "ar" && endsName(state, tok)) || inCue(st, i, (c) => c.kind !== "common");
}
