// Names that no lexicon knows, read in a name slot (after or before a title) by the name-word model
// (lexicon/words.ts). Shared by the passes that find names; not a pass itself.
import type { ExtractState, SentenceState } from "../state.js";
import { addMention, inCue, unmention } from "../state.js";
import { placeAsSurname, surnameAfterRun } from "./_run-tails.js";
import { isCommonWord } from "../../lexicon/words.js";
import { afterHonorific, nasabParticle, nasabWord, rankedName, royalStyle, titleWordBeforeNasab, verbAfterName, weakOneWord } from "./_arabic-names.js";
import { normalizeKey } from "../../text/normalize.js";
import { objectWord } from "./_arabic-objects.js";
import { demonymAsSurname } from "./_demonym-surnames.js";
import { elided, glued, hyphenated, joiner } from "./_name-tokens.js";
import { andGivenName, classOf, compoundVerbRun, dayPartBeforeDay, definiteNameWord, endsName, givenName, nameLike, titleOrHonorific, yehGivenName } from "./_name-words.js";

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
      if (surnameWord(state, st, words, i)) words.push(i);
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
  if (words.length === 2 && (classOf(state, st.tokens[words[0]]) !== "name" || classOf(state, st.tokens[words[1]]) !== "unknown")) return false;
  const [first, tok] = [st.tokens[words[0]], st.tokens[i]];
  const sets = state.lex.words;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || titleOrHonorific(state, tok.key)) return false;
  // the head noun of a building or a body named after someone ("Queen Elizabeth Barracks", "King Fahd Stadium")
  if (HEADS.some((h) => sets.sets[`${h}.en`]?.has(tok.key))) return false;
  return classOf(state, first) !== "common";
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
function nameWord(state: ExtractState, tok: SentenceState["tokens"][number], first: boolean): boolean {
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
 * A name no lexicon knows, right before a title, in apposition: "امانوئل مکرون رئیس جمهور فرانسه",
 * "Vikas Sharma, the foreign ministry spokesman". Read backwards from `end` (past one comma in English),
 * 2–3 words, and at least one of them a name part or a word no dictionary knows: two common words
 * before a title ("پیام تبریک رئیس جمهور") are no name.
 */
export function newNameBefore(state: ExtractState, st: SentenceState, end: number): number | undefined {
  let i = end - 1;
  if (/^[,،]$/.test(st.tokens[i]?.text ?? "") && state.lang !== "en") i--;
  if (/^[»"”]$/.test(st.tokens[i]?.text ?? "")) return quotedBefore(state, st, i);
  if (state.lang === "en") {
    if (st.tokens[i]?.key === "the") i--;
    if (!/^[,،]$/.test(st.tokens[i]?.text ?? "")) return undefined;
    i--;
  }
  const words: number[] = [];
  const max = state.lang === "en" ? 4 : 3;
  const particles = state.lex.words.sets.nameParticle;
  // «محمد حسن السويدي وزير الاستثمار»: a definite nisba right before the title, after a given name, is the family
  // name, not the title's demonym (Arabic puts that after the title: «وزير الاستثمار السويدي»)
  if (familyNisba(state, st, i)) words.unshift(i--);
  for (; i >= 0 && words.filter((w) => !particles.has(st.tokens[w].key)).length < max; i--) {
    // a particle inside the name ("لوون تر پطروسیان"), with a name word before it
    // (and a run of them before a surname, «اومبرتو د لا کایه»; not before a given name: «ته دل احمد …», the heart)
    if (words.length && st.owner[i] < 0 && particles.has(st.tokens[i].key) && i > 0 && st.owner[i - 1] < 0 && (nameLike(state, st, i - 1) || (particles.has(st.tokens[i - 1].key) && nameLike(state, st, i - 2))) && !givenName(state, st.tokens[words[0]])) {
      words.unshift(i);
      continue;
    }
    // Persian سید inside a name, after its given name: "عمر سید علی"
    if (words.length && st.owner[i] < 0 && sayyid(state, st, i + 1) === i && givenName(state, st.tokens[i - 1] ?? { key: "" })) {
      words.unshift(i);
      continue;
    }
    if (!nameLike(state, st, i)) break;
    const syllable = hyphenated(st, i);
    // (a verb form, a prefixed noun or a preposition with a pronoun is no word of a name: "يقوم بها")
    if (state.lang === "ar" && endsName(state, st.tokens[i])) break;
    // right after an honorific ("الشيخ زيدان …") a word starts the name, whatever a dictionary says of it
    const opens = state.lang !== "en" && st.cues.some((c) => c.kind === "honorific" && c.end === i);
    if (!opens && !joiner(st, i) && !syllable && classOf(state, st.tokens[i]) === "common" && (state.lang === "en" || !nameWord(state, st.tokens[i], false))) break;
    // a given name starts the name: a common word before it is not the name's ("به گفته علیرضا X": according to)
    if (!opens && words.length && givenName(state, st.tokens[words[0]]) && classOf(state, st.tokens[i]) === "common") break;
    words.unshift(i);
  }
  // "الشيخ محمد عبدالله المبارك الصباح وزير …": an honorific marks where the name starts, so a fourth word before
  // the three is the name's when the honorific stands right before it
  if (state.lang !== "en" && words.length === max && i >= 0 && nameLike(state, st, i) && st.cues.some((c) => c.kind === "honorific" && c.end === i) && nameWord(state, st.tokens[i], true)) {
    words.unshift(i);
    i--;
  }
  // "ومحمد X المدير العام …" (and Mohamed X): a given name with the conjunction glued to it opens the name
  const and = state.lang === "ar" && words.length > 0 && words.length < max && i >= 0 && st.owner[i] < 0 && andGivenName(state, st.tokens[i]);
  if (and) words.unshift(i--);
  // "گفتگوهای محرمانه هیتوشی تاناکا، مدیر …": a foreign name transliterated (two words no dictionary knows, or a
  // lexicon name part) does not open with the Persian dictionary word before it (a word of the clause: محرمانه، تلاش)
  const rest = words.slice(1).map((w) => classOf(state, st.tokens[w]));
  if (state.lang === "fa" && words.length === max && !st.cues.some((c) => c.kind === "honorific" && c.end === words[0]) && classOf(state, st.tokens[words[0]]) === "common" && !rest.includes("common")) words.shift();
  // "فيصل بن فرحان بن عبدالله وزير الخارجية": the words run on from a name already read, not a new one
  if (words.length && (i >= 0 && st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person")) return undefined;
  if (words.length && state.lex.words.sets.nameParticle.has(st.tokens[words[0]].key)) return undefined;
  // (a name an honorific opens may start with the article: "الدكتور الهادي X رئيس …")
  const opened = state.lang !== "en" && st.cues.some((c) => c.kind === "honorific" && c.end === words[0]);
  if (words.length < 2 || (!opened && !and && !nameWord(state, st.tokens[words[0]], true))) return undefined;
  if (state.lang !== "en" && !and && words.every((w) => classOf(state, st.tokens[w]) === "common")) return undefined;
  // (a nisba read as the family name names no state: not Sweden's for «السويدي»)
  const last = words[words.length - 1];
  st.demonyms = st.demonyms.filter((d) => !(d.start === last && d.end === last + 1 && familyNisba(state, st, last)));
  return addMention(state, st, { start: sayyid(state, st, words[0]), end: last + 1 }, { kind: "person", via: "title", confidence: 0.55 }, and ? 1 : 0);
}

/**
 * An Arabic definite nisba that a demonym reading took («السويدي», Swedish; «المصري»), right after a given name: in
 * the name's place before a title it is a family name (Arab family names are often nisbas: السويدي، المصري، التونسي).
 */
export function familyNisba(state: ExtractState, st: SentenceState, i: number): boolean {
  if (state.lang !== "ar" || i < 1 || st.owner[i] >= 0 || !/^ال.+ی$/.test(st.tokens[i].key)) return false;
  if (!st.demonyms.some((d) => d.start === i && d.end === i + 1)) return false;
  return st.owner[i - 1] < 0 && nameLike(state, st, i - 1) && givenName(state, st.tokens[i - 1]);
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

/** «لوئیس آرسه کاتاکورا» right before a title: the writer marked the name, 1–4 words, all name-like. */
function quotedBefore(state: ExtractState, st: SentenceState, close: number): number | undefined {
  let open = close - 1;
  while (open >= 0 && close - open <= 5 && !/^[«"“]$/.test(st.tokens[open].text)) {
    if (!nameLike(state, st, open)) return undefined;
    open--;
  }
  if (open < 0 || close - open < 2 || close - open > 5 || !/^[«"“]$/.test(st.tokens[open].text)) return undefined;
  return addMention(state, st, { start: open + 1, end: close }, { kind: "person", via: "quote", confidence: 0.6 });
}
