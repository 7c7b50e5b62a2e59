// What a place named in an event's clause says when it is no venue of the event (helpers of _event-facts.venueIn):
// whose thing it is ("investment in Pakistan's energy sector"), the body of a title ("Kremlin aide X", "the Sultan of
// Sokoto"), the topic of
// the talks («الأوضاع في لبنان», «درباره امنیت خلیج فارس»), or the name of a document or a process ("the Paris
// climate agreement", "the Astana process").
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inCue, inSpan } from "../state.js";
import { locativeBefore } from "./_occasion-words.js";
import { closedQuotation, quotationOf } from "./_quotations.js";

/** Words after an English possessive in which a building's head noun makes it a venue ("Egypt's presidential palace"). */
const POSSESSED_REACH = 3;

/**
 * "to discuss investment in Pakistan's energy sector": an English possessive before a lower-case noun says whose
 * thing it is, no venue; unless the thing is a building (cues.json venueHead, facilityHead: "at Egypt's presidential
 * palace").
 */
export function possessorOfNoun(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  if (state.lang !== "en" || !/^['’]$/.test(st.tokens[sp.end]?.text ?? "") || st.tokens[sp.end + 1]?.key !== "s") return false;
  const after = st.tokens.slice(sp.end + 2, sp.end + 2 + POSSESSED_REACH);
  if (!after.length || !/^\p{Ll}/u.test(after[0].text)) return false;
  const sets = state.lex.words.sets;
  return !after.some((t) => sets["venueHead.en"]?.has(t.key) || sets["facilityHead.en"]?.has(t.key));
}

/** Words a title's portfolio may put between its body and the title ("White House Indo-Pacific coordinator"). */
const BODY_REACH = 4;

/** Is the place the body of a title right after it: "Kremlin aide X", "White House Indo-Pacific coordinator X"? */
export function titleBody(st: SentenceState, sp: TokenSpan): boolean {
  return st.titles.some((t) => t.start >= sp.end && t.start - sp.end <= BODY_REACH && st.tokens.slice(sp.end, t.start).every((w) => w.text === "-" || /^\p{Lu}/u.test(w.text)));
}

/**
 * "بحث … الأوضاع في لبنان" (the situation in Lebanon): a place after في (or glued ب) right after a noun for a state
 * of affairs (cues.json topicNoun) is what the talks were about, not where they were held (Arabic). Persian: a place
 * in the phrase that "درباره" / "پیرامون" / "در مورد" / "در خصوص" (about) opens, with no "در" of its own ("درباره
 * امنیت خلیج فارس گفت‌وگو کرد": talked about the security of the Persian Gulf).
 */
export function topicPlace(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const loc = locativeBefore(st, sp);
  // (a place after "به" in it is still the topic's: "درباره فروش گاز ایران به اندونزی")
  if (state.lang === "fa" && (!loc || st.tokens[loc.start].key !== "در") && aboutPhrase(state, st, sp.start)) return true;
  const nouns = state.lex.words.sets[`topicNoun.${state.lang}`];
  if (!nouns) return false;
  let before = (loc ? loc.start : sp.start) - 1;
  // (a list of places after the noun: "روابط کابل و اسلام‌آباد")
  while (!loc && before > 0 && LIST_JOIN.has(st.tokens[before].key) && st.owner[before - 1] >= 0 && state.mentions[st.owner[before - 1]].kind === "place") before = st.spans.get(st.owner[before - 1])!.start - 1;
  const key = st.tokens[before]?.key ?? "";
  return nouns.has(key) || (key.startsWith("و") && nouns.has(key.slice(1)));
}

/** The words that join a list of places: "و", a comma. */
const LIST_JOIN = new Set(["و", "،", ","]);

/** Words back from a place to the "about" word that opens its phrase (a list's commas and items count). */
const ABOUT_REACH = 12;
/** A dash written between two words with no space, inside a name: "راه‌آهن شلمچه-بصره" (the Shalamcheh–Basra railway). */
function joiningDash(state: ExtractState, t: { text: string; start: number; end: number }): boolean {
  const text = state.doc.article.text;
  return /^[-–]$/.test(t.text) && /\S/.test(text[t.start - 1] ?? " ") && /\S/.test(text[t.end] ?? " ");
}

/** The comma of a list of topics ("در زمینه‌های نفت، بازرگانی و راه‌آهن …"); a place after «در» is never a topic. */
const LIST_COMMA = new Set(["،", ","]);

/** Does an "about" word (cues.json aboutWord.fa; مورد، خصوص، باره، زمینه، حوزه after "در") open the phrase that holds token `at`? */
function aboutPhrase(state: ExtractState, st: SentenceState, at: number): boolean {
  const about = state.lex.words.sets["aboutWord.fa"];
  if (!about) return false;
  for (let k = at - 1; k >= Math.max(0, at - ABOUT_REACH); k--) {
    const t = st.tokens[k];
    if (t.punct && !LIST_COMMA.has(t.text) && !joiningDash(state, t)) return false;
    if (st.triggers.some((x) => inSpan(k, x))) return false;
    if (about.has(t.key)) return t.key === "درباره" || t.key === "پیرامون" || st.tokens[k - 1]?.key === "در";
  }
  return false;
}

/**
 * A place that names a document or an accord, not a venue: "the Beijing agreement", «توافق پکن», «اتفاق الدوحة»
 * (a document noun or an agreement word right before it; in English, a document noun right after it, past up to two
 * lower-case words: "the Paris climate agreement"); also a
 * process or format named after a place ("the Astana format", «نشست سران روند آستانه در تهران», «مسار أستانا»:
 * cues.json words `formatNoun`, after the place in English, before it in Persian and Arabic).
 */
export function namesDocument(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  const nouns = state.lex.words.sets[`documentNoun.${state.lang}`];
  const formats = state.lex.words.sets[`formatNoun.${state.lang}`];
  const before = sp.start - 1;
  if (before >= 0 && (nouns?.has(st.tokens[before].key) || st.triggers.some((t) => t.kind === "agreement" && inSpan(before, t)))) return true;
  // (English, past up to two lower-case words that are no function words: "the Paris climate agreement")
  if (state.lang === "en") {
    for (let k = sp.end; k <= sp.end + 2 && k < st.tokens.length; k++) {
      if (nouns?.has(st.tokens[k].key)) return true;
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(st.tokens[k].text) || inCue(st, k)) break;
    }
  }
  if (state.lang === "en" ? !!formats?.has(st.tokens[sp.end]?.key ?? "") : before >= 0 && !!formats?.has(st.tokens[before].key)) return true;
  return quotedTitle(st, sp, nouns) || documentComplement(state, st, sp, nouns);
}

/** Tokens after an English document noun within which a place may be a word of what the document is about. */
const COMPLEMENT_REACH = 15;

/**
 * English: a place after a document noun, in what the document does or is about, with no locative before it ("signed
 * a memorandum granting Ethiopia access to the sea through the port of Berbera", "an agreement on a railway to
 * Mombasa"): the document's matter, not where it was signed ("signed a memorandum in Berbera" is a venue). The
 * complement ends at a comma or at a word of time or place that opens another phrase.
 */
function documentComplement(state: ExtractState, st: SentenceState, sp: TokenSpan, nouns: Set<string> | undefined): boolean {
  // (the English prepositions of a venue, "in Doha", "at the palace"; not "to", which the locative cues also hold:
  // cues.json venuePreposition)
  const venue = state.lex.words.sets["venuePreposition.en"] ?? new Set<string>();
  const at = (k: number) => venue.has(st.tokens[k]?.key ?? "") || (st.tokens[k]?.key === "the" && venue.has(st.tokens[k - 1]?.key ?? ""));
  if (state.lang !== "en" || !nouns || at(sp.start - 1)) return false;
  for (let k = sp.start - 1; k >= Math.max(0, sp.start - COMPLEMENT_REACH); k--) {
    const w = st.tokens[k];
    if (w.punct || st.dates.some((d) => d.start <= w.start && w.start < d.end) || venue.has(w.key)) return false;
    if (nouns.has(w.key)) return true;
  }
  return false;
}

/** Tokens a quoted document title may run to. */
const TITLE_REACH = 20;

/**
 * A place inside a quoted title that opens with a document noun: 'signed the "General Agreement on Peace in
 * Narnia"', «موافقت‌نامه همکاری در بندر X»: a word of the document's name (a quotation of speech that opens
 * with the noun is rare; one that only names it further on is not read). The quotation is _quotations.quotationOf's,
 * closed by its mark after the place and no longer than a title.
 */
function quotedTitle(st: SentenceState, sp: TokenSpan, nouns: Set<string> | undefined): boolean {
  const q = quotationOf(st, sp.start);
  if (!q || q.end <= sp.end || q.end - 1 - q.start > TITLE_REACH) return false;
  if (!closedQuotation(st, q)) return false; // a quotation the splitter cut is no title
  return st.tokens.slice(q.start + 1, Math.min(q.start + 3, sp.start)).some((w) => !!nouns?.has(w.key));
}

/**
 * "The Governor of Kaduna State, Nasir El-Rufai", "the Sultan of Sokoto": an English title word and "of" before a
 * place make the place the title's, who the person is, not where anything happens.
 */
export function ofTitle(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  if (state.lang !== "en" || st.tokens[sp.start - 1]?.key !== "of") return false;
  const title = st.tokens[sp.start - 2];
  return !!title && /^\p{Lu}/u.test(title.text) && !!state.lex.words.titleWordsIn.en?.has(title.key);
}

/**
 * "the Shanghai Cooperation Organization summit": a place inside the name of an organisation the text names names
 * the body, not where anything happens; unless the organisation is itself where ("در دانشگاه زوریخ", "at the
 * University of Zurich": a locative before it).
 */
export function insideOrganization(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  return st.mentions.some((m) => {
    const o = st.spans.get(m);
    if (state.mentions[m].kind !== "organization" || !o || o.start > sp.start || sp.end > o.end || o.end - o.start <= sp.end - sp.start) return false;
    return !locativeBefore(st, o);
  });
}
