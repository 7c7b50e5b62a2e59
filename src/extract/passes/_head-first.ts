// Organisations named head first, in Arabic and Persian (a helper of pass 2b, 02b-organizations): the head noun
// (cues.json words.orgHead), with a proclitic (وشركة، بالبنك) or the article (البنك) when a name follows, then
//   - a name in quotes (حركة “الإصلاح والوحدة”، حزب «…»);
//   - a place or a known organisation (خبرگزاری فارس، وكالة الأنباء …);
//   - Arabic: definite nouns after an indefinite head (لجنة المال والموازنة، مؤسسة البترول الكويتية), up to five,
//     ending with a country adjective when one comes; one indefinite word and a place (مجموعة موانئ أبوظبي); a
//     word no dictionary knows and its purpose (شركة سيمنز للطاقة); a day it is named after (حركة 23 مارس);
//     after a definite head, definite words that end with a country adjective (البنك الأهلي المصري), or one
//     country adjective and the body's purpose (الشركة المصرية لنقل الكهرباء). "The Egyptian company"
//     (الشركة المصرية) alone is a description, and a bare head with an article (اللجنة، الحزب) names no one;
//   - Persian: a news agency or a paper and its one name word (خبرگزاری آنا); a head, up to three words and the
//     country it belongs to (بانک مرکزی روسیه، سازمان توسعه تجارت ایران), or a city's municipality (سازمان ورزش شهرداری اصفهان). Other ezafe chains (کمیته عالی
//     همکاری‌های اقتصادی) cannot be told from a description by their words, nor can a delegation (هیئت …).
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inCue as inAnyCue } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { isCommonWord } from "../../lexicon/words.js";
import { calendarLexicon, phraseKey } from "../dates/lexicon.js";

const MAX_WORDS = 7;
const MEDIA_FA = new Set(["خبرگزاری", "روزنامه"]);
/** Persian heads of a company or a body of the state, whose head + words + country is a name (بانک مرکزی روسیه);
 * other heads take a description as often (هیئت بلندپایه روسیه، پایگاه دریایی روسیه، نهاد سیاسی روسیه). */
const OF_COUNTRY_FA = new Set(["شرکت", "بانک", "سازمان", "وزارت", "اتاق", "صندوق", "اداره"]);
/** Persian words that are no name: prepositions, conjunction, demonstratives, verbs of being, plural marks. */
const FA_STOP = new Set(["خبری", "با", "در", "میان", "بین", "درباره", "به", "از", "و", "که", "را", "برای", "این", "آن", "است", "بود", "شد", "کرد", "نیز", "هم", "تا", "بر", "پس", "یک", "ها", "های", "دو", "سه", "همه", "تمام", "چند"]);
/** Arabic function words that look definite (ال…) and end a name: relatives, prepositions, "now", "today" (وقعت X والجبهة الثورية اليوم). */
const AR_STOP = new Set(["الى", "إلى", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "الا", "إلا", "الآن", "الان", "اليوم", "الأمس", "الليلة"].map(normalizeKey));

export interface Head {
  /** Characters of a proclitic glued to the head (و، ب، ل), not part of the name. */
  clitic: number;
  /** The head has the article (البنك): only a longer name after it makes it a name. */
  definite: boolean;
}

/** Is token i a head noun, and with what before it? */
export function headAt(state: ExtractState, st: SentenceState, i: number): Head | undefined {
  const heads = state.lex.words.sets[`orgHead.${state.lang}`];
  const key = st.tokens[i].key;
  if (!heads) return undefined;
  if (heads.has(key)) return { clitic: 0, definite: false };
  const clitic = /^[وبل]/.test(key) && heads.has(key.slice(1)) ? 1 : 0;
  if (clitic) return { clitic, definite: false };
  if (state.lang !== "ar") return undefined;
  const def = /^(ال|وال|بال)/.exec(key)?.[0] ?? "";
  return def && heads.has(key.slice(def.length)) ? { clitic: def.length - 2, definite: true } : undefined;
}

export function headFirstName(state: ExtractState, st: SentenceState, h: number, head: Head): TokenSpan | undefined {
  const next = h + 1;
  const tok = st.tokens[next];
  if (!tok) return undefined;
  if (tok.punct && /^[«“"]$/.test(tok.text)) return quotedName(state, st, next);
  const o = st.owner[next];
  if (o >= 0) {
    const m = state.mentions[o];
    const sp = st.spans.get(o)!;
    if (sp.start === next && (m.kind === "place" || m.kind === "organization") && m.placeKind !== "country") return { start: h, end: sp.end };
    return undefined;
  }
  if (state.lang === "ar") return head.definite ? arabicDefinite(state, st, h) : arabicIndefinite(state, st, h);
  if (state.lang !== "fa") return undefined;
  if (MEDIA_FA.has(st.tokens[h].key)) return !tok.punct && !inCue(st, next) && !FA_STOP.has(tok.key) ? { start: h, end: next + 1 } : undefined;
  return persianOfCountry(state, st, h);
}

const demonymAt = (st: SentenceState, i: number) => st.demonyms.some((d) => d.start === i);
const definite = (st: SentenceState, i: number) => /^(ال|وال|لل)/.test(st.tokens[i]?.key ?? "") && !AR_STOP.has(st.tokens[i].key);
/** A word no other pass has read (a country adjective aside). */
const plain = (st: SentenceState, i: number) => !!st.tokens[i] && !st.tokens[i].punct && st.owner[i] < 0 && (demonymAt(st, i) || !inCue(st, i));

function arabicIndefinite(state: ExtractState, st: SentenceState, h: number): TokenSpan | undefined {
  const next = h + 1;
  let end = next;
  // a name is the head's construct: its first word has the article itself (لجنة المال، الحركة الشعبية); a head before
  // "for the" (لجنة للنظر: a committee to consider, الجبهة للمرة الأولى) or "and the" (بين الحركة والمجتمع الدولي) names none
  while (end - next < 5 && plain(st, end) && definite(st, end) && (end > next || /^ال/.test(st.tokens[end].key))) {
    end++;
    if (demonymAt(st, end - 1)) break; // "مؤسسة البترول الكويتية": the country adjective ends the name
  }
  if (end > next) return { start: h, end };
  // "حركة 23 مارس", "تحالف 14 آذار": a body named after a day, its number and month
  if (/^\d{1,2}$/.test(st.tokens[next].key) && calendarLexicon().get(phraseKey(st.tokens[next + 1]?.text ?? "")).some((e) => e.type === "month")) return { start: h, end: next + 2 };
  // "مجموعة موانئ أبوظبي": one indefinite word, then a place or a known organisation
  const o = st.owner[next + 1];
  // (a word of the name, not a preposition: قوات من المجموعة الاقتصادية … is troops of ECOWAS)
  if (plain(st, next) && !/^ال/.test(st.tokens[next].key) && st.tokens[next].key.length > 2 && !state.lex.words.sets.functionWord.has(st.tokens[next].key) && o !== undefined && o >= 0 && ["place", "organization"].includes(state.mentions[o].kind) && st.spans.get(o)!.start === next + 1) {
    return { start: h, end: st.spans.get(o)!.end };
  }
  // "شركة سيمنز للطاقة", "شركة أداني": a word no dictionary knows (a foreign name) and its purpose; a country
  // adjective after it is the company's nationality (شركة سيمنز الألمانية), no word of its name
  const name = st.tokens[next];
  if (!plain(st, next) || /^ال/.test(name.key) || name.key.length < 3 || isCommonWord(name.text, "ar") || state.lex.words.nameParts.has(name.key)) return undefined;
  let last = next + 1;
  if (/^لل/.test(st.tokens[last]?.key ?? "") && plain(st, last)) last++;
  return { start: h, end: last };
}

function arabicDefinite(state: ExtractState, st: SentenceState, h: number): TokenSpan | undefined {
  let end = h + 1;
  while (end - h <= 4 && plain(st, end) && definite(st, end) && !demonymAt(st, end)) end++;
  if (!demonymAt(st, end) || !plain(st, end)) return undefined;
  const adjectives = end - h; // words after the head, the country adjective included
  end++;
  // the body's purpose: "لنقل الكهرباء" (ل + a noun, then a definite noun)
  const purpose = /^ل[^ل]/.test(st.tokens[end]?.key ?? "") && plain(st, end) && plain(st, end + 1) && definite(st, end + 1);
  if (purpose) end += 2;
  return adjectives >= 2 || purpose ? { start: h, end } : undefined;
}

function persianOfCountry(state: ExtractState, st: SentenceState, h: number): TokenSpan | undefined {
  if (!OF_COUNTRY_FA.has(st.tokens[h].key)) return undefined;
  let words = 0;
  for (let j = h + 1; j < st.tokens.length && words <= 3; j++) {
    const o = st.owner[j];
    if (o >= 0) {
      const m = state.mentions[o];
      const sp = st.spans.get(o)!;
      // the country it belongs to, or a city's municipality ("سازمان ورزش شهرداری اصفهان")
      const ofCity = m.placeKind !== "country" && st.tokens[j - 1]?.key === "شهرداری";
      // "اداره" is also the running of something ("اداره کشور ایران"): a department only of a municipality
      const ofCountry = m.placeKind === "country" && st.tokens[h].key !== "اداره";
      return words > 0 && m.kind === "place" && (ofCountry || ofCity) && sp.start === j ? { start: h, end: sp.end } : undefined;
    }
    const t = st.tokens[j];
    if (t.key === "و" && words > 0) continue; // "اتاق بازرگانی و صنعت ارمنستان"
    if (t.punct || FA_STOP.has(t.key) || inCue(st, j) || /^\d+$/.test(t.key)) return undefined;
    words++;
  }
  return undefined;
}

/**
 * The words inside the quotes opening at `open`, when no person or other organisation is among them, nor an
 * honorific (a pious formula quoted after a ruler's title, رئيس الدولة "حفظه الله", is no body's name) nor a comma.
 */
export function quotedName(state: ExtractState, st: SentenceState, open: number): TokenSpan | undefined {
  if (!/^[«“"]$/.test(st.tokens[open]?.text ?? "")) return undefined;
  // an English name is written with a capital: a quoted phrase in lower case ('to parliament "as soon as possible"') is none
  if (state.lang === "en" && !/^\p{Lu}/u.test(st.tokens[open + 1]?.text ?? "")) return undefined;
  for (let j = open + 1; j < st.tokens.length && j - open <= MAX_WORDS; j++) {
    if (/^[»”"]$/.test(st.tokens[j].text)) return j > open + 1 ? { start: open + 1, end: j } : undefined;
    const o = st.owner[j];
    if ((o >= 0 && state.mentions[o].kind !== "place") || st.cues.some((c) => c.kind === "honorific" && c.start <= j && j < c.end)) return undefined;
    // a comma or a stop inside: the quote mark closed a quotation ("منظم وسلس ومنسق"، مضيفا أن "…"), it opens no name
    if (st.tokens[j].punct && !/^[-–'’&]$/.test(st.tokens[j].text)) return undefined;
  }
  return undefined;
}

/** A word of a cue of another pass, a rank or an honorific included (الفريق، الشيخ). */
function inCue(st: SentenceState, i: number): boolean {
  return inAnyCue(st, i, (c) => c.kind === "honorific");
}
