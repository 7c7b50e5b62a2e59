// Readings of cue words that need their neighbours, for pass 1 (01-entities): a light verb and the event noun it
// takes, a modality phrase that is a place name, and a given name transliterated otherwise before a known surname.
// A helper of pass 1, not a pass.
import { normalizeKey } from "../../text/normalize.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { respan } from "../state.js";
import { skeletonKey } from "../../text/keys.js";
import { isCommonWord } from "../../lexicon/words.js";
import { personSlug } from "../../ids.js";
import type { PersonHit } from "../../lexicon/index.js";

/** Words that end the noun phrase after a light verb: "held a press conference after the talks" is no contact. */
const PHRASE_END = new Set(["no", "not", "never", "been", "with", "after", "before", "on", "in", "at", "to", "for", "by", "during", "over", "about", "that", "which", "who", "where", "when", "while", "since", "from", "as", "but"]);
const SUPPORT_GAP = 8;
/** Arabic puts the signers too between the verb and the document (وقعت حكومة … وحركة …، اليوم، في الدوحة، على إعلان). */
export const SIGN_GAP_AR = 12;
/** Marks inside a noun phrase: hyphens, apostrophes, a currency ("a $2 billion contract"), a plus ("the 2+2 dialogue"). */
const INSIDE_PHRASE = /^[-'’.$€£+]$/;
/** An opening quotation mark. */
const QUOTE = /^["«“„]$/;

/**
 * A light verb and the event noun it takes, with modifiers between them: a trigger over the whole phrase, where
 * no trigger of that kind stands already.
 *   - English "held a separate meeting", "held the 15th India-Japan Strategic Dialogue with", "had a second round
 *     of talks": a meeting; "concluded a $2 billion infrastructure contract", "initialled a memorandum": an
 *     agreement; the words between must stay inside one noun phrase (no preposition, no clause mark);
 *   - Arabic "سلّم X … مطرقة الرئاسة إلى Y", "تسلّم X … رئاسة الاتحاد من Y" (a chair handed over, cues.json words
 *     handoverVerb, handoverNoun): a meeting of the two;
 *   - Arabic "وقعوا يوم السبت في نيامي معاهدة", "شهد الزعيمان توقيع مذكرة تفاهم": an agreement; Arabic puts the
 *     time and the place between the verb and its object, between commas too ("وقعت X وY، اليوم، في الدوحة، على
 *     إعلان"), so only another mark ends the phrase; "تبادل الجانبان مذكرات تفاهم" exchanges signed documents. (The verb وقع alone
 *     also means "happened", so it is an agreement only with the document it signs.)
 */
export function lightVerbTriggers(state: ExtractState, st: SentenceState): void {
  const sets = state.lex.words.sets;
  const rules: Array<{ verbs?: Set<string>; nouns?: Set<string>; kind: string; phraseEnd?: Set<string>; phrases?: Set<string> }> =
    state.lang === "en"
      ? [
          // (also a phrasal verb that takes the noun behind its preposition: "sat down for their first formal talks")
          { verbs: sets["supportVerb.en"], nouns: sets["meetingNoun.en"], kind: "meeting", phraseEnd: PHRASE_END, phrases: sets["supportPhrase.en"] },
          // (so does a verb of chairing: "co-chaired the 2+2 ministerial dialogue along with A and B")
          { verbs: sets["chairVerb.en"], nouns: sets["meetingNoun.en"], kind: "meeting", phraseEnd: PHRASE_END },
          { verbs: sets["signVerb.en"], nouns: sets["documentNoun.en"], kind: "agreement", phraseEnd: PHRASE_END },
        ]
      : state.lang === "ar"
        ? [
            { verbs: sets["signVerb.ar"], nouns: sets["documentNoun.ar"], kind: "agreement" },
            { verbs: sets["handoverVerb.ar"], nouns: sets["handoverNoun.ar"], kind: "meeting" },
          ]
      : [];
  for (const { verbs, nouns, kind, phraseEnd, phrases } of rules) {
    if (!verbs || !nouns) continue;
    const has = (set: Set<string>, key: string) => set.has(key) || (state.lang !== "en" && /^[وف]/.test(key) && set.has(key.slice(1)));
    // (the words of a phrasal verb at token i: "sat down for", three; "met for", two)
    const phraseAt = (i: number) => [3, 2].find((n) => phrases?.has(st.tokens.slice(i, i + n).map((x) => x.key).join(" "))) ?? 0;
    st.tokens.forEach((t, i) => {
      const phrasal = phraseAt(i);
      if (!phrasal && !has(verbs, t.key)) return;
      let words = 0;
      const gap = state.lang === "ar" ? SIGN_GAP_AR : SUPPORT_GAP;
      for (let j = i + (phrasal || 1); j < st.tokens.length && words <= gap; j++) {
        const w = st.tokens[j];
        if (!w.punct && !(state.lang === "ar" && adjunctAr(state, st, j))) words++;
        if (nouns.has(w.key)) {
          if (st.triggers.some((x) => x.kind === kind && x.start <= j && x.end > i)) return;
          // Arabic: the verb alone, so that the words between (the signer: "وقع مكتب التنمية … مذكرة") stay free
          st.triggers.push({ start: i, end: state.lang === "en" ? j + 1 : i + 1, kind, text: state.doc.article.text.slice(t.start, w.end) });
          return;
        }
        // a quoted title that opens with its document noun ('وقعت X "وثيقة … للسلام"') is the object
        const titleOpens = QUOTE.test(w.text) && nouns.has(st.tokens[j + 1]?.key ?? "");
        if (phraseEnd?.has(w.key) || (w.punct && !titleOpens && !INSIDE_PHRASE.test(w.text) && !(state.lang === "ar" && (w.text === "،" || dateBracket(st, j)))) || has(verbs, w.key)) return;
      }
    });
  }
}

/**
 * Is token j part of an Arabic adjunct of time or place between a signing verb and its document, which does not
 * lengthen the phrase: a date, however long ("مساء اليوم السبت 29 شعبان 1429 الموافق 30 أغسطس 2008", with the word
 * between two dates), or a place the lexicon knows and its preposition ("في بنغازي").
 */
export function adjunctAr(state: ExtractState, st: SentenceState, j: number): boolean {
  const inDate = (k: number) => inDateAt(st, k);
  const place = (k: number) => (st.owner[k] ?? -1) >= 0 && state.mentions[st.owner[k]].kind === "place";
  return inDate(j) || (inDate(j - 1) && inDate(j + 1)) || place(j) || (PLACE_PREP_AR.has(st.tokens[j].key) && place(j + 1));
}

const inDateAt = (st: SentenceState, k: number) => !!st.tokens[k] && st.dates.some((d) => d.start <= st.tokens[k].start && st.tokens[k].end <= d.end);

/** A bracket around a date, the other calendar's date after the first ("أمس الاثنين (15 رمضان 1429)،"): part of the adjunct. */
export function dateBracket(st: SentenceState, j: number): boolean {
  const t = st.tokens[j].text;
  // (and the slash between a date's two month names: «18 فبراير/شباط 2023», «كانون الأول/ديسمبر»)
  return (t === "(" && inDateAt(st, j + 1)) || (t === ")" && inDateAt(st, j - 1)) || (t === "/" && inDateAt(st, j - 1) && inDateAt(st, j + 1));
}

const PLACE_PREP_AR = new Set(["في", "ب"].map((w) => normalizeKey(w)));

/** English participles that report a meeting of the visitor: "visited X on Monday, meeting Y at …". */
const MEETING_PARTICIPLE = new Set(["meeting", "receiving"]);

/**
 * "…, meeting Y at the presidential office" after a trip or a visit in the sentence: the participle is a meeting of
 * the traveller (pass 5 gives it the subject of the visit, its first actor). Only right after a comma, so that "the
 * meeting" as a noun is not read.
 */
export function participleTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en") return;
  st.tokens.forEach((t, i) => {
    if (!MEETING_PARTICIPLE.has(t.key) || st.tokens[i - 1]?.text !== "," || /^(of|with|was|is|will|between)$/.test(st.tokens[i + 1]?.key ?? "")) return;
    if (!st.triggers.some((x) => x.kind === "visit" && x.end < i) || st.triggers.some((x) => x.start <= i && x.end > i)) return;
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text: t.text });
  });
}

/** English verbs of a conversation's content ("he discussed …", "they talked about …"). */
const DISCUSS_VERB = new Set(["discussed", "talked", "reviewed", "explored", "exchanged", "spoke", "raised"]);
/** How far into a sentence fronted by "With X," its verb may stand (past an apposition of X). */
const FRONTED_WITH_REACH = 25;

/**
 * A sentence fronted by its other side, "With X, the Prime Minister of Spain, he discussed …" (the readout style of a
 * series of bilaterals): the discussion verb after the fronted phrase is a contact of its subject with X, a meeting
 * unless the sentence says it was a call. Only when the sentence opens with "With" and no event word of its own.
 */
export function frontedWithTriggers(state: ExtractState, st: SentenceState): void {
  if (state.lang !== "en" || st.tokens[0]?.key !== "with" || st.triggers.some((t) => t.kind !== "visit")) return;
  const comma = st.tokens.findIndex((t, i) => i > 1 && t.text === ",");
  if (comma < 0) return;
  for (let i = comma + 1; i < Math.min(st.tokens.length, FRONTED_WITH_REACH); i++) {
    if (!DISCUSS_VERB.has(st.tokens[i].key)) continue;
    if (st.tokens[i - 1]?.key === "to") return;
    st.triggers.push({ start: i, end: i + 1, kind: "meeting", text: st.tokens[i].text });
    return;
  }
}

/** Words between a document and the verb that signs it as an object pronoun ("اتفاق الدوحة الذي وقعه"). */
const SIGNED_IT_REACH = 5;
/** Words the Persian "به امضای … رسید" may hold between its parts: a list of signers, with commas. */
const SIGNED_BY_REACH_FA = 14;
/** Tokens it may hold at most, the signers' names and titles with them. */
const SIGNED_BY_SPAN_FA = 40;

/**
 * A word of a person's or an organisation's name, or of a country adjective (pass 1 reads no titles yet): a signer's;
 * in Persian also a word of an office title, a place's name in it, or a name part («به امضای بیژن X وزیر نفت و گاز
 * عمان و محمد بن Y وزیر …»: the titled signers whom no lexicon knows).
 */
function signerWord(state: ExtractState, st: SentenceState, j: number): boolean {
  const o = st.owner[j];
  if (o >= 0 && (state.mentions[o].kind === "person" || state.mentions[o].kind === "organization")) return true;
  if (state.lang === "fa") {
    const k = st.tokens[j].key;
    if (state.lex.words.titleWordsIn.fa?.has(k) || state.lex.words.nameParts.has(k)) return true;
    if (o >= 0 && state.mentions[o].kind === "place") return true;
  }
  return st.demonyms.some((d) => d.start <= j && j < d.end);
}

/**
 * Signings told around their signers, where the verb is not next to its document: the Arabic verb with the document
 * as an object pronoun after it ("الاتفاق الذي وقعه A وB", "المعاهدة التي وقعتها الدول الخمس"), and the Persian
 * passive "به امضای A، B و C رسید" (was signed by A, B and C), whose signers may be a list with commas (a phrase
 * with a gap holds no punctuation), and "با امضای A و B نهایی شد" (was finalised with the signatures of A and B); the
 * English passive after its document ("An agreement between A and B on X was reached": a sign verb of signVerb.en after
 * was / were). The trigger is the verb (the words between stay free for names); its text runs from the document or
 * "به امضای" so that pass 7 reads it as signed.
 */
export function signingAroundSigners(state: ExtractState, st: SentenceState): void {
  const sets = state.lex.words.sets;
  const push = (from: number, at: number) => {
    if (st.triggers.some((x) => x.kind === "agreement" && x.start <= at && x.end > at)) return;
    st.triggers.push({ start: at, end: at + 1, kind: "agreement", text: state.doc.article.text.slice(st.tokens[from].start, st.tokens[at].end) });
  };
  const strip = (key: string) => (/^[وف]/.test(key) ? key.slice(1) : key);
  if (state.lang === "ar" && sets["signedIt.ar"] && sets["documentNoun.ar"]) {
    st.tokens.forEach((t, i) => {
      if (!sets["signedIt.ar"].has(t.key) && !sets["signedIt.ar"].has(strip(t.key))) return;
      for (let j = i - 1; j >= Math.max(0, i - SIGNED_IT_REACH); j--) {
        if (st.tokens[j].punct) return;
        if (sets["documentNoun.ar"].has(st.tokens[j].key)) return push(j, i);
      }
    });
  }
  // "به امضای A و B رسید" (reached the signature of), "با امضای A و B نهایی شد" (was finalised with the signature of)
  const closers: Record<string, Set<string> | undefined> = { "به": sets["signedBy.fa"], "با": sets["signedWith.fa"] };
  if (state.lang === "fa") {
    st.tokens.forEach((t, i) => {
      const closing = closers[t.key];
      if (!closing || !/^امضا(ی|ء)?$/.test(st.tokens[i + 1]?.key ?? "")) return;
      let words = 0;
      for (let j = i + 2; j < st.tokens.length && j - i <= SIGNED_BY_SPAN_FA && words <= SIGNED_BY_REACH_FA; j++) {
        const w = st.tokens[j];
        if (w.punct && !/^[،,]$/.test(w.text)) return;
        // (the signers' names do not count: «به امضای A وزیر … و B عضو شورای دولتی و وزیر … رسید»)
        if (!w.punct && !signerWord(state, st, j)) words++;
        if (closing.has(w.key)) return push(i, j);
      }
    });
  }
  // English passive after the document: "An agreement between A and B on X was reached", "the deal was sealed"
  if (state.lang === "en" && sets["signVerb.en"] && sets["documentNoun.en"]) {
    st.tokens.forEach((t, i) => {
      const verb = st.tokens[i + 1]?.key ?? "";
      if (!PASSIVE_AUX.has(t.key) || !(sets["signVerb.en"].has(verb) || PASSIVE_ONLY.has(verb))) return;
      let commas = false;
      for (let j = i - 1; j >= Math.max(0, i - COMPLEMENT_REACH); j--) {
        const w = st.tokens[j];
        if (RELATIVE.has(w.key) || (w.punct && !INSIDE_PHRASE.test(w.text) && w.text !== ",")) return;
        commas ||= w.text === ",";
        if (!sets["documentNoun.en"].has(w.key)) continue;
        // past a comma or twelve words, only a document whose complement runs to the verb: "four agreements on A, B
        // and C were exchanged", "memoranda of understanding on A … were exchanged in the presence of …"
        if ((!commas && i - j <= PASSIVE_REACH) || COMPLEMENT_OPENER.has(st.tokens[j + 1]?.key ?? "")) return push(j, i + 1);
        return;
      }
    });
  }
}

/** Farthest back a document before "were exchanged" may stand when its complement (a list of topics) runs to the verb. */
const COMPLEMENT_REACH = 32;
/** Prepositions that open a document's complement ("agreements on …", "memoranda of understanding …"). */
const COMPLEMENT_OPENER = new Set(["on", "of", "for", "in", "between", "to"]);
/** A relative pronoun between the document and the verb makes the verb another clause's ("the deal, which …"). */
const RELATIVE = new Set(["which", "that", "who", "whom", "whose", "while", "whereas"]);

/**
 * Participles that sign a document only in the passive after it ("The Nairobi Communique was adopted on Friday by A,
 * B and C"); active "leaders ended their retreat by adopting a declaration" names no side that signs.
 */
const PASSIVE_ONLY = new Set(["adopted"]);
/** "was" / "were" / "been" before a signing participle ("An agreement … was reached"). */
const PASSIVE_AUX = new Set(["was", "were", "been"]);
/** Words back from "was reached" to the document it says was reached: the document's own qualifiers and parties. */
const PASSIVE_REACH = 12;

/**
 * A given name transliterated otherwise than the lexicon writes it, before the person's surname: "روبرت دوسي" is
 * Robert Dussey (روبير دوسي), "سيرجي لافروف" is Sergey Lavrov. The word before a surname (short form) whose
 * consonant skeleton agrees with the first name of that person (equal, or one the start of the other, three
 * consonants at least) makes one full-name mention; a short form of someone else the word was read as is dropped.
 */
export function givenNameVariants(state: ExtractState, st: SentenceState): void {
  for (const m of [...st.mentions]) {
    const x = state.mentions[m];
    const sp = st.spans.get(m)!;
    if (x.kind !== "person" || !x.lexiconId || x.confidence >= 0.9 || sp.end - sp.start !== 1 || sp.start === 0) continue;
    const b = sp.start - 1;
    const tok = st.tokens[b];
    const o = st.owner[b];
    const other = o >= 0 ? state.mentions[o] : undefined;
    if (tok.punct || (other && !(other.kind === "person" && other.confidence <= 0.5 && st.spans.get(o)!.end === sp.start && st.spans.get(o)!.start === b))) continue;
    if (!other && (st.triggers.some((t) => inSpanTok(b, t)) || st.cues.some((c) => inSpanTok(b, c)) || st.titles.some((t) => inSpanTok(b, t)))) continue;
    // a surname several lexicon people share keeps every one whose given name this is («جرج بوش»: father and son),
    // for the resolver to choose by office on the day
    const agreeing = [x.lexiconId, ...(x.alternatives ?? [])].filter((id, i, a) => a.indexOf(id) === i && givenNameAgrees(state, tok.text, id));
    if (!agreeing.length) continue;
    if (other) {
      st.mentions.splice(st.mentions.indexOf(o), 1);
      st.spans.delete(o);
      other.confidence = 0;
    }
    respan(state, st, m, { start: b, end: sp.end }, { confidence: 0.9, lexiconId: agreeing[0], alternatives: agreeing.length > 1 ? agreeing : undefined });
  }
}

/**
 * Persian and Arabic write no capitals: a lexicon short form that is also a word of the grammar lists, a cue or an
 * event word ("تراس": Truss, is ترأس, presided), names the person only in an article that names them in full (the
 * resolver keeps no one else from an ambiguous short form either). `matches`: the person matches of each sentence.
 */
export function shortFormIsWord(state: ExtractState, matches: Array<Array<{ values: PersonHit[] }>>): (st: SentenceState, m: TokenSpan, hit: PersonHit) => boolean {
  const { lex } = state;
  const namedInFull = new Set(matches.flatMap((ms) => ms.flatMap((m) => m.values.filter((v) => v.form === "full").map((v) => v.id))));
  const grammarWord = (st: SentenceState, m: TokenSpan) =>
    [lex.events.cues, lex.events.triggers].some((x) => x.findAll(st.tokens, { proclitics: true, lang: state.lang }).some((h) => h.start === m.start && h.end === m.end && h.values.some((v) => v.lang === state.lang)));
  return (st, m, hit) => state.lang !== "en" && hit.form === "short" && !!hit.ambiguous && !namedInFull.has(hit.id) && grammarWord(st, m);
}

/** The written word (Persian or Arabic script) is the given name of lexicon person `lexiconId`, spelt otherwise. */
export function givenNameAgrees(state: ExtractState, word: string, lexiconId: string): boolean {
  const entry = state.lex.people.get(personSlug(lexiconId));
  if (!entry || !/[\u0600-\u06FF]/.test(word)) return false;
  const sb = skeletonKey(word);
  const firsts = [...(entry.names.fa ?? []), ...(entry.names.ar ?? [])].map((n) => n.trim().split(/\s+/)).filter((w) => w.length >= 2).map((w) => skeletonKey(w[0]));
  const agrees = (k: string) => k === sb || (Math.min(k.length, sb.length) >= 3 && (k.startsWith(sb) || sb.startsWith(k)));
  // a skeleton of two consonants must be the given name's own and the word no common word ("جوزاف" for جوزيف)
  const short = sb.length === 2 && firsts.includes(sb) && !isCommonWord(word, state.lang);
  return (sb.length >= 3 || short) && firsts.some(agrees);
}

const inSpanTok = (i: number, sp: TokenSpan) => i >= sp.start && i < sp.end;

export { phrasalCalls } from "./_calls.js";
