// A foreign name in Arabic or Persian script that no lexicon holds, in a title slot (a helper of 02-titles): East
// Asian names are written a syllable a word ("كيم يونغ هو"), and their syllables are often the short forms of other
// people the lexicon knows (كيم: Kim Boo-kyum, يونغ: Young), read weakly by pass 1 (confidence < 0.9, one word).
// Right after a title, a run of such weak short forms and words no dictionary knows (the name-word model's
// unknown or name-part words) is one new name, the weak readings given up, when the article names none of
// those people in full. A last short syllable the dictionary knows ("ها", "هو") ends the run only right before
// the clause goes on (a punctuation mark, a date, a word no name takes).
import { lexiconPeopleNamedInFull } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, respan, unmention } from "../state.js";
import { nameRun } from "./_names.js";
import { classOf, dayPartBeforeDay, givenName, nameLike, titleOrHonorific } from "./_name-words.js";
import { endsArabicName } from "../../lexicon/arabic-verbs.js";
import { verbAfterName } from "./_arabic-names.js";

/** How many words a syllable-written name may have. */
const MAX = 4;

/**
 * A new person mention for a foreign name over weak short forms starting at `a`, or undefined. The run may open with
 * a word no dictionary knows before the first short form, and a short form may be of two words (a kunya or nasab:
 * "الوسيط تنكو عبد الغفار تنكو محمد", عبد الغفار alone another person's surname); it must hold one at least.
 */
export function foreignNameAt(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang === "en") return undefined;
  if (weakAt(state, st, a) === undefined && !(foreignWord(state, st, a) && classOf(state, st.tokens[a]) === "unknown")) return undefined;
  let i = a;
  let words = 0;
  const weak: number[] = [];
  while (i < st.tokens.length && words < MAX) {
    const o = weakAt(state, st, i);
    if (o !== undefined) weak.push(o);
    else if (!foreignWord(state, st, i)) break;
    i = o !== undefined ? st.spans.get(o)!.end : i + 1;
    words++;
  }
  if (words < 2 || weak.length === 0) return undefined;
  if (words < MAX && shortSyllable(state, st, i)) i++;
  for (const o of weak) unmention(state, st, o);
  return addMention(state, st, { start: a, end: i }, { kind: "person", via: "title", confidence: 0.6 });
}

/**
 * Arabic, right after a title: a given name of the given-names lists that pass 1 read as another person's weak short
 * form (أنتوني: Kenny Anthony, whom the article does not name in full) and one or two name words after it, common
 * words included as in any Arabic name after a title (nameRun: no verb form, preposition or object of talks), are
 * one new name: "المبعوث الأمريكي أنتوني ليك"; the name ends at a function word or a title word, and a third word
 * that is a perfect verb is the clause's (`_arabic-names.verbAfterName`).
 */
export function givenNameOverWeak(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang !== "ar") return undefined;
  const o = weakAt(state, st, a);
  if (o === undefined || st.spans.get(o)!.end !== a + 1 || !givenName(state, st.tokens[a])) return undefined;
  const words = [a];
  // (the run goes on from the given name: a definite word is its family name, «خالد الفالح»)
  for (const w of nameRun(state, st, a + 1, false, true).slice(0, 2)) {
    // (nor a part of the day before a day: "الرئيس صالح صباح أمس", Saleh yesterday morning)
    if (state.lex.words.sets.functionWord.has(st.tokens[w].key) || titleOrHonorific(state, st.tokens[w].key) || dayPartBeforeDay(st, w)) break;
    words.push(w);
  }
  verbAfterName(state, st, words, (i) => classOf(state, st.tokens[i]) === "name");
  if (words.length < 2) return undefined;
  unmention(state, st, o);
  return addMention(state, st, { start: a, end: words[words.length - 1] + 1 }, { kind: "person", via: "title", confidence: 0.6 });
}

/**
 * Arabic, right after a title: a family name of two or three letters that Arabic writes like a function word (هو:
 * Hu, the pronoun "he"; لي: Li), before two syllables or more that no dictionary knows, opens the name: "نائب رئيس
 * الوزراء الصيني هو جين لونغ". A copula after a title ("الهدف هو …") goes on with common words, which no syllable is.
 */
export function shortFamilyName(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang !== "ar") return undefined;
  const tok = st.tokens[a];
  if (!tok || tok.punct || st.owner[a] >= 0 || tok.key.length > 3 || tok.key.length < 2 || !/^[\u0600-\u06FF]+$/.test(tok.text)) return undefined;
  if (!inCue(st, a, (c) => c.kind === "common" || c.kind === "stop") && !state.lex.words.sets.functionWord.has(tok.key)) return undefined;
  // (a name already read from the next word on, "تشون هوا", takes the family name before it)
  let next = st.owner[a + 1];
  // (or a name over weak short forms from it: "هو تشونغ لياو", تشونغ another person's)
  if (next !== undefined && next >= 0 && weakAt(state, st, a + 1) !== undefined) next = foreignNameAt(state, st, a + 1) ?? next;
  if (next !== undefined && next >= 0) {
    const m = state.mentions[next];
    const sp = st.spans.get(next)!;
    if (m.kind !== "person" || m.via !== "title" || sp.start !== a + 1 || sp.end - sp.start < 2 || givenName(state, st.tokens[a + 1])) return undefined;
    respan(state, st, next, { start: a, end: sp.end });
    return next;
  }
  // (the first syllable a word no dictionary knows or a name part, no Arabic given name: "الرئيس هو محمد …" is a copula)
  if (!foreignWord(state, st, a + 1) || givenName(state, st.tokens[a + 1])) return undefined;
  // (a title after the name, "… هوا ووزيرة المالية", is no syllable of it)
  const syllable = (k: number) => foreignWord(state, st, k) && !st.titles.some((t) => t.start <= k && k < t.end) && !titleOrHonorific(state, st.tokens[k].key.replace(/^و/, ""));
  let i = a + 1;
  while (i < st.tokens.length && i - a < MAX && syllable(i)) i++;
  if (i - a < 3 && !shortSyllable(state, st, i)) return undefined;
  if (i - a < 3) i++;
  return addMention(state, st, { start: a, end: i }, { kind: "person", via: "title", confidence: 0.6 });
}

/**
 * Arabic, in a name slot: a given name no pass read, then words of which one at least is another person's weak short
 * form (عباس: Mahmoud Abbas, whom the article does not name in full) and the last a name word or a word no dictionary
 * knows, is one new name: "القيادي في الحزب مدني عباس مدني" (the weak readings go). Three words at most; no function,
 * title or verb word.
 */
export function weakInsideName(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang !== "ar" || st.owner[a] >= 0 || !st.tokens[a] || !givenName(state, st.tokens[a])) return undefined;
  const words = [a];
  const weak: number[] = [];
  for (let i = a + 1; i < st.tokens.length && words.length < 3; i++) {
    const o = weakAt(state, st, i);
    if (o !== undefined && st.spans.get(o)!.end === i + 1) weak.push(o);
    else if (!foreignWord(state, st, i) && !(st.owner[i] < 0 && nameLike(state, st, i) && givenName(state, st.tokens[i]))) break;
    const key = st.tokens[i].key;
    if (state.lex.words.sets.functionWord.has(key) || titleOrHonorific(state, key) || endsArabicName(st.tokens[i].text) || dayPartBeforeDay(st, i)) break;
    words.push(i);
  }
  while (words.length > 1 && st.owner[words[words.length - 1]] < 0 && classOf(state, st.tokens[words[words.length - 1]]) === "common") words.pop();
  const kept = weak.filter((o) => st.spans.get(o)!.start <= words[words.length - 1]);
  if (words.length < 2 || !kept.length) return undefined;
  for (const o of kept) unmention(state, st, o);
  return addMention(state, st, { start: a, end: words[words.length - 1] + 1 }, { kind: "person", via: "title", confidence: 0.6 });
}

/**
 * Right after a title: a one-word place that is no country and whose word is a name word (a given
 * name or a lexicon name part: ماري is also Mary in Turkmenistan), before a name word no pass read, is the given
 * name of the name the title introduces ("وزيرة الصحة ماري قعوار"); the place reading goes. A title's place
 * complement is no name word ("محافظ نينوى").
 */
export function placeAsGivenName(state: ExtractState, st: SentenceState, a: number): boolean {
  const o = st.owner[a];
  const m = o !== undefined && o >= 0 ? state.mentions[o] : undefined;
  if (!m || m.kind !== "place" || m.placeKind === "country" || st.spans.get(o)!.start !== a || st.spans.get(o)!.end !== a + 1) return false;
  // English: a given name of the lists before a capitalised word no pass read ("Governor-General Mary Simon": Mary
  // is also a city of Turkmenistan)
  if (state.lang === "en") {
    const next = st.tokens[a + 1];
    if (!state.lex.words.givenNamePlaces.latin?.has(st.tokens[a].key) || !next || st.owner[a + 1] >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || titleOrHonorific(state, next.key) || inCue(st, a + 1)) return false;
    unmention(state, st, o);
    return true;
  }
  if (classOf(state, st.tokens[a]) !== "name" || !foreignWord(state, st, a + 1) || titleOrHonorific(state, st.tokens[a + 1].key)) return false;
  unmention(state, st, o);
  return true;
}

/**
 * Before a title or descriptor, a weak short form and one or two words no pass read: "محی‌الدین کبیری، رهبر …"
 * (محی‌الدین alone is another person's short form, whom the article does not name in full) is one new name.
 */
export function nameOverWeakBefore(state: ExtractState, st: SentenceState, end: number): number | undefined {
  if (state.lang === "en") return undefined;
  let i = end - 1;
  if (/^[،,]$/.test(st.tokens[i]?.text ?? "")) i--;
  const words: number[] = [];
  for (; i >= 0 && words.length < 2 && st.owner[i] < 0 && nameLike(state, st, i); i--) {
    const tok = st.tokens[i];
    if (titleOrHonorific(state, tok.key) || (state.lang === "ar" && endsArabicName(tok.text)) || (state.lang === "fa" && /های?ی?$/.test(tok.key))) return undefined;
    words.unshift(i);
  }
  const o = i >= 0 ? weakAt(state, st, i) : undefined;
  if (!words.length || o === undefined || classOf(state, st.tokens[i]) !== "name") return undefined;
  unmention(state, st, o);
  return addMention(state, st, { start: i, end: words[words.length - 1] + 1 }, { kind: "person", via: "title", confidence: 0.55 });
}

/** The weak one-word lexicon reading of a person at token `i` whose person the article does not name in full. */
function weakAt(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const o = st.owner[i];
  if (o === undefined || o < 0) return undefined;
  const m = state.mentions[o];
  if (m.kind !== "person" || m.via !== "lexicon" || m.confidence >= 0.9 || m.antecedent !== undefined) return undefined;
  const sp = st.spans.get(o)!;
  // one word, or two when the first is a name particle (عبد، أبو: "عبد الغفار")
  const two = sp.end === i + 2 && state.lex.words.sets.nameParticle.has(st.tokens[i].key);
  if (sp.start !== i || (sp.end !== i + 1 && !two)) return undefined;
  // (a short form of someone the article names in full is them: of its person, or of a namesake it shares the word with)
  const full = lexiconPeopleNamedInFull(state.mentions);
  return [m.lexiconId!, ...(m.alternatives ?? [])].some((id) => full.has(id)) ? undefined : o;
}

/** An unowned word no dictionary knows, or a known name part, that may be a syllable of the name. */
function foreignWord(state: ExtractState, st: SentenceState, i: number): boolean {
  if (st.owner[i] >= 0 || !nameLike(state, st, i)) return false;
  const tok = st.tokens[i];
  if (state.lang === "ar" && endsArabicName(tok.text)) return false;
  // a part of the day before a day ("صباح أمس") is the time of the clause
  if (dayPartBeforeDay(st, i)) return false;
  return classOf(state, tok) !== "common";
}

/** A last syllable of two or three letters the dictionary knows ("ها"), right before the clause goes on. */
function shortSyllable(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok || tok.punct || st.owner[i] >= 0 || tok.key.length > 3 || tok.key.length < 2 || inCue(st, i)) return false;
  if (!/^[\u0600-\u06FF]+$/.test(tok.text)) return false;
  const next = st.tokens[i + 1];
  if (!next || next.punct) return true;
  if (st.dates.some((d) => d.start === next.start)) return true;
  const o = st.owner[i + 1];
  return o >= 0 && state.mentions[o].kind === "place";
}

/**
 * After the titles of a sentence: a short East Asian family name (four letters at most) read weakly as another
 * person's short form (كيم: Kim Il-sung, Kim Jong Un …), right before a new name of two syllables that are no dictionary words (name parts or unknown) that a title introduced, is
 * that name's first word: "نائب رئيس اللجنة المركزية كيم يونغ تشول" beside "الزعيم كيم جونغ أون" (the family name
 * comes first; the short-form reading goes).
 */
export function familyNameBeforeSyllables(state: ExtractState, st: SentenceState): void {
  if (state.lang === "en") return;
  for (const o of [...st.mentions]) {
    const m = state.mentions[o];
    const sp = st.spans.get(o);
    if (!sp || m.kind !== "person" || m.via !== "title" || m.lexiconId || sp.end - sp.start !== 2) continue;
    if (![sp.start, sp.start + 1].every((i) => classOf(state, st.tokens[i]) !== "common")) continue;
    const f = st.owner[sp.start - 1];
    if (f === undefined || f < 0) continue;
    const fm = state.mentions[f];
    const fsp = st.spans.get(f)!;
    if (fm.kind !== "person" || fm.via !== "lexicon" || fm.confidence >= 0.9 || fsp.end - fsp.start !== 1 || fsp.end !== sp.start || st.tokens[fsp.start].key.length > 4) continue;
    if (st.tokens[sp.start - 1].end === st.tokens[sp.start].start) continue; // (a space between the words)
    unmention(state, st, f);
    respan(state, st, o, { start: fsp.start, end: sp.end });
  }
}
