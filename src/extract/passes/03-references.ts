// Pass 3: references that name no one, resolved inside the article.
//   - genitives: "دولت الجولانی", "برادر احمد الشرع", "سقوط بشار اسد", "X's brother" name a person
//     who is not an actor of the clause;
//   - subject and speaker of each sentence ("X گفت: …", "وی افزود: …", "وأضاف …");
//   - a title alone ("رئیس جمهور روسیه", "the Russian president") → the person of the article who holds
//     that office of that country (by this article's role claims, else the lexicon's offices);
//   - "his Russian counterpart" ("his New Zealand counterpart") → the person of the article holding the same office for
//     that country;
//   - "the Russian delegation" → the head of that country's delegation in the article;
//   - "the Russian capital", "Iceland's capital" → the capital city (_capitals.ts);
//   - «المملكة», "the Kingdom" alone → the kingdom the article is about (_kingdom.ts);
//   - «سموه», «جلالته» and «أمير البلاد» → the ruler the article styled so (_honorific-refs.ts);
//   - "A, known as B", «A الملقب بـB» → B is A (_aliases.ts);
//   - "he/وی" next to an event trigger, an Arabic clitic or a dropped subject → the subject before (_subjects.ts).
import { GENERIC_LEADER, leadersOf } from "./_generic-leader.js";
import { namedHolders, type Holder } from "./_holders.js";
import type { ExtractState, SentenceState, TitleRef, TokenSpan } from "../state.js";
import { addMention, addRole, inSpan } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { normalizeKey } from "../../text/normalize.js";
import { formerTitle, indefiniteTitle } from "./_former-titles.js";
import { personKey } from "./_mentions.js";
import { namedCounterpart } from "./_counterparts.js";
import { feminineReferent } from "./_feminine.js";
import { pronouns } from "./_subjects.js";
import { echoFirstWords } from "./_echoes.js";
import { styledGivenNames } from "./_styled-given-names.js";
import { namesakeShortForms } from "./_namesakes.js";
import { lexPlaceId, personSlug, placeSlug } from "../../ids.js";
import { knownWithoutInitials } from "./_initials.js";
import { styledHolder, unSecretaryGeneral } from "./_styles.js";
import { capitals } from "./_capitals.js";
import { delegations } from "./_delegation-refs.js";
import { kingdomReferences } from "./_kingdom.js";
import { aliases } from "./_aliases.js";
import { bareOwnTitle, bareRepublicTitle, honorificPronouns, honorificTitleReferent, hostCountryTitle, hostRuler } from "./_honorific-refs.js";

export function resolveReferences(state: ExtractState): void {
  holderCache.delete(state);
  knownWithoutInitials(state);
  aliases(state);
  styledGivenNames(state);
  kingdomReferences(state);
  for (const st of state.sentences) markGenitives(state, st);
  let lastSubject: number | undefined;
  for (const st of state.sentences) {
    // a word of a person's name is no speech verb ("opposition leader Said Abdullo Nuri")
    st.cues = st.cues.filter((c) => c.kind !== "speech" || !(st.owner[c.start] >= 0 && state.mentions[st.owner[c.start]].kind === "person"));
    for (const t of st.titles) if (t.form === "title" && t.person === undefined) titleReference(state, st, t, lastSubject);
    counterparts(state, st);
    delegations(state, st, refer);
    capitals(state, st);
    honorificPronouns(state, st, refer);
    // a subject the clause does not write (dropped, or carried by a suffix) is the sentence's subject
    const dropped = pronouns(state, st, lastSubject, refer);
    st.subject = dropped ?? st.mentions.find((m) => state.mentions[m].kind === "person" && !state.genitive.has(m));
    st.speaker = speakerOf(state, st, lastSubject);
    lastSubject = st.speaker ?? st.subject ?? lastSubject;
  }
  // the names this pass read (a counterpart's) may be written again by their first word ("Tran")
  echoFirstWords(state);
  namesakeShortForms(state);
}

function markGenitives(state: ExtractState, st: SentenceState): void {
  for (const m of st.mentions) {
    if (state.mentions[m].kind !== "person") continue;
    const sp = st.spans.get(m)!;
    let b = sp.start - 1;
    while (b >= 0 && st.tokens[b].punct && /^[«"“(]$/.test(st.tokens[b].text)) b--;
    // "نظام الرئيس المخلوع بشار الأسد": look past the person's own title to the head noun
    // and past an honorific chain, before or after the title ("پیام کتبی حجت‌الاسلام والمسلمین سید X", "رسالة من
    // فخامة الرئيس X", "a message from His Highness Sheikh X")
    for (let step = 0; step < 4; step++) {
      const title = st.titles.find((t) => t.phraseEnd >= b && t.phraseEnd <= b + 1 && (t.person === m || (t.person === undefined && !t.country)));
      const honorific = title ? undefined : st.cues.find((c) => c.kind === "honorific" && c.end === b + 1);
      // (a title word the lexicon form left out before the name: "پیام کتبی رهبر [معظم انقلاب]")
      const head = st.cues.some((c) => c.kind === "genitive" && c.end === b + 1); // (not a head noun itself: "دولت X")
      // (or a title's modifier before it: "the statue of former President X")
      const titleWord = (k: string) => !!state.lex.words.titleWordsIn[state.lang]?.has(k) || !!state.lex.words.sets.titleModifier?.has(k);
      const word = !title && !honorific && !head && b > 0 && st.owner[b] < 0 && titleWord(st.tokens[b].key) ? b : undefined;
      const from = title?.start ?? honorific?.start ?? word;
      if (from === undefined) break;
      b = from - 1;
      while (b >= 0 && st.tokens[b].punct && /^[«"“(]$/.test(st.tokens[b].text)) b--;
    }
    // Persian/Arabic: head noun right before the name; also "brother, the elder, of" spans a few words
    const direct = st.cues.some((c) => c.kind === "genitive" && c.end === b + 1);
    const near = st.cues.some((c) => c.kind === "genitive" && c.end <= sp.start && sp.start - c.end <= 2 && /برادر|شقيق|brother/.test(st.tokens[c.start].key));
    const possessive = /^['’]s$/.test(st.tokens[sp.end]?.text ?? "") || (/^['’]$/.test(st.tokens[sp.end]?.text ?? "") && st.tokens[sp.end + 1]?.key === "s") || adjunctPossessor(state, st, sp.end);
    if (possessive && ownEvent(st, sp.end)) state.possessors.add(m);
    else if (direct || near || possessive || headedTitleOfOther(state, st, m)) state.genitive.add(m);
  }
}

/**
 * English "Arafat aide Nabil Shaath", "Putin spokesman Dmitry Peskov": a name right before a noun of someone's man or
 * kin (cues.json possessedNoun) and another person's name is that person's possessor, no side.
 */
function adjunctPossessor(state: ExtractState, st: SentenceState, at: number): boolean {
  if (state.lang !== "en" || !state.lex.words.sets["possessedNoun.en"]?.has(st.tokens[at]?.key ?? "")) return false;
  const next = st.owner[at + 1];
  return next !== undefined && next >= 0 && state.mentions[next].kind === "person";
}

/**
 * «مستشار الرئيس الروسي فلاديمير بوتين»: a title that opens with a head noun of the genitive cues (adviser, envoy of …)
 * read over a lexicon person who does not hold its office on the day: the name is the possessor's (the president's),
 * not the adviser's, who is not named («مستشار الرئيس الروسي يوري أوشاكوف» keeps its adviser).
 */
function headedTitleOfOther(state: ExtractState, st: SentenceState, m: number): boolean {
  const id = state.mentions[m].lexiconId;
  // (a title right before the name: not «X و Y، وزیران خارجه دو کشور», a title in apposition after it)
  const start = st.spans.get(m)!.start;
  const t = st.titles.find((x) => x.person === m && x.office && x.phraseEnd <= start && !st.tokens.slice(x.phraseEnd, start).some((w) => w.punct) && st.cues.some((c) => c.kind === "genitive" && c.start === x.start));
  const entry = id ? state.lex.people.get(personSlug(id)) : undefined;
  if (!t || !entry) return false;
  const held = officesOn(entry, state.publishedAt ?? null);
  if (held.some((o) => o.office === t.office || state.lex.offices.get(o.office)?.parent === t.office)) return false;
  // … and the words after the head noun name an office the person holds («الرئيس» of «مستشار الرئيس الروسي»; not
  // «مستشار الشؤون الخارجية X», a foreign affairs adviser the lexicon calls foreign minister)
  // (or the name itself is written as that title: «مستشار المرشد الإيراني», the lexicon's form for the leader)
  const words = new Set(st.tokens.slice(t.start + 1, st.spans.get(m)!.end).map((w) => w.key));
  return held.some((o) => (state.lex.offices.get(o.office)?.titles[state.lang] ?? []).some((title) => words.has(normalizeKey(title.split(/\s+/)[0]))));
}

/** Words that may stand between a possessive and its event noun: "Modi's first official visit", "X's two-hour talks". */
const EVENT_MODIFIERS = new Set(["first", "second", "third", "last", "latest", "recent", "previous", "official", "bilateral", "private", "closed", "door", "surprise", "brief", "historic", "separate", "two", "three", "hour", "day", "long", "state", "working", "lengthy", "awaited", "landmark"]);

/** "Modi's talks with Rajoy", "Modi's first official visit to Madrid": the possessor of an event word takes part in it. */
function ownEvent(st: SentenceState, at: number): boolean {
  const from = st.tokens[at]?.text === "'" || st.tokens[at]?.text === "’" ? at + 2 : at + 1;
  for (let i = from; i - from <= 5 && i < st.tokens.length; i++) {
    if (st.triggers.some((x) => x.start === i && x.kind !== "agreement")) return true;
    if (!EVENT_MODIFIERS.has(st.tokens[i].key) && st.tokens[i].text !== "-") return false;
  }
  return false;
}

/**
 * Holders by "office|country", per article, while this pass runs. The answer cannot change during the
 * pass: roles are all claimed in pass 2, and every mention this pass adds is a coreference, which
 * holders() skips (so the old scan of all mentions per title was quadratic in long articles).
 */
const holderCache = new WeakMap<ExtractState, Map<string, Holder[]>>();

/** Article people who hold `office` (of `country`, if given), first mention each. */
function holders(state: ExtractState, office: string, country: string | undefined, narrower = false, former = false): Holder[] {
  let cache = holderCache.get(state);
  if (!cache) holderCache.set(state, (cache = new Map()));
  const key = `${office}|${country || ""}|${narrower}|${former}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = scanHolders(state, office, country, narrower, former)));
  return found;
}

/** Holders of the office itself, or (`narrower`) of an office whose parent it is (offices.json: foreign-minister → minister). */
function scanHolders(state: ExtractState, office: string, country: string | undefined, narrower: boolean, former: boolean): Holder[] {
  const fits = (o: string) => (narrower ? state.lex.offices.get(o)?.parent === office : o === office);
  // ("Former Prime Minister X" holds it no more: "the Prime Minister" is someone else; "the former king" is X)
  return namedHolders(state, (o, c) => fits(o) && (!country || c === country), former);
}

/** A reference mention over `sp`; words already naming something (the title's country) are left out. */
function refer(state: ExtractState, st: SentenceState, sp: TokenSpan, target: number, confidence: number): number | undefined {
  let end = sp.start;
  while (end < sp.end && st.owner[end] < 0) end++;
  if (end === sp.start) return undefined;
  sp = { start: sp.start, end };
  const t = state.mentions[target];
  return possessorAfterHead(state, st, addMention(state, st, sp, { kind: t.kind, lexiconId: t.lexiconId, via: "coreference", antecedent: target, placeKind: t.placeKind, confidence }));
}

/**
 * A title reference this pass adds right after a genitive head noun («سفير خادم الحرمين الشريفين», «ممثل الرئيس», "the
 * representative of the King"): the possessor, no side (markGenitives ran before it was read).
 */
function possessorAfterHead(state: ExtractState, st: SentenceState, m: number): number {
  const start = st.spans.get(m)!.start;
  if (st.cues.some((c) => c.kind === "genitive" && c.end === start)) state.genitive.add(m);
  return m;
}

function titleReference(state: ExtractState, st: SentenceState, t: TitleRef, lastSubject: number | undefined): void {
  if (indefiniteTitle(state, st, t)) return;
  // «سمو أمير البلاد»: the ruler of the agency's own country, whom the article named, not the last country's
  // (and «رئيس الجمهورية» alone: the president the article introduced with that phrase, an agency of a republic's own)
  const republic = bareRepublicTitle(st, t) || bareOwnTitle(state, st, t);
  if (republic || hostCountryTitle(st, t)) {
    const ruler = hostRuler(state, t, holders(state, t.office, undefined), (m) => namedBefore(state, st, m, t.start), republic);
    if (ruler !== undefined) {
      t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, ruler, 0.7);
      return;
    }
  }
  let found = holders(state, t.office, t.country, false, formerTitle(state, st, t));
  // a generic title with its country that no one holds as such ("الوزير العراقي", "وزیر عراقی", the Iraqi minister)
  // refers back to the one person named before it who holds a narrower office of that country (any portfolio)
  if (!found.length && t.country) found = holders(state, t.office, t.country, true).filter((h) => namedBefore(state, st, h.mention, t.start));
  // "the Russian leader": the one leader of that country named before it (_generic-leader)
  if (!found.length && t.country && GENERIC_LEADER.has(t.office)) found = leadersOf(state, t.country).filter((h) => namedBefore(state, st, h.mention, t.start));
  // … and with no country ("the visiting minister", «الوزير الزائر»), the one person named before it who holds a narrower
  // office of any country; with several, no one
  if (!found.length && !t.country) {
    const narrower = holders(state, t.office, undefined, true).filter((h) => namedBefore(state, st, h.mention, t.start));
    if (narrower.length === 1 && !headsName(state, st, t.phraseEnd)) found = narrower;
  }
  if (found.length === 1) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, found[0].mention, 0.7);
    return;
  }
  // a style of one country's office no one of the article holds («شاهنشاه آریامهر»): the lexicon's holder that day
  // (and "The Secretary-General" alone in an article of the UN's: the UN Secretary-General of that day)
  const styled = found.length ? undefined : styledHolder(state, t) ?? unSecretaryGeneral(state, st, t);
  if (styled) {
    // (with the honorifics that lead it, as a name's: «با اعلیحضرت همایون شاهنشاه»)
    let start = t.start;
    for (let h = st.cues.find((c) => c.kind === "honorific" && c.end === start); h && st.owner[h.start] < 0; h = st.cues.find((c) => c.kind === "honorific" && c.end === start)) start = h.start;
    t.person = possessorAfterHead(state, st, addMention(state, st, { start, end: t.phraseEnd }, { kind: "person", lexiconId: styled, via: "title", confidence: 0.6 }));
    return;
  }
  // «جلالة الملك» among several kings: the one the article styled «جلالة» before
  const honored = t.country || found.length < 2 ? undefined : honorificTitleReferent(state, st, t, found, (m) => namedBefore(state, st, m, t.start));
  if (honored !== undefined) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, honored, 0.65);
    return;
  }
  // "the president", with no country, in an article about several presidents: the one the article is
  // following, when the last subject holds that office
  const topic = lastSubject === undefined ? undefined : personKey(state, lastSubject);
  // (not a title that heads a name or a genitive: "سقوط نظام الرئيس المخلوع بشار الأسد"; a name after the
  // preposition of a contact, an event word or an adverb is the title's object, not its holder: «رئیس‌جمهور
  // همچنین با X دیدار کرد», "the president also met X")
  const named = headsName(state, st, t.phraseEnd);
  const genitive = st.cues.some((c) => c.kind === "genitive" && c.end >= t.start - 1 && c.end <= t.start);
  const followed = !t.country && !named && !genitive && topic !== undefined ? found.find((h) => h.key === topic) : undefined;
  if (followed) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, followed.mention, 0.6);
    return;
  }
  // of several holders, the one the article named before the title ("Prime Minister A … were greeted by … and the
  // Prime Minister", the British Prime Minister named only later): a bare title points back
  const before = !named && !genitive && found.length > 1 ? found.filter((h) => namedBefore(state, st, h.mention, t.start)) : [];
  if (before.length === 1) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, before[0].mention, 0.6);
    return;
  }
  // … and of several named before it, the story's protagonist: the first person of its lead sentence holds it ("X, the
  // president of A, met Y, the president of B, … The president had met Z in Rome before": X)
  // (not the object of an event noun in construct before it, «دعوة للقاء الرئيس»: an invitation to meet whichever)
  const object = st.triggers.some((x) => x.end === t.start);
  const lead = before.length > 1 && !t.country && !object ? leadPerson(state) : undefined;
  const protagonist = lead === undefined ? undefined : before.find((h) => h.key === personKey(state, lead));
  if (protagonist) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, protagonist.mention, 0.55);
    return;
  }
  // "كما التقت الوزيرة بـ…": a feminine title alone is the one woman the article introduced with one
  const woman = genitive ? undefined : feminineReferent(state, st, t);
  if (woman !== undefined) {
    t.person = refer(state, st, { start: t.start, end: t.phraseEnd }, woman, 0.6);
    return;
  }
  // Nobody in the article holds it: the title stays a reference to no one. The lexicon's holder of the
  // office on that day is not put in the text's mouth ("the Norwegian prime minister" names no one).
}

/** The first person named in the article's first sentence that is no heading (its lead), if any. */
function leadPerson(state: ExtractState): number | undefined {
  const first = state.sentences.find((x) => !x.s.heading);
  if (!first) return undefined;
  const people = first.mentions.filter((m) => state.mentions[m].kind === "person");
  return people.sort((a, b) => first.spans.get(a)!.start - first.spans.get(b)!.start)[0];
}

/** Is a person named within three words after a title's phrase (ending at `end`), with no contact preposition, event word or adverb before it? */
function headsName(state: ExtractState, st: SentenceState, end: number): boolean {
  const adverbs = state.lex.words.sets[`adverb.${state.lang}`];
  for (let i = end; i < Math.min(end + 3, st.tokens.length); i++) {
    if (st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person") return true;
    if (st.cues.some((c) => c.kind === "with" && c.start === i) || st.triggers.some((x) => inSpan(i, x)) || adverbs?.has(st.tokens[i].key)) return false;
  }
  return false;
}

/** Is the mention in an earlier sentence, or earlier in this one than token `i`? */
function namedBefore(state: ExtractState, st: SentenceState, mention: number, i: number): boolean {
  const m = state.mentions[mention];
  return m.sentenceIndex < st.s.index || (m.sentenceIndex === st.s.index && m.end <= st.tokens[i].start);
}

function counterparts(state: ExtractState, st: SentenceState): void {
  for (const c of st.cues.filter((x) => x.kind === "counterpart")) {
    // the country: an adjective or name right after ("همتای روس خود", "نظيره السوري", "his Russian counterpart")
    const dem = st.demonyms.find((d) => d.start >= c.end && d.start <= c.end + 1) ?? st.demonyms.find((d) => d.end === c.start) ?? countryAdjunct(state, st, c.start);
    if (!dem) continue;
    const end = Math.max(c.end, dem.end) + (/^(خود|his|her)$/.test(st.tokens[dem.end]?.key ?? "") ? 1 : 0);
    // named right after: nothing to resolve (the name holds the office, below)
    let a = end;
    while (a < st.tokens.length && st.tokens[a].punct) a++;
    const named = st.owner[a] >= 0 && state.mentions[st.owner[a]].kind === "person" ? st.owner[a] : undefined;
    // the office: that of another person of this sentence, or of a title in it
    const country = lexPlaceId(stripPlace(dem.place));
    const offices = new Set<string>();
    // (not a title that is an honorific of a name: "صاحب السمو الأمير فيصل بن فرحان … وزير الخارجية")
    const honorific = (t: TokenSpan) => st.cues.some((h) => h.kind === "honorific" && h.start <= t.start && h.end >= t.end);
    for (const t of st.titles) if (t.form === "title" && t.office && t.country !== country && !honorific(t)) offices.add(t.office);
    if (offices.size !== 1) for (const r of state.roles) if (st.mentions.includes(r.person) && r.country !== country) offices.add(r.office);
    // "X و همتای پاکستانی‌اش", "X and his Pakistani counterpart": the office of X, whatever other titles the sentence holds
    if (offices.size !== 1) {
      // (English puts the possessive and the country before the word: "X and his Kosovo counterpart")
      const lead = Math.min(c.start, dem.start);
      const mine = coordinatedOffice(state, st, possessiveAt(state, st, lead - 1) ? lead - 1 : c.start, country);
      if (mine) offices.clear(), offices.add(mine);
    }
    if (offices.size !== 1) continue;
    const office = [...offices][0];
    const ref = { start: Math.min(c.start, dem.start), end };
    // "X and his Kosovo counterpart Y": Y, named right after, holds X's office for that country (as a title before
    // the name says it: "Kosovo Prime Minister Y"), so "the two prime ministers" later are X and Y
    if (named !== undefined) {
      addRole(state, st, { start: ref.start, end: st.spans.get(named)!.end }, { person: named, office, country, confidence: 0.6 });
      continue;
    }
    // named right after by a name no lexicon knows ("همتای استونیایی خود مارگوس تساهنا")
    if (namedCounterpart(state, st, ref, a, office, country) !== undefined) continue;
    const found = holders(state, office, country);
    if (found.length === 1) refer(state, st, ref, found[0].mention, 0.6);
  }
}

/**
 * A country's name used as a noun adjunct right before an English counterpart word ("his Kosovo counterpart", "her
 * Bosnia counterpart"), after a possessive: it says the counterpart's country as a demonym would.
 */
function countryAdjunct(state: ExtractState, st: SentenceState, at: number): (TokenSpan & { place: string }) | undefined {
  if (state.lang !== "en") return undefined;
  const m = st.owner[at - 1];
  if (m === undefined || m < 0) return undefined;
  const x = state.mentions[m];
  const sp = st.spans.get(m);
  if (x.kind !== "place" || !x.lexiconId || !sp || sp.end !== at || state.lex.places.get(placeSlug(x.lexiconId))?.kind !== "country") return undefined;
  if (!possessiveAt(state, st, sp.start - 1)) return undefined;
  return { start: sp.start, end: sp.end, place: x.lexiconId };
}

/** An English possessive determiner at token `i` (cues.json possessivePronoun: "his", "her", "their", "its"). */
function possessiveAt(state: ExtractState, st: SentenceState, i: number): boolean {
  return !!state.lex.words.sets["possessivePronoun.en"]?.has(st.tokens[i]?.key ?? "");
}

/** The one office of the person joined by "and" right before a counterpart word (its title, else its role). */
function coordinatedOffice(state: ExtractState, st: SentenceState, at: number, country: string): string | undefined {
  if (!state.lex.words.sets.and?.has(st.tokens[at - 1]?.key ?? "")) return undefined;
  const m = st.owner[at - 2];
  if (m === undefined || m < 0 || state.mentions[m].kind !== "person") return undefined;
  const offices = new Set([...st.titles.filter((t) => t.person === m && t.office && t.country !== country).map((t) => t.office!), ...state.roles.filter((r) => r.person === m && r.country !== country).map((r) => r.office)]);
  return offices.size === 1 ? [...offices][0] : undefined;
}

function stripPlace(id: string): string {
  return placeSlug(id);
}

function speakerOf(state: ExtractState, st: SentenceState, lastSubject: number | undefined): number | undefined {
  const speech = st.cues.find((c) => c.kind === "speech");
  if (!speech) return undefined;
  const before = [...st.mentions].reverse().find((m) => st.spans.get(m)!.end <= speech.start && state.mentions[m].kind === "person" && !state.genitive.has(m));
  if (before !== undefined) return before;
  const pron = st.cues.find((c) => c.kind === "pronoun" && c.start <= 1);
  if (pron || inSpan(0, speech)) return lastSubject;
  return undefined;
}
