// Names that no lexicon knows, read in a name slot (after or before a title) by the name-word model
// (lexicon/words.ts). Shared by the passes that find names; not a pass itself.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, unmention } from "../state.js";
import { placeAsSurname, surnameAfterRun } from "./_run-tails.js";
import { isCommonWord } from "../../lexicon/words.js";
import { afterHonorific, nasabParticle, nasabWord, rankedName, royalStyle, titleWordBeforeNasab, verbAfterName, weakOneWord } from "./_arabic-names.js";
import { objectWord } from "./_arabic-objects.js";
import { demonymAsSurname } from "./_demonym-surnames.js";
import { elided, glued, hyphenated, joiner } from "./_name-tokens.js";
import { classOf, compoundVerbRun, dayPartBeforeDay, definiteNameWord, endsName, givenName, nameLike, titleOrHonorific, yehGivenName } from "./_name-words.js";

export { glued };

/**
 * A name no lexicon knows, right after a title: 2–3 name-like words, or one name in «», or one word that
 * no dictionary knows ("President Ruto", "الرئيس كوبيتش"): a surname, which the resolver ties to the
 * full name when the article gives it.
 */
export function newNameAfter(state: ExtractState, st: SentenceState, from: number, strict = false): number | undefined {
  const quoted = st.tokens[from - 1]?.text === "«" || st.tokens[from - 1]?.text === '"';
  const words = nameRun(state, st, from, quoted);
  // (Persian: common words that end in a participle before «بود» are a compound verb, «ترتیب داده بود»)
  if (!quoted && compoundVerbRun(state, st, words)) return undefined;
  // (English: a document's name after a rank, "the General Peace Agreement", ends in a document noun, no name's word)
  if (state.lang === "en" && words.some((w) => !!state.lex.words.sets["documentNoun.en"]?.has(st.tokens[w].key))) return undefined;
  if (!quoted) surnameAfterRun(state, st, words);
  if (!quoted) placeAsSurname(state, st, words);
  if (!quoted) verbAfterName(state, st, words, (i) => classOf(state, st.tokens[i]) === "name");
  // far from its title, a name must have a word that is a name part or that no dictionary knows; so must a
  // Persian or Arabic name of several words anywhere ("القادة تبنوا بيانا بشأن": the leaders adopted a statement on)
  const allCommon = words.every((w) => classOf(state, st.tokens[w]) === "common");
  // right after an Arabic honorific or rank ("السيد", "العماد"), a name of common words is read (see ranked())
  const ranked = !quoted && allCommon && afterHonorific(state, st, from) && rankedName(state, st, words);
  if (strict && (words.length < 2 || (allCommon && !ranked))) return undefined;
  if (!quoted && state.lang !== "en" && words.length >= 2 && allCommon && !ranked) return undefined;
  // quoted words after a title, all common words and no given name, name a body (منسق "التجمع المدني الحر"), not a
  // person: 2b reads them as its name (_head-first.quotedName)
  if (quoted && state.lang !== "en" && words.length >= 2 && allCommon && !words.some((w) => givenName(state, st.tokens[w]))) return undefined;
  if (quoted) {
    const close = words.length ? words[words.length - 1] + 1 : from;
    if (!/^[»"]$/.test(st.tokens[close]?.text ?? "")) return undefined;
  } else if (words.length === 1) {
    const tok = st.tokens[words[0]];
    const style = royalStyle(state, st, from);
    if (style !== undefined && givenName(state, tok)) return addMention(state, st, { start: style, end: words[0] + 1 }, { kind: "person", via: "title", confidence: 0.6 });
    if (classOf(state, tok) !== "unknown" || tok.key.length < 3) return undefined;
    // a portfolio after "of" ("Minister of Commerce"), a caption's word in brackets ("(يمين)": right) is no name
    if (/^(of|for)$/i.test(st.tokens[from - 1]?.text ?? "") || (st.tokens[from - 1]?.text === "(" && st.tokens[from + 1]?.text === ")")) return undefined;
    // a given name before a surname the lexicon knows ("Iván Gil") is not a name of its own
    const next = st.owner[words[0] + 1];
    if (next !== undefined && next >= 0 && state.mentions[next].kind === "person") return undefined;
  }
  if (!words.length) return undefined;
  // (another person's weak short form read inside the father's name goes: "بندر بن سلطان")
  for (const w of words) if (st.owner[w] >= 0 && (weakOneWord(state, st, st.owner[w], w) || weakGivenInRun(state, st, [w - 1], w, words[0], quoted) > w)) unmention(state, st, st.owner[w]);
  const sp = { start: quoted ? words[0] : sayyid(state, st, words[0]), end: words[words.length - 1] + 1 };
  return addMention(state, st, sp, { kind: "person", via: quoted ? "quote" : "title", confidence: 0.6 });
}

/** Persian writes سید (sayyid, cues.json) as the name's own first word ("سید محمد خاتمی"), no courtesy title like دکتر. */
export function sayyid(state: ExtractState, st: SentenceState, start: number): number {
  const b = start - 1;
  return state.lang === "fa" && b >= 0 && st.owner[b] < 0 && !!state.lex.words.sets["sayyid.fa"]?.has(st.tokens[b].key) ? b : start;
}

/**
 * The words of a name that starts at `from`, by the name-word model (lexicon/words.ts), up to three
 * words (five in English). The nasab and kunya particles (بن، ابن، أبو، عبد، bin, ibn, abu) and the
 * Persian surname endings (زاده، پور، نژاد) join name words and do not count toward the limit:
 * "عادل بن ناصر الحربي" is a three-word name. Inside «» the writer has marked the name: every word counts.
 * - English: a capitalised word that the dictionary knows in lower case only ends the name, and cannot
 *   start one ("Minister of Agriculture and Rural Development", "Public Works").
 * - Persian and Arabic dictionaries know most given names as words (نبيل، حسام، سالم), so a common word
 *   is allowed in a name, unless it is a word of an office title (خارجه، الخارجية). What names never do is refused: start with a definite common noun
 *   ("الوضع العام", "الدول الأعضاء") or a Persian plural ("کشورهای عضو"), or go on past a word that is
 *   "and" + a common word ("النقل والمواصلات"). An Arabic name ends before a verb form, a noun with a preposition
 *   glued to it or a preposition with a pronoun (lexicon/arabic-verbs.ts: "بيل كلينتون هنأه", "حسين ببرقية").
 * `continued`: the run goes on from a name word before `from`, so a definite name word («الفالح») may open it.
 */
export function nameRun(state: ExtractState, st: SentenceState, from: number, quoted = false, continued = false): number[] {
  const words: number[] = [];
  const max = state.lang === "en" ? 5 : 3;
  const particles = state.lex.words.sets.nameParticle;
  let counted = 0;
  for (let i = from; i < st.tokens.length && counted < max; i++) {
    const saidName = verbAsGivenName(state, st, i);
    // a title, honorific or weak short form right after a nasab is the father's name ("بندر بن سلطان")
    const fathers = !quoted && nasabWord(state, st, words, i);
    if (fathers) {
      words.push(i);
      // (the father's honorific, "ولد الشيخ X", does not count toward the name's words)
      if (!state.lex.words.honorificWords.has(st.tokens[i].key)) counted++;
      continue;
    }
    // another person's weak short form that is a given name, after a given name, is a word of the nasab ("اللواء
    // الزبير محمد صالح": Saleh here is the grandfather's name, not a short form of some Saleh)
    const weakEnd = weakGivenInRun(state, st, words, i, from, quoted);
    if (weakEnd > i && counted + weakEnd - i <= max) {
      for (let k = i; k < weakEnd; k++) words.push(k);
      counted += weakEnd - i;
      i = weakEnd - 1;
      continue;
    }
    // (a family name written like an indefinite country noun, «دينيس روس»: _demonym-surnames)
    if (!saidName && !nameLike(state, st, i) && !demonymAsSurname(state, st, words, i)) break;
    const tok = st.tokens[i];
    // a hyphen starts no name ("president-elect": the title's own suffix)
    if (!words.length && tok.punct) break;
    // a verb form, a word with a preposition glued to it or a preposition with a pronoun is no name word, though
    // Ayaspell knows it: "بيل كلينتون هنأه", "حسين ببرقية", "X تتعلق" (lexicon/arabic-verbs.ts)
    if (state.lang === "ar" && !quoted && endsName(state, tok)) break;
    // nor the object of talks after the name ("بحث مع السفير X آفاق التعاون", "وقع X اتفاقا"): _arabic-objects.ts
    if (state.lang === "ar" && !quoted && objectWord(state, tok)) break;
    // a part of the day before a day ("سيلفيو X مساء اليوم", "X صبح امروز") is the time of what follows, not a name word
    if (words.length && state.lang !== "en" && !quoted && dayPartBeforeDay(st, i)) break;
    // "محمود عبد الرحيم وتوماش ليبيتسكي": a word with و glued to it, before another name word, is the next person's
    if (words.length && state.lang === "ar" && !quoted && conjoinedName(state, st, i)) break;
    const particle = particles.has(tok.key);
    // a syllable hyphenated to the next one ("Ka-chiu") is read with it: no dictionary word
    const syllable = hyphenated(st, i);
    const rankedGiven = (!words.length && !quoted && definiteGivenAfterRank(state, st, from, i)) || titleWordBeforeNasab(state, st, i);
    if (!particle && !quoted && !saidName && !rankedGiven && !joiner(st, i) && !syllable && !nameWord(state, tok, words.length === 0 && !(continued && definiteNameWord(state, tok))) && !givenWordBeforeSurname(state, st, words, i)) {
      // an English surname that is also a word ("Alexander Downer", "James Swan"): a capitalised word right
      // after a known given name ends the name
      if (surnameWord(state, st, words, i)) {
        words.push(i);
        // (a middle name the dictionary knows, "Juan Vital Sourrouille": a capitalised word no dictionary knows, right
        // after it, is the family name)
        if (unknownAfter(state, st, i + 1)) words.push(i + 1);
      }
      break;
    }
    words.push(i);
    if (!particle && !joiner(st, i) && !elided(st, i)) counted++;
  }
  while (words.length && particles.has(st.tokens[words[words.length - 1]].key)) words.pop();
  // an Arabic name's fourth word may be its family name: the article and a word that is no common word ("عبدالله
  // حميدي عجيل الياور"; the Arabic dictionary knows no such nisba)
  const last = words.length ? words[words.length - 1] + 1 : -1;
  if (state.lang === "ar" && !quoted && counted === max && last > 0 && nameLike(state, st, last) && /^ال/.test(st.tokens[last].key) && classOf(state, st.tokens[last]) !== "common") words.push(last);
  // so may a name word after a nasab's two words (the father's name: "محمد بوي ولد الشيخ محمد فاضل"), no common word
  else if (state.lang === "ar" && !quoted && counted === max && last > 0 && words.some((w) => w > words[0] && nasabParticle(state, st, w)) && nameLike(state, st, last) && classOf(state, st.tokens[last]) === "name" && !endsName(state, st.tokens[last])) words.push(last);
  // a definite word before a given name is the title's complement, not the name's first word ("رئيس بلدية البيرة
  // عمر X": al-Bireh, a town no lexicon knows); the name starts at the given name
  // (not a definite given name right after a rank or an honorific: "اللواء الزبير محمد صالح")
  if (state.lang === "ar" && !quoted && words.length >= 3 && /^و?ال/.test(st.tokens[words[0]].key) && classOf(state, st.tokens[words[0]]) !== "name" && givenName(state, st.tokens[words[1]]) && !definiteGivenAfterRank(state, st, from, words[0])) words.shift();
  return words;
}

/**
 * Where a weak person (a lexicon short form, confidence under 0.9, perhaps grown by pass 1 over the given name before
 * it, or a name read after a title at the run's second word) starts at `i`, right after a given name of the run, and
 * every word of it is a given name: the end of its span, whose words are the nasab's (Arabic); -1 otherwise.
 */
function weakGivenInRun(state: ExtractState, st: SentenceState, words: number[], i: number, from: number, quoted: boolean): number {
  if (state.lang !== "ar" || quoted || !words.length || words[words.length - 1] !== i - 1 || st.owner[i] < 0) return -1;
  const o = st.owner[i];
  const m = state.mentions[o];
  const sp = st.spans.get(o)!;
  if (m.kind !== "person" || (m.via !== "lexicon" && m.via !== "title") || m.confidence >= 0.9 || sp.start !== i) return -1;
  for (let k = i; k < sp.end; k++) if (!givenName(state, st.tokens[k])) return -1;
  return givenName(state, st.tokens[i - 1]) || definiteGivenAfterRank(state, st, from, i - 1) ? sp.end : -1;
}

/**
 * An Arabic given name written with the article (الزبير، الطاهر، الصادق، الهادي: the Sudanese and Maghrebi usage),
 * opening a name right after a rank or an honorific ("اللواء الزبير محمد صالح", "الدكتور الطاهر أحمد بشير"): the
 * word without its article is a given name of the lists and a given name follows it (the father's name).
 */
function definiteGivenAfterRank(state: ExtractState, st: SentenceState, from: number, i: number): boolean {
  if (state.lang !== "ar" || i !== from || !afterHonorific(state, st, from)) return false;
  const key = st.tokens[i].key;
  const next = st.tokens[i + 1];
  return /^ال/.test(key) && key.length > 4 && givenName(state, { key: key.slice(2) }) && !!next && (givenName(state, next) || yehGivenName(state, next));
}

/**
 * An English given name that is also a verb of saying, capitalised inside a sentence right before another capitalised
 * word, is a name word: "opposition leader Said Abdullo Nuri" (prose writes the verb "said" in lower case).
 */
function verbAsGivenName(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (state.lang !== "en" || i === 0 || st.tokens[i - 1].punct || st.owner[i] >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(tok.text)) return false;
  if (!state.lex.words.givenNameHomographs.latin?.has(tok.key) || !inCue(st, i, (c) => c.kind === "speech")) return false;
  return /^\p{Lu}\p{Ll}/u.test(st.tokens[i + 1]?.text ?? "");
}

const HEADS = ["facilityHead", "venueHead", "orgHead", "mediaHead"];

/**
 * A capitalised dictionary word after one name word (a lexicon name part or a word no dictionary knows), or after a
 * given name and a word no dictionary knows ("Gloria Macapagal Arroyo"), not a title's word.
 */
function surnameWord(state: ExtractState, st: SentenceState, words: number[], i: number): boolean {
  if (state.lang !== "en" || words.length < 1) return false;
  // a capitalised word right after a name particle closes the name, though a dictionary knows it ("Fahd bin Mahmoud Al Said")
  if (words.length >= 2 && state.lex.words.sets.nameParticle.has(st.tokens[words[words.length - 1]].key)) return /^\p{Lu}\p{Ll}+$/u.test(st.tokens[i].text) && !titleOrHonorific(state, st.tokens[i].key) && !HEADS.some((h) => state.lex.words.sets[`${h}.en`]?.has(st.tokens[i].key));
  if (words.length > 2) return false;
  if (words.length === 2 && (!firstOfTwo(state, st.tokens[words[0]]) || classOf(state, st.tokens[words[1]]) !== "unknown")) return false;
  const [first, tok] = [st.tokens[words[0]], st.tokens[i]];
  const sets = state.lex.words;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || titleOrHonorific(state, tok.key)) return false;
  // the head noun of a building or a body named after someone ("Queen Elizabeth Barracks", "King Fahd Stadium")
  if (HEADS.some((h) => sets.sets[`${h}.en`]?.has(tok.key))) return false;
  return classOf(state, first) !== "common";
}

/** A capitalised English word no dictionary or name list knows and no mention holds, at `i`. */
function unknownAfter(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  return !!tok && !tok.punct && st.owner[i] < 0 && /^\p{Lu}\p{Ll}+$/u.test(tok.text) && classOf(state, tok) === "unknown" && !titleOrHonorific(state, tok.key);
}

/**
 * The first of two name words a capitalised dictionary word may follow as the surname's or last syllable: a given name,
 * or a one-syllable family name no dictionary knows written first, as Chinese, Korean and Vietnamese names are
 * ("Ng Boon Hen": after "Ng Boon", "Hen" ends the name).
 */
function firstOfTwo(state: ExtractState, tok: { text: string; key: string }): boolean {
  const c = classOf(state, tok);
  return c === "name" || (c === "unknown" && /^\p{Lu}\p{Ll}{1,2}$/u.test(tok.text));
}

/**
 * An English given name that is also a dictionary word ("Zed", "Hope", "Grace"), as a name's first word: capitalised
 * inside the sentence, right before one capitalised word no dictionary knows that ends the name ("Minister for the
 * Pacific, Zed Seselja,"); not a title, an honorific or a building's or body's head noun.
 */
function givenWordBeforeSurname(state: ExtractState, st: SentenceState, words: number[], i: number): boolean {
  if (state.lang !== "en" || words.length || i === 0) return false;
  const [tok, next, after] = [st.tokens[i], st.tokens[i + 1], st.tokens[i + 2]];
  const plain = (t: typeof tok | undefined) => !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text);
  if (!plain(tok) || !plain(next) || st.owner[i + 1] >= 0 || next.start !== tok.end + 1 || titleOrHonorific(state, tok.key)) return false;
  if (classOf(state, next) !== "unknown" || /^\p{Lu}/u.test(after?.text ?? "")) return false;
  const heads = state.lex.words.sets;
  return !HEADS.some((h) => heads[`${h}.en`]?.has(tok.key) || heads[`${h}.en`]?.has(next.key));
}

/** May this word (the first of a name, or a later one) be part of a name no lexicon knows? */
export function nameWord(state: ExtractState, tok: SentenceState["tokens"][number], first: boolean): boolean {
  // Arabic "لل" is the preposition ل on a definite noun ("للصحفيين": to the journalists), never a name word
  if (state.lang === "ar" && /^لل/.test(tok.key) && tok.key.length > 4) return false;
  // "and the …" (والبيرة: and al-Bireh) starts no name, unless the lexicon knows the word as a name
  if (first && state.lang === "ar" && /^وال/.test(tok.key) && !state.lex.words.nameParts.has(tok.key)) return false;
  const cls = classOf(state, tok);
  if (cls !== "common") return true;
  if (state.lang === "en") return false;
  if (tok.key.length <= 2 || state.lex.words.titleWordsIn[state.lang]?.has(tok.key)) return false;
  if (first && (/^ال/.test(tok.key) || (state.lang === "fa" && /های?ی?$/.test(tok.key)))) return false;
  // "و" + a common word is "and …", not a name (a name starting with و is itself the word: ولید، وائل)
  return !(/^و/.test(tok.key) && tok.text.length > 3 && isCommonWord(tok.text.slice(1), state.lang));
}

/**
 * Does an Arabic word with و glued to it start another name ("…وتوماش ليبيتسكي", "…ونيكيتا خروشوف")? The word is
 * no name part or given name itself (وليد، وهبة), what follows the و is no common word ("والتعاون"), and a name
 * word follows it: a name's own word that only starts with و stands alone or at the name's end.
 */
export function conjoinedName(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!/^و/.test(tok.key) || !/^و/.test(tok.text) || tok.key.length <= 3) return false;
  if (givenName(state, tok) || state.lex.words.nameParts.has(tok.key) || state.lex.words.sets.nameParticle.has(tok.key)) return false;
  const rest = { text: tok.text.slice(1), key: tok.key.slice(1) };
  if (classOf(state, rest) === "common") return false;
  return nameLike(state, st, i + 1) && classOf(state, st.tokens[i + 1]) !== "common";
}
