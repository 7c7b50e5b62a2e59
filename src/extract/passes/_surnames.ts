// A given name no lexicon knows before a surname the lexicon knows alone ("Loretta Lee", "حیدر علی‌اف"): one new
// name, not the lexicon's person (a helper of pass 2, 02-titles; split from _names.ts, whose name-word reading it uses).
import { lexiconPeopleNamedInFull } from "../../model.js";
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inSpan, respan, unmention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { personSlug } from "../../ids.js";
import { glued, nameRun, sayyid } from "./_names.js";
import { inWordApostrophe } from "./_name-tokens.js";
import { classOf, dayPartBeforeDay, givenName, nameLike, titleOrHonorific } from "./_name-words.js";
import { lexiconNameStartsWith } from "./_mentions.js";
import { endsArabicName } from "../../lexicon/arabic-verbs.js";
import { relativeBeforeSurname } from "./_relatives.js";
import { isCommonWord } from "../../lexicon/words.js";
import { namesakeGivenNames } from "./_given-namesakes.js";

/**
 * "Loretta Lee" is not the lexicon's Lee: an English surname the lexicon knows alone (a short form), right
 * after a capitalised word that is a name and not a common word, is the surname of someone else. The
 * two words become one name no lexicon knows. Not when the article names that lexicon person in full:
 * then it is their name misspelt ("Shavak Mirziyoyev" beside "Shavkat Mirziyoyev").
 */
export function givenNameBeforeSurname(state: ExtractState): void {
  if (state.lang !== "en") return givenNameBeforeSurnameRtl(state);
  townAfterGivenName(state);
  namesakeGivenNames(state);
  // "Adel bin Ahmed Al-Jubeir": a short form (of one word or a hyphenated one) after a nasab is named in full
  for (const { st, m, sp } of loneSurnames(state, true)) if (/^\p{Lu}/u.test(st.tokens[sp.start].text)) nasabInFullName(state, st, m, sp);
  for (const { st, m, sp } of loneSurnames(state)) {
    // (the word before, from its first syllable: "Sa'ad", "Ka-chiu")
    const b = syllablesBack(st, sp.start - 1);
    // a title's last word is no given name ("Trade Cabinet Secretary Moses Kuria")
    const titleWord = b >= 0 && titleOrHonorific(state, st.tokens[b].key);
    if (b < 0 || titleWord || !nameLike(state, st, b) || !/^\p{Lu}\p{Ll}/u.test(st.tokens[b].text)) {
      // "Moses Kuria" is not the lexicon's Moses either: a short form that starts a name going on is its given name
      const rest = nameRun(state, st, sp.end);
      const first = st.tokens[rest[0]];
      if (rest.length && /^\p{Lu}\p{Ll}/u.test(first.text) && classOf(state, first) !== "common") {
        respan(state, st, m, { start: sp.start, end: rest[rest.length - 1] + 1 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
      } else if (!surnameAfterShortForm(state, st, m, sp)) surnameThatIsAPlace(state, st, m, sp);
      continue;
    }
    // (a capitalised common word before it is a rank or a role: "Archbishop", "Cardinal")
    if (classOf(state, st.tokens[b]) === "common") {
      surnameThatIsAPlace(state, st, m, sp);
      continue;
    }
    if (st.cues.some((c) => inSpan(b, c))) continue;
    // and the syllables hyphenated after it ("John Lee Ka-chiu")
    let end = sp.end;
    while (st.owner[end] < 0 && st.tokens[end + 1]?.text === "-" && glued(st, end + 1)) end += 3;
    // and the second half of a double-barrelled surname glued to it by a hyphen ("Lidia Mbeki-Osei")
    while (st.tokens[end]?.text === "-" && glued(st, end) && st.owner[end + 1] < 0 && /^\p{Lu}\p{Ll}/u.test(st.tokens[end + 1].text)) end += 2;
    // and one more given name before it ("Pedro Silva Ramos")
    const a = b - 1;
    const more = a >= 0 && !titleOrHonorific(state, st.tokens[a].key) && nameLike(state, st, a) && /^\p{Lu}\p{Ll}/u.test(st.tokens[a].text) && classOf(state, st.tokens[a]) !== "common" && !st.cues.some((c) => inSpan(a, c));
    // and a second surname after it, as Spanish and Portuguese names have ("José Luis Rodríguez Zapatero")
    end = secondSurname(state, st, end);
    respan(state, st, m, { start: more ? a : b, end }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
  }
}

/** The first token of the word that ends at token `b`, past its glued apostrophes and hyphens ("Sa'ad", "Ka-chiu"). */
function syllablesBack(st: SentenceState, b: number): number {
  while (b >= 2 && (inWordApostrophe(st, b - 1) || (st.tokens[b - 1].text === "-" && glued(st, b - 1))) && !st.tokens[b - 2].punct) b -= 2;
  return b;
}

/**
 * "Secretary of State Barry Faure" beside President Danny Faure: a short form the lexicon knows alone (Alpha Barry's)
 * right before another person's surname read alone (Faure) is the given name of one name no lexicon knows, a namesake
 * of the person the article names in full: the two words become that name. Not when the two words end that person's
 * own name (the two surnames of "José Luis Rodríguez Zapatero").
 */
function surnameAfterShortForm(state: ExtractState, st: SentenceState, m: number, sp: TokenSpan): boolean {
  const next = st.owner[sp.end];
  const y = next >= 0 ? state.mentions[next] : undefined;
  const ysp = y ? st.spans.get(next)! : undefined;
  if (!y || !ysp || y.kind !== "person" || !y.lexiconId || y.via !== "lexicon" || y.confidence >= 0.9 || ysp.start !== sp.end || ysp.end - ysp.start !== 1) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(st.tokens[sp.start].text) || !/^\p{Lu}\p{Ll}/u.test(st.tokens[sp.end].text) || st.tokens[sp.end].start !== st.tokens[sp.start].end + 1) return false;
  // (not the two surnames of the person named in full: "Rodríguez Zapatero" for José Luis Rodríguez Zapatero)
  const entry = state.lex.people.get(personSlug(y.lexiconId));
  const both = ` ${normalizeKey(`${st.tokens[sp.start].text} ${st.tokens[sp.end].text}`)}`;
  if (entry && [entry.name, ...Object.values(entry.names).flat()].some((n) => ` ${normalizeKey(n)}`.endsWith(both))) return false;
  unmention(state, st, next);
  respan(state, st, m, { start: sp.start, end: sp.end + 1 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
  return true;
}

/**
 * The end of a name read up to a surname the lexicon knows alone, past the one or two name words right after it
 * that are no dictionary words (a second surname: "Rodríguez Zapatero", "Lagos Escobar", "Silva Ramos da Costa").
 */
function secondSurname(state: ExtractState, st: SentenceState, end: number): number {
  if (st.owner[end] >= 0 || !/^\p{Lu}\p{Ll}/u.test(st.tokens[end]?.text ?? "")) return end;
  const rest = nameRun(state, st, end);
  if (!rest.length || rest.length > 3 || rest.some((w) => /^\p{Lu}/u.test(st.tokens[w].text) && classOf(state, st.tokens[w]) === "common")) return end;
  return rest[rest.length - 1] + 1;
}

/**
 * "President Fernando Lugo", "Whitney Houston": a town's one-word name right after a capitalised English given name
 * is that person's surname (many surnames are towns: Lugo, Toledo, Faro, Houston), and the place reading goes, so
 * the title or name reading takes both words. Not a country ("Abdullah Jordan" is read by other means), and not a
 * given name that is itself the start of a lexicon name (it would be owned).
 */
function townAfterGivenName(state: ExtractState): void {
  for (const st of state.sentences) {
    for (const m of [...st.mentions]) {
      const x = state.mentions[m];
      const sp = st.spans.get(m)!;
      if (x.kind !== "place" || x.placeKind === "country" || sp.end - sp.start !== 1 || !/^\p{Lu}\p{Ll}/u.test(st.tokens[sp.start].text)) continue;
      const b = sp.start - 1;
      const tok = st.tokens[b];
      if (!tok || st.owner[b] >= 0 || tok.end !== st.tokens[sp.start].start - 1 || !/^\p{Lu}\p{Ll}/u.test(tok.text) || !givenName(state, tok)) continue;
      unmention(state, st, m);
    }
  }
}

/**
 * "Archbishop Lucas Mendoza": a short form that no given name precedes, followed by one capitalised word the
 * lexicon knows as a town or province (many surnames are: Mendoza, Toledo, Córdoba), is a given name and that
 * surname, someone no lexicon knows, with the name words that follow ("Lucas Toledo Pérez"); the place reading
 * goes. Not a country, and not when a capitalised word that is no name word follows.
 */
function surnameThatIsAPlace(state: ExtractState, st: SentenceState, m: number, sp: TokenSpan): void {
  const o = st.owner[sp.end];
  const place = o >= 0 ? state.mentions[o] : undefined;
  const psp = place && st.spans.get(o)!;
  if (!place || place.kind !== "place" || place.placeKind === "country" || !psp || psp.start !== sp.end || psp.end !== sp.end + 1) return;
  if (!/^\p{Lu}\p{Ll}/u.test(st.tokens[sp.end].text)) return;
  // what follows: nothing capitalised, a name run, or one more lexicon short form ("Lucas Toledo Ramos")
  const next = psp.end;
  const no = st.owner[next] ?? -1;
  const shortForm = no >= 0 && state.mentions[no].kind === "person" && state.mentions[no].via === "lexicon" && state.mentions[no].confidence < 0.9 && st.spans.get(no)!.end === next + 1;
  const rest = !/^\p{Lu}/u.test(st.tokens[next]?.text ?? "") ? [] : shortForm ? [next] : nameRun(state, st, next);
  if (/^\p{Lu}/u.test(st.tokens[next]?.text ?? "") && !rest.length) return;
  for (const x of shortForm ? [o, no] : [o]) unmention(state, st, x);
  respan(state, st, m, { start: sp.start, end: rest.length ? rest[rest.length - 1] + 1 : next }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
}


/**
 * The same in Persian and Arabic, where no capital marks a name: "حیدر علی‌اف" is not the lexicon's (Ilham) Aliyev
 * when the word before the surname is a known given name (a name part of the lexicon) that is not the person's
 * own (a variant spelling of it was joined by _cue-readings' givenNameVariants in pass 1).
 */
function givenNameBeforeSurnameRtl(state: ExtractState): void {
  relativeBeforeSurname(state);
  const sets = state.lex.words;
  for (const { st, m, sp } of loneSurnames(state)) {
    if (nasabInFullName(state, st, m, sp)) continue;
    const b = sp.start - 1;
    const tok = st.tokens[b];
    // "فيليب غرانت" is not the lexicon's (Pavel) Filip: a short form that a name word no dictionary knows as a
    // common word follows is the given name of someone else
    const next = st.tokens[sp.end];
    const own = st.tokens[sp.start];
    const honorific = sets.honorificWords.has(own.key) || st.cues.some((c) => c.kind === "honorific" && inSpan(sp.start, c));
    // (nor is a part of the day before a day: "الرئيس صالح صباح أمس", Saleh yesterday morning)
    if (next && !honorific && !dayPartBeforeDay(st, sp.end) && isSurnameOf(state, state.mentions[m].lexiconId, own.key) && nameLike(state, st, sp.end) && !titleOrHonorific(state, next.key) && classOf(state, next) !== "common" && !relationalAdjective(state, next)) {
      const rest = nameRun(state, st, sp.end);
      if (rest.length) {
        // and a first given name before it ("السفير خوسيه أنطونيو غارسيا": أنطونيو is also Téte António's surname)
        const first = tok && nameLike(state, st, b) && !titleOrHonorific(state, tok.key) && !facilityHead(state, tok.key) && !sets.sets.nameParticle.has(tok.key) && !st.cues.some((c) => inSpan(b, c)) && classOf(state, tok) !== "common";
        respan(state, st, m, { start: first ? b : sp.start, end: rest[rest.length - 1] + 1 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
        continue;
      }
    }
    // (nor a facility's head noun that is also a given name: «بندر شهید …», the port, not Bandar)
    if (!tok || !nameLike(state, st, b) || titleOrHonorific(state, tok.key) || prepositionNoun(st, b) || facilityHead(state, tok.key)) continue;
    // (right after an honorific, any word is the given name, as a dictionary word: "الدكتورة رانيا X", رانيا: gazing)
    const opened = st.cues.some((c) => c.kind === "honorific" && c.end === b) && isSurnameOf(state, state.mentions[m].lexiconId, own.key) && !state.lex.words.sets.functionWord.has(tok.key);
    // and one more given name before it («بيدرو سيلفا راموس»)
    const a = b - 1;
    const more = a >= 0 && nameLike(state, st, a) && classOf(state, st.tokens[a]) === "name" && !titleOrHonorific(state, st.tokens[a].key) && !sets.sets.nameParticle.has(st.tokens[a].key) && !st.cues.some((c) => inSpan(a, c));
    // (a word no dictionary knows after a given name is a name word too: «ميريام كورونيل فيرير»; not the lexicon
    // person's own given name with a variant spelling after it: «قاسم ژومارت توکایف»)
    const foreign = more && classOf(state, tok) === "unknown" && givenName(state, st.tokens[a]) && !lexiconNameStartsWith(state, state.mentions[m].lexiconId, st.tokens[a].key);
    if ((classOf(state, tok) !== "name" && !opened && !foreign) || sets.sets.nameParticle.has(tok.key)) continue;
    respan(state, st, m, { start: sayyid(state, st, more ? a : b), end: sp.end }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
  }
}

/** A facility's head noun of the article's language (cues.json words facilityHead: فرودگاه، بندر، مطار …). */
function facilityHead(state: ExtractState, key: string): boolean {
  return state.lex.words.sets[`facilityHead.${state.lang}`]?.has(key) ?? false;
}

/** «على» and the nouns it makes compound prepositions with (in honour of, on the sidelines of, at the head of, in the
 * light of, on the level of): the noun after «على» there is no given name («على شرف الضيف»: الضيف, the guest, is also
 * Mohammed Deif's short form). From the compound prepositions of Arabic grammars (Ryding, ch. 16). */
const ON = new Set(["على", "علي"].map(normalizeKey));
const ON_NOUNS = new Set(["شرف", "هامش", "رأس", "ضوء", "صعيد", "مستوى", "خلفية", "إثر", "اثر"].map(normalizeKey));
function prepositionNoun(st: SentenceState, i: number): boolean {
  return ON.has(st.tokens[i - 1]?.key ?? "") && ON_NOUNS.has(st.tokens[i]?.key ?? "");
}

/**
 * A title slot holding one word no name list knows and then a surname the lexicon knows alone: "رئيس الوزراء
 * الإسرائيلي إيهود باراك" is not the lexicon's (Tom) Barrack. The word is the given name of someone no lexicon knows,
 * and the two words are one new name, when the article does not name that lexicon person in full and the surname is
 * theirs (a last word of their names). Persian and Arabic; the word is no title or honorific word, no function word
 * or definite noun, no verb form (lexicon/arabic-verbs.ts), no noun with a possessive pronoun, and in Persian no
 * word of the dictionary.
 */
export function givenWordBeforeSurname(state: ExtractState, st: SentenceState, i: number): number | undefined {
  if (state.lang === "en") return undefined;
  const tok = st.tokens[i];
  const o = st.owner[i + 1];
  if (!tok || tok.punct || st.owner[i] >= 0 || o === undefined || o < 0 || !/[\u0600-\u06FF]/.test(tok.text)) return undefined;
  const m = state.mentions[o];
  const sp = st.spans.get(o)!;
  if (m.kind !== "person" || m.via !== "lexicon" || !m.lexiconId || m.confidence >= 0.9 || sp.start !== i + 1 || sp.end !== i + 2) return undefined;
  if (lexiconPeopleNamedInFull(state.mentions).has(m.lexiconId)) return undefined;
  if (!isSurnameOf(state, m.lexiconId, st.tokens[i + 1].key)) return undefined;
  const sets = state.lex.words;
  const k = tok.key;
  if (k.length < 3 || titleOrHonorific(state, k) || sets.sets.nameParticle.has(k) || state.lex.words.sets.functionWord.has(k)) return undefined;
  if (/^و?ال/.test(k) || st.cues.some((c) => c.start <= i && i < c.end) || st.triggers.some((t) => t.start <= i && i < t.end)) return undefined;
  // (nor the noun of a compound preposition: «على شرف الضيف», in honour of the guest; «على هامش», «على رأس»)
  if (state.lang === "ar" && prepositionNoun(st, i)) return undefined;
  // (not a perfect verb: most given names are triliteral roots that pass for one, نجم، حسن; the slot is tight)
  if (state.lang === "ar" && endsArabicName(tok.text)) return undefined;
  // Persian: a word its dictionary knows is no given name here ("معاون اول رییس جمهور کشورمان شاهد": our country),
  // unless the lexicon or the given-names lists know it; the Persian dictionary lists far fewer names than Ayaspell
  if (state.lang === "fa" && classOf(state, tok) === "common") return undefined;
  // Arabic: nor a noun with a possessive pronoun ("بلادنا", "حكومته")
  if (state.lang === "ar" && /(نا|ها|هم|ه)$/.test(k) && isCommonWord(tok.text.replace(/(نا|ها|هم|ه)$/, ""), "ar") && classOf(state, tok) !== "name") return undefined;
  respan(state, st, o, { start: sayyid(state, st, i), end: i + 2 }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
  return o;
}


/**
 * A Persian relational adjective written with its suffix after a zero-width non-joiner on a noun the dictionary
 * knows ("رودخانه‌ای": of a river, "مرز رودخانه‌ای": a river border): a common word, though the dictionary lacks the
 * derived form; not a word of a lexicon name (خامنه‌ای).
 */
export function relationalAdjective(state: ExtractState, tok: { text: string; key: string }): boolean {
  const m = /^(.{2,})\u200C(ای|ی)$/.exec(tok.text);
  return state.lang === "fa" && !!m && !state.lex.words.nameParts.has(tok.key) && isCommonWord(m[1], "fa");
}

/** Is the word the last word (a surname) of a name of the lexicon person, not their given name (دونالد)? */
function isSurnameOf(state: ExtractState, lexiconId: string | undefined, key: string): boolean {
  const entry = lexiconId ? state.lex.people.get(personSlug(lexiconId)) : undefined;
  if (!entry) return false;
  const forms = [entry.name, ...Object.values(entry.names).flat()].map((n) => normalizeKey(n).split(" ").filter(Boolean));
  return forms.some((w) => w.length > 1 && w[w.length - 1] === key) && !forms.some((w) => w.length > 1 && w[0] === key);
}

/**
 * One-word lexicon matches of a person (a short form read alone) whose full name the article does not give: the
 * candidates for "a given name no lexicon knows before a known surname". Read from a copy of each sentence's
 * mentions, so the caller may respan them.
 */
function* loneSurnames(state: ExtractState, hyphenated = false): Generator<{ st: SentenceState; m: number; sp: TokenSpan }> {
  const named = lexiconPeopleNamedInFull(state.mentions);
  for (const st of state.sentences) {
    for (const m of [...st.mentions]) {
      const x = state.mentions[m];
      const sp = st.spans.get(m)!;
      if (x.kind !== "person" || !x.lexiconId || x.confidence >= 0.9 || x.via !== "lexicon" || !sp || named.has(x.lexiconId)) continue;
      // (a surname with an apostrophe inside is one word: "O'Brien")
      const oneWord = sp.end - sp.start === 1 || (sp.end - sp.start === 3 && ((hyphenated && st.tokens[sp.start + 1].text === "-") || inWordApostrophe(st, sp.start + 1)));
      if (!oneWord) continue;
      yield { st, m, sp };
    }
  }
}

/**
 * «عادل بن أحمد الجبير», «علي بن إبراهيم النعيمي»: the Gulf press writes a full name with the father's (and
 * grandfather's) name between the given name and the family name. When the given name before that nasab and the
 * surname are the first and last words of one of the lexicon person's names, the words are that person named in
 * full, not a new "أحمد الجبير"; with another given name («خالد بن أحمد الجبير») they are one name no lexicon
 * knows, not the lexicon's person. Returns whether it respanned the mention.
 */
function nasabInFullName(state: ExtractState, st: SentenceState, m: number, sp: TokenSpan): boolean {
  const nasab = state.lex.words.sets[`nasabShort.${state.lang}`];
  if (!nasab) return false;
  // one or more "بن X" back from the surname, free words or the words of one name no lexicon knows
  const other = st.owner[sp.start - 1];
  const ownerOk = (i: number) => st.owner[i] < 0 || (st.owner[i] === other && !state.mentions[other].lexiconId && state.mentions[other].kind === "person");
  let k = sp.start - 1;
  while (k >= 2 && nasab.has(st.tokens[k - 1].key) && ownerOk(k) && ownerOk(k - 1) && !st.tokens[k].punct) k -= 2;
  if (k === sp.start - 1 || k < 0 || st.tokens[k].punct || !ownerOk(k)) return false;
  const given = st.tokens[k].key;
  const p = state.lex.people.get(personSlug(state.mentions[m].lexiconId!));
  // (the surname as written, of one token or several: "Al-Jubeir")
  const surname = normalizeKey(state.doc.article.text.slice(st.tokens[sp.start].start, st.tokens[sp.end - 1].end));
  const full = !!p && [p.name, ...Object.values(p.names).flat()].some((n) => {
    const w = normalizeKey(n);
    return w.startsWith(`${given} `) && w.endsWith(` ${surname}`);
  });
  if (other >= 0 && ownerOk(sp.start - 1)) unmention(state, st, other);
  if (full) respan(state, st, m, { start: k, end: sp.end }, { confidence: 0.95 });
  else respan(state, st, m, { start: k, end: sp.end }, { lexiconId: undefined, alternatives: undefined, via: "title", confidence: 0.6 });
  return true;
}
