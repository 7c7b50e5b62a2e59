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
import { addRole, inSpan, personAt, unmention } from "../state.js";
import { addMinistry, bareMinistries, institutionsInTitles } from "./_institutions.js";
import { newNameAfter } from "./_names.js";
import { newNameBefore } from "./_names-before.js";
import { classOf, givenName, nameLike } from "./_name-words.js";
import { nasabOpener } from "./_arabic-names.js";
import { bodyChiefTitles } from "./_body-chiefs.js";
import { givenNameBeforeSurname, givenWordBeforeSurname } from "./_surnames.js";
import { longerNamesOverGivenForms, longerNamesOverStaleShortForms } from "./_given-name-forms.js";
import { echoNewNames } from "./_echoes.js";
import { formerTitle } from "./_former-titles.js";
import { namesAfterGroup } from "./_name-lists.js";
import { distributiveTitles } from "./_distributive-titles.js";
import { namesAfterHeadedBy, namesBesideDescriptors } from "./_descriptors.js";
import { namesBeforeAffiliation } from "./_affiliated-names.js";
import { spelledInitials } from "./_spelled-initials.js";
import { holderSpelledBefore } from "./_holder-spellings.js";
import { bareNames } from "./_bare-names.js";
import { namesAfterRoles } from "./_roles.js";
import { coordinatedNames } from "./_coordinated-names.js";
import { familyNameBeforeSyllables, foreignNameAt, givenNameOverWeak, nameOverWeakBefore, placeAsGivenName, shortFamilyName, weakInsideName } from "./_foreign-names.js";
import { readCountry } from "./_title-country.js";
import { noteTitleProclitic, titleBehindPreposition } from "./_title-proclitic.js";
import { notTheStyled, styleCountry } from "./_styles.js";
import { countryHeadTitles } from "./_country-heads.js";
import { chainTitles, complementAhead } from "./_title-chains.js";
import { gluedConjunct } from "./_conjunct-names.js";
import { surnameAfterHonorific, surnameAfterTitle } from "./_titled-surnames.js";
import { quotedNicknames } from "./_nicknames.js";
import { coordinatedTitleOfAnother } from "./_coordinated-titles.js";
import { afterChain, afterComplement, afterOfChain, honorificAt, postedAt, qualifierEnd, skippable, titleStandsAlone } from "./_title-slot.js";

export function findTitles(state: ExtractState): void {
  longerNamesOverGivenForms(state); // «محمد یونس قانونی»: not the lexicon's Muhammad Yunus
  longerNamesOverStaleShortForms(state); // «عبدالناصر همتی» in 2021: not Nasser
  givenNameBeforeSurname(state);
  for (const st of state.sentences) {
    for (const m of state.lex.titleMatcher.findAll(st.tokens, { proclitics: true, lang: state.lang })) {
      if (overlapsMention(state, st, m) || givenNameTitle(state, st, m)) continue;
      const hit = regnalNarrower(state, m.values) ?? m.values.find((v) => v.form === "title") ?? m.values[0];
      const t: TitleRef = { start: m.start, end: m.end, office: hit.office, form: hit.form, phraseEnd: m.end };
      noteTitleProclitic(t, m.proclitic);
      readCountry(state, st, t);
      styleCountry(state, st, t);
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
    distributiveTitles(state, st); // «رؤساء فنزويلا A وتشيلي B»: each the president of the country before
    namesBesideDescriptors(state, st);
    namesBeforeAffiliation(state, st); // «B از گروه X»: a list's person named by their side
    namesAfterHeadedBy(state, st);
    namesAfterRoles(state, st);
    bareNames(state, st);
    coordinatedNames(state, st);
    institutionsInTitles(state, st);
    quotedNicknames(state, st);
    familyNameBeforeSyllables(state, st);
    spelledInitials(state, st); // «ام جی اکبر»: initials spelt as letter names
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
 * "Queen" is a title of the monarch's office (a queen regnant) and of the queen's own (offices.json `parent`): a
 * monarch's word that names both a regnal office and a regnal office under it is the narrower one, so "Queen
 * Camilla" is no second holder of "the King".
 */
function regnalNarrower<V extends { form: string; office: string }>(state: ExtractState, values: V[]): V | undefined {
  const titles = values.filter((v) => v.form === "title");
  const regnal = (o: string) => !!state.lex.offices.get(o)?.regnal;
  return titles.find((v) => regnal(v.office) && titles.some((w) => w !== v && regnal(w.office) && state.lex.offices.get(v.office)?.parent === w.office));
}

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

function attachPerson(state: ExtractState, st: SentenceState, t: TitleRef): void {
  // after: title [country] [honorific|«|,] NAME
  let a = qualifierEnd(state, st, postedAt(state, st, t, t.phraseEnd));
  // (an honorific as a whole: "H.E." is four tokens)
  for (let k = 0; k < 3 && skippable(state, st, a) && st.owner[a] < 0; k++) a = honorificAt(st, a)?.end ?? a + 1;
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
  // (not behind a preposition glued to the title: "التقى X بالرئيس الجزائري" met him, `_title-proclitic`)
  const beforeOk = beforeP !== undefined && st.spans.get(beforeP)!.end === b + 1 && !st.titles.some((o) => o !== t && o.person === beforeP) && !titleBehindPreposition(t);
  // Persian puts the name before its title ("امانوئل مکرون رئیس جمهور فرانسه"), the others after it:
  // "استقبل X المنسق الخاص … Y" gives the title to Y, not to the X before it
  // (no name starts at a word behind ل that goes on with a definite title's complement: "X الرئيس التنفيذي لسيمنز")
  const atA = () => (complementAhead(state, st, t, a) ? undefined : (newNameAfter(state, st, a) ?? givenWordBeforeSurname(state, st, a) ?? surnameAfterTitle(state, st, t, a)));
  const newAfter = () => atA() ?? afterChain(state, st, t, a) ?? afterComplement(state, st, t, a) ?? afterOfChain(state, st, a);
  const before = () => (beforeOk ? beforeP : newNameBefore(state, st, ordinalBefore(state, st, t.start)) ?? holderSpelledBefore(state, st, t) ?? nameOverWeakBefore(state, st, t.start) ?? appositionBefore(state, st, t));
  let person: number | undefined;
  // an Arabic title in the indefinite accusative says in what office («أدى X اليمين الدستورية رئيسا لجمهورية …»,
  // «عُيّن X وزيرا للخارجية»): it is no apposition, so no new name is read beside it
  if (circumstantial(st, t)) person = afterOk ? after : beforeOk ? beforeP : undefined;
  // (the name after it is another title's, or opens a list of whom its holder met: it stands alone, `titleStandsAlone`)
  else if (titleStandsAlone(state, st, t, a)) person = beforeOk ? beforeP : undefined;
  else if (afterOk && beforeOk) person = state.lang === "fa" ? beforeP : after;
  // (Persian puts the name first: a holder spelt otherwise before the title is its person, not the next item's name)
  // (and a lone title in a list, «…، رئیس جمهور ترکمنستان، A، صدراعظم …»: the next name has its own title after it)
  else if (afterOk) person = state.lang === "fa" ? (holderSpelledBefore(state, st, t) ?? (ownTitleAfter(st, t, after) ? undefined : after)) : after;
  else person = state.lang === "fa" ? (before() ?? newAfter()) : (newAfter() ?? before());
  // (a new name read after a lone Persian title that has its own title after it stays a name, not this title's)
  if (person !== undefined && !afterOk && state.lang === "fa" && ownTitleAfter(st, t, person)) return;
  // "X وزيرة … وY رئيس …": a new name after the title with و glued to it is the next person, the title X's
  if (person !== undefined && !afterOk && gluedConjunct(state, st, person)) person = before();
  // "جلالة الملك والرئيس X": the name after the second title is not the king
  if (person !== undefined && !afterOk && coordinatedTitleOfAnother(state, st, t, person)) return;
  // «شاهنشاه آریامهر، ژنرال X»: a style is not given to a lexicon person who never held its office (`_styles`)
  if (person === undefined || notTheStyled(state, t, person)) return;
  t.person = person;
  const sp = { start: Math.min(t.start, st.spans.get(person)!.start), end: Math.max(t.phraseEnd, st.spans.get(person)!.end) };
  addRole(state, st, sp, { person, office: t.office, country: t.country, confidence: 0.8, ...(formerTitle(state, st, t) ? { former: true } : {}) });
}


/**
 * A Persian name set off by a comma after title `t` with a title of its own right after it («…، رئیس جمهور ترکمنستان،
 * A، صدراعظم …»): the next item of a list, no name for `t` ("رئیس جمهور غنی، …", no comma, is the title's own).
 */
function ownTitleAfter(st: SentenceState, t: TitleRef, person: number): boolean {
  const sp = st.spans.get(person)!;
  if (!/^[،,]$/.test(st.tokens[sp.start - 1]?.text ?? "") || sp.start - 1 < t.phraseEnd) return false;
  let k = sp.end;
  if (/^[،,]$/.test(st.tokens[k]?.text ?? "")) k++;
  return st.titles.some((o) => o !== t && o.form === "title" && o.start === k);
}

/**
 * An Arabic title word in the indefinite accusative, a circumstantial or a predicate («رئيسا لجمهورية الصومال»,
 * «وزيرا للخارجية»): no article, a final alif, and a complement behind ل right after it (the dual in construct,
 * «وزيرا خارجية البلدين», takes its complement with no ل).
 */
function circumstantial(st: SentenceState, t: TitleRef): boolean {
  const w = st.tokens[t.start]?.text ?? "";
  const next = st.tokens[t.start + 1]?.text ?? "";
  return /^[\u0600-\u06ff]+(ا|اً|ًا)$/.test(w) && !/^(ال|وال|بال|لل)/.test(w) && /^ل[\u0600-\u06ff]{2,}/.test(next);
}

/** Persian ordinals and superlatives (نخستین، اولین، دومین، آخرین، بزرگ‌ترین), keys without ZWNJ. */
const FA_ORDINAL = /^(نخستین|اولین|آخرین|واپسین|(دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم)ین|..+ترین)$/;

/** "X نخستین وزیر خارجه …" (X is the first foreign minister …): the ordinal is the title's, so the name ends before it. */
function ordinalBefore(state: ExtractState, st: SentenceState, start: number): number {
  const b = start - 1;
  return state.lang === "fa" && b > 0 && st.owner[b] < 0 && FA_ORDINAL.test(st.tokens[b].key.replace(/\u200C/g, "")) ? b : start;
}

/**
 * English apposition: "Lucia Ferrer, the Chilean Ambassador to Peru", "Arun Mehta, the Foreign Office
 * Spokesman": a new name before a comma, "the", and the title with its country or organisation.
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
    // (a country adjective after an Arabic rank or honorific, before the name: «الجنرال الكيني X», «الدكتور المصري X»)
    const demonym = state.lang === "ar" ? st.demonyms.find((d) => d.start === i && st.owner[d.end] < 0 && nameLike(state, st, d.end)) : undefined;
    if (demonym) i = demonym.end;
    if (i >= st.tokens.length || st.owner[i] >= 0) continue;
    // (the father's honorific inside a name, "X ولد الشيخ Y": the name starts at X)
    const opener = nasabOpener(state, st, c.start, (k) => nameLike(state, st, k) && classOf(state, st.tokens[k]) !== "common", (k) => givenName(state, st.tokens[k]));
    if (newNameAfter(state, st, opener ?? i, true) === undefined && opener === undefined) surnameAfterHonorific(state, st, i);
  }
}
