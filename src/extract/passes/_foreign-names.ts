// A foreign name in Arabic or Persian script that no lexicon holds, in a title slot (a helper of 02-titles): East
// Asian names are written a syllable a word ("كيم يونغ هو"), and their syllables are often the short forms of other
// people the lexicon knows (كيم: Kim Boo-kyum, يونغ: Young), read weakly by pass 1 (confidence < 0.9, one word).
// Right after a title, a run of such weak short forms and words no dictionary knows (the name-word model's
// unknown or name-part words) is one new name, the weak readings given up, when the article names none of
// those people in full. A last short syllable the dictionary knows ("ها", "هو") ends the run only right before
// the clause goes on (a punctuation mark, a date, a word no name takes).
import { lexiconPeopleNamedInFull } from "../../model.js";
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, unmention } from "../state.js";
import { classOf, dayPartBeforeDay, nameLike, titleOrHonorific } from "./_names.js";
import { endsArabicName } from "../../lexicon/arabic-verbs.js";

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
  return lexiconPeopleNamedInFull(state.mentions).has(m.lexiconId!) ? undefined : o;
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
