// Pass 2: titles, roles, and names that no lexicon knows.
//
// An office title ("وزیر امور خارجه", "وزير الخارجية", "foreign minister") is read with the country
// next to it (a country name or adjective: "سوریه", "السوري", "Syrian", "Russia's") and attached to
// the person beside it: after it ("الرئيس الروسي فلاديمير بوتين"), or before it in apposition
// ("اسعد الشیبانی وزیر امور خارجه سوریه"). Each attachment is a role claim of this article.
// When no known person is beside a title, the words after it are taken as a new name if they look
// like one (2–3 name-like words, or a single name in «»). A title with no one beside it is kept as a
// reference ("the Russian president") for pass 3.
import type { ExtractState, SentenceState, TitleRef, TokenSpan } from "../state.js";
import { charSpan, inSpan, unmention } from "../state.js";
import { normalizeKey } from "../../text/normalize.js";
import { addMinistry, bareMinistries, institutionsInTitles } from "./_institutions.js";
import { newNameAfter, newNameBefore } from "./_names.js";
import { classOf, givenName, nameLike } from "./_name-words.js";
import { nasabOpener } from "./_arabic-names.js";
import { bodyChiefTitles } from "./_body-chiefs.js";
import { givenNameBeforeSurname, givenWordBeforeSurname } from "./_surnames.js";
import { longerNamesOverGivenForms } from "./_given-name-forms.js";
import { echoNewNames } from "./_echoes.js";
import { namesAfterGroup } from "./_name-lists.js";
import { namesAfterHeadedBy, namesBesideDescriptors } from "./_descriptors.js";
import { bareNames } from "./_bare-names.js";
import { namesAfterRoles } from "./_roles.js";
import { coordinatedNames } from "./_coordinated-names.js";
import { foreignNameAt, givenNameOverWeak, nameOverWeakBefore, placeAsGivenName, shortFamilyName, weakInsideName } from "./_foreign-names.js";
import { arabicComplementEnd, endsInConstruct } from "./_complement.js";
import { portfolioEnd } from "./_portfolio.js";
import { readCountry } from "./_title-country.js";
import { countryHeadTitles } from "./_country-heads.js";
import { chainTitles, complementAhead } from "./_title-chains.js";
import { gluedConjunct } from "./_conjunct-names.js";
import { surnameAfterTitle } from "./_titled-surnames.js";
import { quotedNicknames } from "./_nicknames.js";
import { coordinatedTitleOfAnother } from "./_coordinated-titles.js";

export function findTitles(state: ExtractState): void {
  longerNamesOverGivenForms(state); // «محمد یونس قانونی»: not the lexicon's Muhammad Yunus
  givenNameBeforeSurname(state);
  for (const st of state.sentences) {
    for (const m of state.lex.titleMatcher.findAll(st.tokens, { proclitics: true })) {
      if (overlapsMention(state, st, m) || givenNameTitle(state, st, m)) continue;
      const hit = m.values.find((v) => v.form === "title") ?? m.values[0];
      const t: TitleRef = { start: m.start, end: m.end, office: hit.office, form: hit.form, phraseEnd: m.end };
      readCountry(state, st, t);
      st.titles.push(t);
      portfolioRegions(state, st, t);
    }
    for (const t of countryHeadTitles(state, st)) {
      readCountry(state, st, t);
      st.titles.push(t);
    }
    const chiefs = chainTitles(state, st, bodyChiefTitles(state, st));
    st.titles.push(...chiefs);
    st.titles.sort((a, b) => a.start - b.start);
    for (const t of st.titles) if (t.form === "ministry" && t.country) ministry(state, st, t);
    for (const t of st.titles) {
      if (t.form !== "title") continue;
      attachPerson(state, st, t);
    }
    // a body's chief with no one beside it is no reference to follow ("رئيس الشركة" alone): only a name slot
    if (chiefs.some((t) => t.person === undefined)) st.titles = st.titles.filter((t) => !chiefs.includes(t) || t.person !== undefined);
    afterHonorifics(state, st);
    namesAfterGroup(state, st);
    namesBesideDescriptors(state, st);
    namesAfterHeadedBy(state, st);
    namesAfterRoles(state, st);
    bareNames(state, st);
    coordinatedNames(state, st);
    institutionsInTitles(state, st);
    quotedNicknames(state, st);
  }
  bareMinistries(state);
  echoNewNames(state);
}

/**
 * "Minister for Europe and Foreign Affairs", "وزير أوروبا والشؤون الخارجية": a continent or region inside the
 * words of an office's title is its portfolio, no place the text mentions (a site stays: "سخنگوی کرملین").
 */
function portfolioRegions(state: ExtractState, st: SentenceState, t: TitleRef): void {
  for (const o of [...st.mentions]) {
    const m = state.mentions[o];
    const sp = st.spans.get(o)!;
    if (m.kind === "place" && REGION_KINDS.has(m.placeKind ?? "") && sp.start >= t.start && sp.end <= t.end) unmention(state, st, o);
  }
}
const REGION_KINDS = new Set(["continent", "region", "area"]);

/**
 * A one-word title without the article, right before "بن" / "bin", is a given name: "الدكتور سلطان بن أحمد الجابر",
 * "Sultan bin Ahmed Al Jaber" (the ruler is "السلطان X بن Y", "Sultan Qaboos bin Said": a name between).
 */
function givenNameTitle(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  if (sp.end - sp.start !== 1 || !state.lex.words.sets.nasabShort.has(st.tokens[sp.end]?.key ?? "") /* the nasab particle, "son of" */) return false;
  const key = st.tokens[sp.start].key;
  return !/^(و|ف)?ال/.test(key);
}

/** "وزارت امور خارجه روسیه", "وزارة الخارجية السورية": the ministry of that country, an organisation. */
function ministry(state: ExtractState, st: SentenceState, t: TitleRef): void {
  addMinistry(state, st, { start: t.start, end: t.phraseEnd }, t.office, t.country!, 0.8, t.countrySpan);
}

/** Persons and organisations win over titles; a title may contain a place ("سخنگوی کرملین") or a body's whole name. */
function overlapsMention(state: ExtractState, st: SentenceState, sp: TokenSpan): boolean {
  for (let i = sp.start; i < sp.end; i++) {
    const o = st.owner[i];
    if (o < 0 || state.mentions[o].kind === "place") continue;
    // a body named inside a longer title is the title's ("United Nations special envoy", "فرستاده ویژه سازمان ملل")
    const m = st.spans.get(o)!;
    if (state.mentions[o].kind === "organization" && m.start >= sp.start && m.end <= sp.end && m.end - m.start < sp.end - sp.start) continue;
    return true;
  }
  return false;
}

const HOST_COUNTRY = normalizeKey("البلاد");

/**
 * Where the name starts after a posted office: "السفير التركي لدى العراق X", "سفیر ایران در باکو، X",
 * "Ambassador to Iraq X" — past the preposition and the place or body it names.
 */
function postedAt(state: ExtractState, st: SentenceState, t: TitleRef, i: number): number {
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
function qualifierEnd(state: ExtractState, st: SentenceState, i: number): number {
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
function afterChain(state: ExtractState, st: SentenceState, t: TitleRef, a: number): number | undefined {
  if (!state.lex.offices.get(t.office)?.posted) return undefined;
  const c = pastQualifierChain(state, st, a);
  if (c === a) return undefined;
  const at = personAt(state, st, c);
  return at !== undefined && st.spans.get(at)!.start === c ? at : newNameAfter(state, st, c, true);
}

/** Arabic: a known person or a new name (read strictly, or a given word before a lexicon surname) past the title's complement ("رئيس مجلس المستشارين، X", "محافظ نينوى X الجبوري"). */
function afterComplement(state: ExtractState, st: SentenceState, t: TitleRef, a: number): number | undefined {
  let c = arabicComplementEnd(state, st, a, !!state.lex.offices.get(t.office)?.posted, a === t.phraseEnd && endsInConstruct(state, st, t.phraseEnd));
  if (c === a) return undefined;
  // (the complement ran past a place that is the name's given name: "وزيرة التخطيط … ماري قعوار")
  if (c - 1 > a && placeAsGivenName(state, st, c - 1)) c--;
  // (a family name written like a function word the complement ran past, or stopped at: "… الصيني هو تشون هوا")
  const short = shortFamilyName(state, st, c) ?? (c - 1 > a ? shortFamilyName(state, st, c - 1) : undefined);
  if (short !== undefined) return short;
  const at = personAt(state, st, c);
  return at !== undefined && st.spans.get(at)!.start === c ? at : (newNameAfter(state, st, c, true) ?? givenWordBeforeSurname(state, st, c));
}

/** English: a name (read strictly) after the title's "of" chain and a comma: "the mayor of Medellín, Federico Gutiérrez". */
function afterOfChain(state: ExtractState, st: SentenceState, a: number): number | undefined {
  if (state.lang !== "en" || st.tokens[a]?.key !== "of") return undefined;
  const c = pastQualifierChain(state, st, a, true);
  if (c === a || st.tokens[c]?.text !== ",") return undefined;
  const at = personAt(state, st, c + 1);
  return at !== undefined && st.spans.get(at)!.start === c + 1 ? at : newNameAfter(state, st, c + 1, true);
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
    // a body's acronym: "Executive Director of the HKTDC Margaret Fong"
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

function skippable(state: ExtractState, st: SentenceState, i: number): boolean {
  const tok = st.tokens[i];
  if (!tok) return false;
  if (tok.punct && /^[«"“(،,:]$/.test(tok.text)) return true;
  // a modifier after the title, before the name: "وزير الخارجية المكلف X", "وزیر خارجه پیشین X"
  if (state.lang !== "en" && st.owner[i] < 0 && state.lex.words.sets.titleModifier.has(tok.key)) return true;
  return st.cues.some((c) => c.kind === "honorific" && inSpan(i, c));
}

function personAt(state: ExtractState, st: SentenceState, i: number): number | undefined {
  const o = st.owner[i];
  return o >= 0 && state.mentions[o].kind === "person" ? o : undefined;
}

function attachPerson(state: ExtractState, st: SentenceState, t: TitleRef): void {
  // after: title [country] [honorific|«|,] NAME
  let a = qualifierEnd(state, st, postedAt(state, st, t, t.phraseEnd));
  for (let k = 0; k < 3 && skippable(state, st, a) && st.owner[a] < 0; k++) a++;
  // a name written a syllable a word over weak short forms of other people ("السفير الكوري كيم يونغ هو")
  // (and a given name read as another person's short form, with the surname after it: "المبعوث الأمريكي أنتوني ليك")
  placeAsGivenName(state, st, a);
  // (and a family name written like a function word before foreign syllables: "الصيني هو تشون …")
  foreignNameAt(state, st, a) ?? givenNameOverWeak(state, st, a) ?? weakInsideName(state, st, a) ?? shortFamilyName(state, st, a);
  const after = personAt(state, st, a);
  // (not a name behind a preposition glued to it: "التقت الوزيرة بعباس …" met him, she is not his title)
  const afterOk = after !== undefined && st.spans.get(after)!.start === a && !(state.lang === "ar" && state.mentions[after].start > st.tokens[a].start);
  // before: NAME [,] title — the name must end right before the title
  let b = t.start - 1;
  while (b >= 0 && st.tokens[b].punct && /^[،,»"”)]$/.test(st.tokens[b].text)) b--;
  const beforeP = b >= 0 ? personAt(state, st, b) : undefined;
  const beforeOk = beforeP !== undefined && st.spans.get(beforeP)!.end === b + 1 && !st.titles.some((o) => o !== t && o.person === beforeP);
  // Persian puts the name before its title ("امانوئل مکرون رئیس جمهور فرانسه"), the others after it:
  // "استقبل X المنسق الخاص … Y" gives the title to Y, not to the X before it
  // (no name starts at a word behind ل that goes on with a definite title's complement: "X الرئيس التنفيذي لسيمنز")
  const atA = () => (complementAhead(state, st, t, a) ? undefined : (newNameAfter(state, st, a) ?? givenWordBeforeSurname(state, st, a) ?? surnameAfterTitle(state, st, t, a)));
  const newAfter = () => atA() ?? afterChain(state, st, t, a) ?? afterComplement(state, st, t, a) ?? afterOfChain(state, st, a);
  const before = () => (beforeOk ? beforeP : newNameBefore(state, st, ordinalBefore(state, st, t.start)) ?? nameOverWeakBefore(state, st, t.start) ?? appositionBefore(state, st, t));
  let person: number | undefined;
  if (afterOk && beforeOk) person = state.lang === "fa" ? beforeP : after;
  else if (afterOk) person = after;
  else person = state.lang === "fa" ? (before() ?? newAfter()) : (newAfter() ?? before());
  // "X وزيرة … وY رئيس …": a new name after the title with و glued to it is the next person, the title X's
  if (person !== undefined && !afterOk && gluedConjunct(state, st, person)) person = before();
  // "جلالة الملك والرئيس X": the name after the second title is not the king
  if (person !== undefined && !afterOk && coordinatedTitleOfAnother(state, st, t, person)) return;
  if (person === undefined) return;
  t.person = person;
  const { start, end } = charSpan(st, { start: Math.min(t.start, st.spans.get(person)!.start), end: Math.max(t.phraseEnd, st.spans.get(person)!.end) });
  state.roles.push({
    person,
    office: t.office,
    country: t.country,
    date: { date: state.publishedAt ?? null, precision: state.publishedAt ? "day" : null, basis: state.publishedAt ? "publication" : "unknown" },
    evidence: { sentence: st.s.text, sentenceIndex: st.s.index, start, end },
    confidence: 0.8,
  });
}

/** Persian ordinals and superlatives (نخستین، اولین، دومین، آخرین، بزرگ‌ترین), keys without ZWNJ. */
const FA_ORDINAL = /^(نخستین|اولین|آخرین|واپسین|(دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم)ین|..+ترین)$/;

/** "X نخستین وزیر خارجه …" (X is the first foreign minister …): the ordinal is the title's, so the name ends before it. */
function ordinalBefore(state: ExtractState, st: SentenceState, start: number): number {
  const b = start - 1;
  return state.lang === "fa" && b > 0 && st.owner[b] < 0 && FA_ORDINAL.test(st.tokens[b].key.replace(/\u200C/g, "")) ? b : start;
}

/**
 * English apposition: "Scarleth Romero, the Honduran Ambassador to Venezuela", "Vikas Swarup, the Foreign
 * Office Spokesman": a new name before a comma, "the", and the title with its country or organisation.
 */
function appositionBefore(state: ExtractState, st: SentenceState, t: TitleRef): number | undefined {
  if (state.lang !== "en") return undefined;
  let b = t.countrySpan && t.countrySpan.end <= t.start ? Math.min(t.start, t.countrySpan.start) : t.start;
  const o = st.owner[b - 1];
  if (o !== undefined && o >= 0 && state.mentions[o].kind === "organization") b = st.spans.get(o)!.start;
  const body = st.titles.find((x) => x.form === "ministry" && x.end === b);
  if (body) b = body.start;
  return b === t.start ? undefined : newNameBefore(state, st, b);
}

/**
 * "Sheikh Fahad Yusuf Al-Sabah", "Sheikh Dr. Meshal …", "الشيخ مالك الشعار", "الدكتور الشيخ ماهر …": a new
 * name right after a chain of honorifics that is no office title, two name-like words at least.
 */
function afterHonorifics(state: ExtractState, st: SentenceState): void {
  const honorificAt = (i: number) => st.cues.find((c) => c.kind === "honorific" && c.start === i && !st.titles.some((t) => inSpan(i, t)));
  for (const c of st.cues) {
    if (c.kind !== "honorific" || honorificAt(c.start) !== c || honorificAt(c.start - 1)) continue;
    let i = c.end;
    for (let h = honorificAt(i); h || st.tokens[i]?.text === "."; h = honorificAt(i)) i = h ? h.end : i + 1;
    if (i >= st.tokens.length || st.owner[i] >= 0) continue;
    // (the father's honorific inside a name, "X ولد الشيخ Y": the name starts at X)
    const opener = nasabOpener(state, st, c.start, (k) => nameLike(state, st, k) && classOf(state, st.tokens[k]) !== "common", (k) => givenName(state, st.tokens[k]));
    newNameAfter(state, st, opener ?? i, true);
  }
}
