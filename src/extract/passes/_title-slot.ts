// Where a name starts after a title: past a posted office's preposition and place ("السفير التركي لدى العراق X"), a
// qualifier ("for legal affairs", «للشؤون الأوروبية», «در امور آسیا»), a qualifier chain ("the mayor of Medellín,
// X"), an Arabic complement («رئيس مجلس المستشارين، X»), modifiers, honorifics and quotes. A helper of 02-titles
// (attachPerson), split from it.
import type { ExtractState, SentenceState, TitleRef, TokenSpan } from "../state.js";
import { inSpan, personAt } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { newNameAfter } from "./_names.js";
import { givenWordBeforeSurname } from "./_surnames.js";
import { givenNameOverWeak, placeAsGivenName, shortFamilyName } from "./_foreign-names.js";
import { arabicComplementEnd, endsInConstruct } from "./_complement.js";
import { portfolioEnd } from "./_portfolio.js";

const HOST_COUNTRY = normalizeKey("البلاد");

/**
 * Where the name starts after a posted office: "السفير التركي لدى العراق X", "سفیر ایران در باکو، X",
 * "Ambassador to Iraq X" — past the preposition and the place or body it names.
 */
export function postedAt(state: ExtractState, st: SentenceState, t: TitleRef, i: number): number {
  if (!state.lex.offices.get(t.office)?.posted || !state.lex.words.sets.postedAt.has(st.tokens[i]?.key ?? "")) return i;
  // "لدى البلاد": to this country, the one the report is written in
  if (st.tokens[i + 1]?.key === HOST_COUNTRY && st.owner[i + 1] < 0) return i + 2;
  const o = st.owner[i + 1];
  if (o === undefined || o < 0 || st.spans.get(o)!.start !== i + 1) return i;
  const kind = state.mentions[o].kind;
  return kind === "place" || kind === "organization" ? st.spans.get(o)!.end : i;
}

/**
 * The end of a qualifier of the title, where the name starts: "for legal affairs" / "for Asia and the
 * Pacific", "للشؤون الأوروبية" / "لشؤون الخليج", "در امور آسیا" / "امور اقتصادی" (a few words, ending before a
 * comma or the name). Without a qualifier, `i` itself.
 */
export function qualifierEnd(state: ExtractState, st: SentenceState, i: number): number {
  const key = (k: number) => st.tokens[k]?.key ?? "";
  const affairs = state.lex.words.sets.affairs;
  let j = -1;
  if (state.lang === "en") {
    // "for … affairs", or "for <Region>" closed by a comma
    // "for the Economy X", "of Economy, Trade and Industry X": a portfolio written out, up to the name
    const portfolio = portfolioEnd(state, st, i);
    if (portfolio > i) return portfolio;
    if (key(i) !== "for") return i;
    for (let k = i + 1; k <= i + 5 && k < st.tokens.length; k++) {
      if (affairs.has(key(k))) {
        j = k + 1;
        break;
      }
      if (st.tokens[k].punct) {
        j = k > i + 1 && /^[,،]$/.test(st.tokens[k].text) ? k : -1;
        break;
      }
    }
  } else if (affairs.has(key(i)) && st.tokens[i + 1]) j = i + 2; // للشؤون / امور + its adjective or noun
  else if (state.lex.words.sets.postedAt.has(key(i)) && affairs.has(key(i + 1)) && st.tokens[i + 2]) j = i + 3; // در امور + its noun
  return j > i && j <= st.tokens.length ? j : i;
}

const CHAIN_LINKS = new Set(["of", "for", "to", "the", "in", "في", "لدى", "در", "به", "امور"].map((w) => normalizeKey(w)));

/** A name past the qualifier chain of a posted office (envoy, ambassador, coordinator). */
export function afterChain(state: ExtractState, st: SentenceState, t: TitleRef, a: number): number | undefined {
  if (!state.lex.offices.get(t.office)?.posted) return undefined;
  const c = pastQualifierChain(state, st, a);
  if (c === a) return undefined;
  const at = personAt(state, st, c);
  return at !== undefined && st.spans.get(at)!.start === c ? at : newNameAfter(state, st, c, true);
}

/** Arabic: a known person or a new name (read strictly, or a given word before a lexicon surname) past the title's complement ("رئيس مجلس المستشارين، X", "محافظ نينوى X الجبوري"). */
export function afterComplement(state: ExtractState, st: SentenceState, t: TitleRef, a: number): number | undefined {
  let c = arabicComplementEnd(state, st, a, !!state.lex.offices.get(t.office)?.posted, a === t.phraseEnd && endsInConstruct(state, st, t.phraseEnd));
  if (c === a) return undefined;
  // (a title modifier after the complement, before the name: "مدير البنك المركزي بالوكالة X", offices.json modifiers)
  while (c < st.tokens.length && st.owner[c] < 0 && state.lex.words.sets.titleModifier.has(st.tokens[c].key)) c++;
  // (the complement ran past a place that is the name's given name: "وزيرة التخطيط … ماري قعوار")
  if (c - 1 > a && placeAsGivenName(state, st, c - 1)) c--;
  // (a family name written like a function word the complement ran past, or stopped at: "… الصيني هو تشون هوا")
  const short = shortFamilyName(state, st, c) ?? (c - 1 > a ? shortFamilyName(state, st, c - 1) : undefined);
  if (short !== undefined) return short;
  // (and a given name read as another person's short form, with the family name after it: "وزير الاستثمار خالد الفالح")
  const over = givenNameOverWeak(state, st, c);
  if (over !== undefined) return over;
  const at = personAt(state, st, c);
  return at !== undefined && st.spans.get(at)!.start === c ? at : (newNameAfter(state, st, c, true) ?? givenWordBeforeSurname(state, st, c));
}

/** English: a name (read strictly) after the title's "of" chain and a comma: "the mayor of Medellín, Federico Gutiérrez". */
export function afterOfChain(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang !== "en" || st.tokens[a]?.key !== "of") return undefined;
  const c = pastQualifierChain(state, st, a, true);
  if (c === a || st.tokens[c]?.text !== ",") return undefined;
  // (past the honorifics after the comma: "the President of Ruritania, H.E. Mr. X")
  let d = c + 1;
  for (let h = honorificAt(st, d); h; h = honorificAt(st, d)) d = h.end;
  const at = personAt(state, st, d);
  return at !== undefined && st.spans.get(at)!.start === d ? at : newNameAfter(state, st, d, true);
}

/** The honorific cue that starts at token i, if any. */
export function honorificAt(st: SentenceState, i: number): TokenSpan | undefined {
  return st.cues.find((c) => c.kind === "honorific" && c.start === i);
}

/**
 * The end of a chain of qualifiers after a title, where a name may start: words with the preposition ل
 * ("للأمين العام"), organisations and places ("للأمم المتحدة", "في لبنان"), other titles, and the linking
 * words of, for, to, the, في، لدى، در, up to eight tokens. `i` itself when there is no chain.
 */
function pastQualifierChain(state: ExtractState, st: SentenceState, i: number, comma = false): number {
  const LINKS = CHAIN_LINKS;
  let j = i;
  let afterPrep = false;
  while (j < st.tokens.length && j - i < 8) {
    const tok = st.tokens[j];
    const o = st.owner[j];
    const owned = o >= 0 && (state.mentions[o].kind === "organization" || state.mentions[o].kind === "place");
    const title = st.titles.some((x) => inSpan(j, x));
    const prep = state.lang === "ar" && /^لل?/.test(tok.key) && tok.key.length > 3 && o < 0;
    // a body's acronym: "Managing Director of the KOTRA Anna Lindqvist"
    const acronym = state.lang === "en" && o < 0 && /^[A-Z][A-Z0-9&]{1,7}$/.test(tok.text) && j > i;
    // a place or body no lexicon knows, before the comma of an English apposition: "the mayor of Medellín, X"
    const unknownName = comma && o < 0 && /^\p{Lu}/u.test(tok.text) && j > i;
    // the noun's adjective after a ل-word: "للأمين العام"
    const adjective = afterPrep && state.lang === "ar" && /^ال/.test(tok.key) && o < 0;
    if (!(owned || title || prep || adjective || acronym || unknownName || LINKS.has(tok.key))) break;
    afterPrep = prep;
    j++;
  }
  return j > i + 1 ? j : i;
}

export function skippable(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok) return false;
  if (tok.punct && /^[«"“(،,:]$/.test(tok.text)) return true;
  // a modifier after the title, before the name: "وزير الخارجية المكلف X", "وزیر خارجه پیشین X" (not one right before
  // «بن»: a given name, «الدكتور مساعد بن محمد X»)
  const given = state.lex.words.sets.nasabShort.has(st.tokens[i + 1]?.key ?? "");
  if (state.lang !== "en" && st.owner[i] < 0 && state.lex.words.sets.titleModifier.has(tok.key) && !given) return true;
  return st.cues.some((c) => c.kind === "honorific" && inSpan(i, c));
}

const EACH = new Set(["كلا", "كل"].map((w) => normalizeKey(w)));
const FROM = normalizeKey("من");

/**
 * Arabic: a title whose name is not after it, though a name follows — it stands alone (a reference 03 resolves):
 * - another title of the same office opens right after it, the object's ("التقى الرئيس الصيني الرئيسَ X": X is the
 *   other president; "استقبل وزير الخارجية السعودي وزيرَ الخارجية الأردني X"); a stack of one person's offices
 *   («ولي العهد رئيس مجلس الوزراء الأمير X») names each office once;
 * - «كلا من» / «كلاً من» (each of) opens the list of those the title's holder met ("التقى الرئيس الصيني كلاً من X وY");
 * - «في» before an event noun opens the predicate («كان ولي العهد السعودي في استقبال الرئيس X»);
 * - another title opens right after it and the name after that one holds offices of other countries only («التقى ولي
 *   العهد السعودي الرئيس زيلينسكي»).
 */
export function titleStandsAlone(state: ExtractState, st: SentenceState, t: TitleRef, a: number): boolean {
  if (state.lang !== "ar") return false;
  if (EACH.has(st.tokens[a]?.key ?? "") && st.tokens[a + 1]?.key === FROM && st.owner[a] < 0) return true;
  // «كان ولي العهد السعودي في استقبال الرئيس X»: a preposition before an event noun opens the predicate, no complement
  if (st.tokens[a]?.key === IN && st.triggers.some((x) => x.start === a + 1) && !state.lex.offices.get(t.office)?.posted) return true;
  const next = st.titles.find((o) => o !== t && o.form === "title" && o.start === a && st.owner[a] < 0);
  if (!next) return false;
  if (next.office === t.office) return true;
  // «التقى ولي العهد السعودي الرئيس X»: the name after the next title is a known holder of offices of other countries only
  const o = personAt(state, st, next.phraseEnd);
  const id = o === undefined ? undefined : state.mentions[o].lexiconId;
  const offices = id ? state.lex.people.get(id.replace(/^person\//, ""))?.offices : undefined;
  const country = t.country?.replace(/^place\//, "");
  return !!country && !!offices?.length && offices.every((x) => !!x.country && x.country !== country);
}
const IN = normalizeKey("في");
