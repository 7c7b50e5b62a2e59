// Pass 1: lexicon mentions. People, places and organisations found by the lexicon matchers, one walk
// of each sentence's tokens per matcher. Overlaps go to the longest match (then the one that reads the words
// whole, without cutting a proclitic off, then person > org > place),
// so "کاخ کرملین" is one site, not "کرملین" inside it. Country adjectives ("Syrian", "السوري") are not
// place mentions: they are kept aside for the title pass. Cue words and event triggers are found here
// too, so later passes only look them up.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { addMention } from "../state.js";
import type { PersonHit, PlaceHit } from "../../lexicon/index.js";
import { findDates, validateWeekday, type DateMention } from "../dates/index.js";
import { choosePlaces, contextPlace, namedCountries, regionOfTheAmericas, whereCapitals } from "./_place-context.js";
import { frontedWithTriggers, givenNameVariants, shortFormIsWord, lightVerbTriggers, participleTriggers, phrasalCalls, signingAroundSigners } from "./_cue-readings.js";
import { cancelsNoEvent, dropPlaceInModality, placeNotModality } from "./_modality-readings.js";
import { timedWithTriggers } from "./_timed-with.js";
import { reciprocalTriggers } from "./_reciprocal.js";
import { sentDelegateTriggers } from "./_sent-delegate.js";
import { handoverTriggers } from "./_handover.js";
import { sawTriggers } from "./_saw.js";
import { joinedForTriggers } from "./_joined-for.js";
import { overMealTriggers } from "./_over-meal.js";
import { theTwoCues } from "./_the-two.js";
import { convenesEvent } from "./_convened.js";
import { isCommonWord } from "../../lexicon/words.js";
import { discussedWithAt } from "./_discussed.js";
import { normalizeKey } from "../../text/normalize.js";
import { clauseBreaks } from "./_clause-breaks.js";
import { recoverMisspellings } from "./_misspellings.js";
import { cliticDemonyms } from "./_clitic-demonyms.js";
import { middleInitials } from "./_middle-initials.js";
import { orgSlug, placeSlug } from "../../ids.js";
import { givenName, yehGivenName } from "./_name-words.js";
import { familyNameAfterNasab, givenNameBeforeForm, shortBeforeOtherNasab } from "./_nasab-family.js";
import { acronymOverSurname, akaOfAnotherCountry, titleCaseAcronym, cliticAfterPlaceNoun, definiteShortBeforeDemonym, gluedPerson, homographOutOfPlace, monthEpithet, surnameNotBody, upper, weakShortOverPlace, type Candidate } from "./_candidates.js";

// "الكرملين" is both a site and the Russian presidency: as a mention it is the place.
const PRIORITY = { person: 3, place: 2, organization: 1 } as const;

export function findEntities(state: ExtractState): void {
  const { lex } = state;
  const placeOptions = new Map<number, string[]>(); // a place name several lexicon places share
  const placeMatches = state.sentences.map((st) => lex.placeMatcher.findAll(st.tokens, { proclitics: true, lang: state.lang }));
  const countries = namedCountries(lex, placeMatches);
  // a lexicon form led by an honorific or title ("الشيخ مشعل الأحمد") yields to the full name after it
  const leadWords = (k: string) => lex.words.honorificWords.has(k) || lex.words.titleWords.has(k);
  const personMatches = state.sentences.map((st) => lex.personMatcher.findAll(st.tokens, { proclitics: true, leadWords, lang: state.lang }));
  const wordNotName = shortFormIsWord(state, personMatches);
  const namedInFull = new Set(personMatches.flatMap((ms) => ms.flatMap((m) => m.values.filter((v) => v.form === "full").map((v) => v.id))));
  state.sentences.forEach((st, si) => {
    // dates first: a month name that is also a name (شعبان, رجب, May) is a date here
    st.dates = weekdayOrPlace(state, st, findDates(st.tokens, state.doc.article.text), placeMatches[si]);
    const inDate = (c: TokenSpan) => st.dates.some((d) => st.tokens[c.start].start >= d.start && st.tokens[c.end - 1].end <= d.end);
    const cands: Candidate[] = [];
    for (const m of personMatches[si]) {
      // a person matched by several entries (shared surname): keep all; resolve picks one
      for (const hit of m.values) if (!wordNotName(st, m, hit)) cands.push({ kind: "person", start: m.start, end: m.end, hit, proclitic: m.proclitic });
    }
    for (const m of lex.orgMatcher.findAll(st.tokens, { proclitics: true, lang: state.lang })) {
      // an acronym written in lower case is a word ("map", "who"); several forms may share the key
      // ("Nato" in the British case is the body: titleCaseAcronym)
      const hit = m.values.find((v) => !v.acronym) ?? (upper(st, m) || titleCaseAcronym(state, st, m, lex.organizations.get(orgSlug(m.values[0].id))?.kind) ? m.values[0] : undefined);
      if (!hit || (hit.contextOnly && !countries.has(lex.organizations.get(orgSlug(hit.id))?.country ?? ""))) continue;
      cands.push({ kind: "organization", start: m.start, end: m.end, hit, proclitic: m.proclitic });
    }
    for (const m of placeMatches[si]) {
      // (a context name of one language, a subdivision's bare Arabic name: lexicon/subdivision-bare.ts, only in it)
      const all = m.values.filter((v) => v.form === "name" && !(v.contextOnly && v.lang && v.lang !== state.lang));
      const names = ownLanguage(state, all.some((v) => !v.contextOnly) ? all.filter((v) => !v.contextOnly) : contextPlace(lex, all, countries, [si, m.start]));
      if (names.length) cands.push({ kind: "place", start: m.start, end: m.end, hit: names[0], proclitic: m.proclitic, options: [...new Set(names.map((v) => v.id))] });
      const dem = m.values.find((v) => v.form === "demonym");
      if (dem && !names.length && !regionOfTheAmericas(state, st, m.start, dem.id)) st.demonyms.push({ start: m.start, end: m.end, place: dem.id });
    }
    for (let i = cands.length - 1; i >= 0; i--) if (inDate(cands[i]) || (state.lang === "en" && !capitalised(st, cands[i]))) cands.splice(i, 1);
    for (let i = cands.length - 1; i >= 0; i--) if (homographOutOfPlace(state, st, cands[i], cands) || surnameNotBody(state, st, cands[i]) || gluedPerson(state, st, cands[i]) || cliticAfterPlaceNoun(state, st, cands[i]) || definiteShortBeforeDemonym(state, st, cands[i]) || monthEpithet(st, cands[i])) cands.splice(i, 1);
    for (let i = cands.length - 1; i >= 0; i--) if (weakShortOverPlace(cands[i], cands, namedInFull) || acronymOverSurname(st, cands[i], cands) || akaOfAnotherCountry(state, cands[i], cands, st.demonyms)) cands.splice(i, 1);
    // the same words read whole before read with a proclitic cut off ("بكين" is Beijing, not ب + كين)
    const clitic = (c: Candidate) => (c.proclitic ? 1 : 0);
    cands.sort((a, b) => b.end - b.start - (a.end - a.start) || clitic(a) - clitic(b) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start);
    const taken: boolean[] = new Array(st.tokens.length).fill(false);
    const multi = new Map<string, PersonHit[]>(); // same span, several people
    for (const c of cands) {
      let free = true;
      // a second person for words a person holds (a surname two people share), never for a place's words
      const samePerson = (i: number) => c.kind === "person" && st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "person" && sameSpan(st, st.owner[i], c);
      for (let i = c.start; i < c.end; i++) if (taken[i] && !samePerson(i)) free = false;
      if (!free) continue;
      if (c.kind === "person" && samePerson(c.start)) {
        // second person for the same words (e.g. a surname two people share)
        const key = `${c.start}:${c.end}`;
        multi.set(key, [...(multi.get(key) ?? []), c.hit]);
        continue;
      }
      // "خالد بن عبدالعزيز الفالح": a nasab form that runs on into a family name is another man's name
      // "Sheikh Meshal Jaber Al-Ahmad Al-Sabah": a full form after another given name is the end of another name
      if (c.kind === "person" && c.hit.form === "short" && shortBeforeOtherNasab(state, st, c, c.hit.id)) continue;
      if (c.kind === "person" && c.hit.form === "full" && (familyNameAfterNasab(state, st, c, cands) || givenNameBeforeForm(state, st, c, c.hit.id, cands))) continue;
      if (c.kind === "person" && c.hit.form === "full") {
        c.end = nasabEnd(state, st, c.end, taken);
        // a lexicon form that starts with a title ("خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", "الأمير
        // محمد بن سلمان"): the mention is the name (two words at least); the title words stay free for the
        // title pass; a title word of the article's language only, and no given name written as one (Persian
        // علی, Arabic علي with its yeh: the Arabic preposition على of a title folds into the same key); not a style
        // (an aka: «رهبر معظم انقلاب» is a title phrase whole, its «معظم انقلاب» no name)
        const lead = (i: number) => {
          if (c.hit.aka) return false;
          const k = i === c.start && c.proclitic ? st.tokens[i].key.slice(c.proclitic.length) : st.tokens[i].key;
          if (yehGivenName(state, { text: st.tokens[i].text, key: k })) return false;
          return !!lex.words.titleWordsIn[state.lang]?.has(k) || lex.words.honorificWords.has(k);
        };
        while (c.end - c.start > 2 && lead(c.start)) {
          c.start++;
          c.proclitic = undefined;
        }
      }
      for (let i = c.start; i < c.end; i++) taken[i] = true;
      const shift = c.proclitic ? c.proclitic.length : 0;
      if (c.kind === "person") {
        addMention(state, st, c, {
          kind: "person",
          lexiconId: c.hit.id,
          via: "lexicon",
          confidence: c.hit.form === "full" ? 0.95 : c.hit.ambiguous ? 0.5 : 0.8,
        }, shift);
      } else if (c.kind === "place") {
        const entry = lex.places.get(placeSlug(c.hit.id));
        const index = addMention(state, st, c, {
          kind: "place",
          lexiconId: c.hit.id,
          via: "lexicon",
          placeKind: entry?.kind,
          confidence: c.hit.ambiguous ? 0.5 : 0.9,
        }, shift);
        if (c.options && c.options.length > 1) placeOptions.set(index, c.options);
      } else {
        addMention(state, st, c, { kind: "organization", lexiconId: c.hit.id, via: "lexicon", confidence: c.hit.ambiguous ? 0.5 : 0.9 }, shift);
      }
    }
    // a country adjective inside a longer person's name ("محمد شياع السوداني") is part of the name, no demonym
    st.demonyms = st.demonyms.filter((d) => {
      const o = st.owner[d.start];
      const sp = o >= 0 && state.mentions[o].kind === "person" ? st.spans.get(o) : undefined;
      return !sp || sp.end - sp.start <= d.end - d.start;
    });
    middleInitials(state, st); // "Ferdinand R. Marcos Jr."
    cliticDemonyms(state, st); // "همتای پاکستانی‌اش"
    // Record alternatives for shared surnames on the mention (resolve chooses by article context).
    for (const [key, hits] of multi) {
      const [s] = key.split(":").map(Number);
      const idx = st.owner[s];
      state.mentions[idx].alternatives = hits.map((h) => h.id);
    }
    findCues(state, st);
    givenNameVariants(state, st);
  });
  recoverMisspellings(state);
  choosePlaces(state, placeOptions);
  whereCapitals(state); // "قادما من تونس، حيث …": the capital that bears the country's name
}


/**
 * "الملك سلمان بن عبدالعزيز آل سعود": the words after بن / bin are the father's and the family's names,
 * part of the same name, never another person. A full name the lexicon matched is extended over them
 * (each بن / bin / آل / Al with the one word after it: cues.json nasabShort), so "عبدالعزيز" is not read as someone else.
 */
function nasabEnd(state: ExtractState, st: SentenceState, end: number, taken: boolean[]): number {
  const word = (i: number) => {
    const t = st.tokens[i];
    return !!t && !t.punct && !taken[i] && !/\d/.test(t.key) && !state.lex.words.titleWordsIn[state.lang]?.has(t.key) && (state.lang === "en" ? /^[A-Z]/.test(t.text) : /[\u0600-\u06FF]/.test(t.text));
  };
  // each particle (بن، آل, bin, Al) takes one name word: "بن عبدالعزيز آل سعود"
  let j = end;
  while (j < st.tokens.length && (state.lex.words.sets.nasabShort.has(st.tokens[j].key) || FAMILY.has(st.tokens[j].key)) && word(j + 1)) j += 2;
  return j;
}

const FAMILY = new Set(["آل", "al"].map((w) => normalizeKey(w)));

function sameSpan(st: SentenceState, mention: number, sp: TokenSpan): boolean {
  const o = st.spans.get(mention);
  return !!o && o.start === sp.start && o.end === sp.end;
}

function findCues(state: ExtractState, st: SentenceState): void {
  const ev = state.lex.events;
  // a cue of the article's language only: Arabic على (on) is the Persian name علی, Persian دین (religion) a name part
  for (const m of ev.cues.findAll(st.tokens, { proclitics: true, lang: state.lang })) {
    // (an English cue word capitalised right after a name particle is a name's word: "Fahd bin Mahmoud Al Said")
    if (state.lang === "en" && m.end - m.start === 1 && /^[A-Z]/.test(st.tokens[m.start].text) && state.lex.words.sets["nameParticle.en"]?.has(st.tokens[m.start - 1]?.key ?? "")) continue;
    // (a sentence adverb set off by a comma at the sentence's head, "Separately, A and B met …", tells another item
    // of the news, not meetings held apart)
    const opening = (kind: string) => kind === "distributive" && state.lang === "en" && m.start === 0 && st.tokens[m.end]?.text === ",";
    for (const kind of new Set(m.values.filter((v) => v.lang === state.lang).map((v) => v.kind))) if (!opening(kind)) st.cues.push({ start: m.start, end: m.end, kind });
  }
  for (const m of state.lex.words.counterpart.findAll(st.tokens, { proclitics: true, lang: state.lang })) st.cues.push({ start: m.start, end: m.end, kind: "counterpart" });
  for (const m of state.lex.words.honorifics.findAll(st.tokens, { proclitics: true, lang: state.lang })) st.cues.push({ start: m.start, end: m.end, kind: "honorific" });
  for (const m of ev.triggers.findAll(st.tokens, { proclitics: true, lang: state.lang })) {
    // (Persian writes its conjunctions and prepositions apart: «وزارت», a ministry, is no و + the Arabic «زارت», visited)
    if (state.lang === "fa" && m.proclitic) continue;
    // (nor is an Arabic given name a proclitic and a verb: «فيصل» is Faisal, not ف + «يصل», arrives)
    if (m.proclitic && m.end - m.start === 1 && givenName(state, st.tokens[m.start])) continue;
    const text = state.doc.article.text.slice(st.tokens[m.from ?? m.start].start, st.tokens[m.end - 1].end);
    for (const kind of new Set(m.values.filter((v) => v.lang === state.lang).map((v) => v.kind))) st.triggers.push({ start: m.start, end: m.end, kind, text });
  }
  phrasalCalls(state, st);
  timedWithTriggers(state, st);
  reciprocalTriggers(state, st);
  sentDelegateTriggers(state, st);
  handoverTriggers(state, st);
  sawTriggers(state, st);
  joinedForTriggers(state, st);
  overMealTriggers(state, st);
  lightVerbTriggers(state, st);
  participleTriggers(state, st);
  frontedWithTriggers(state, st);
  discussedWithAt(state, st);
  signingAroundSigners(state, st);
  theTwoCues(state, st);
  for (const m of ev.modality.findAll(st.tokens, { proclitics: true, lang: state.lang })) {
    if (placeNotModality(state, st, m) || cancelsNoEvent(state, st, m) || hyphenatedAdjective(state, st, m.start)) continue;
    // "قمة … دعا إليها X": who convened the summit, in a relative clause, invites no one to a meeting to come
    if (m.values.some((v) => v.kind === "invited") && convenesEvent(state, st, m)) continue;
    dropPlaceInModality(state, st, m);
    for (const kind of new Set(m.values.filter((v) => v.lang === state.lang).map((v) => v.kind))) st.modality.push({ start: m.start, end: m.end, kind });
  }
  clauseBreaks(st);
  // "X گفت که A و B … دیدار کردند": the Persian complementiser after a speech verb opens what was said, a clause
  // of its own, whose sides do not include the one who reports it
  if (state.lang === "fa") for (const c of st.cues) if (c.kind === "speech" && st.tokens[c.end]?.key === "که") st.clauseBreaks.push(c.end);
  // "… موافقتنامه‌ای را امضا کردند که به اساس آن X …": «که» right after a signing verb opens a relative clause of the
  // document (what it says), whose people did not sign it
  if (state.lang === "fa") for (const t of st.triggers) if (t.kind === "agreement" && st.tokens[t.end]?.key === "که" && !st.clauseBreaks.includes(t.end)) st.clauseBreaks.push(t.end);
  st.clauseBreaks.sort((a, b) => a - b);
}

/**
 * English writes names with capitals: a name written in lower case that the dictionary knows as a word
 * ("a nice day", "a van", "turkey") is that word. Other lower-case names ("president of venezuela") stand.
 */
function capitalised(st: SentenceState, sp: TokenSpan): boolean {
  const words = st.tokens.slice(sp.start, sp.end);
  return words.some((t) => /\p{Lu}/u.test(t.text)) || !words.every((t) => isCommonWord(t.text, "en"));
}


/**
 * "به دوشنبه سفر کرد": a weekday on its own that is also a town's name (Persian دوشنبه, Monday and Dushanbe) is the
 * town after "to" or "in" (به، در): a day takes "روز", a modifier or a date with it, or stands bare ("دوشنبه
 * گفت"), and goes after "از" / "تا" (from, until), which stay the day's.
 */
function weekdayOrPlace(state: ExtractState, st: SentenceState, dates: DateMention[], places: ReturnType<ExtractState["lex"]["placeMatcher"]["findAll"]>): DateMention[] {
  if (state.lang === "en") return dates;
  return dates.filter((d) => {
    if (d.value.basis !== "weekday") return true;
    const i = st.tokens.findIndex((t) => t.start === d.start && t.end === d.end);
    const town = i >= 0 && places.some((m) => m.start === i && m.end === i + 1 && !m.proclitic && m.values.some((v) => v.form === "name"));
    // the dateline opening one of the first sentences: "دوشنبه - ایرنا -" is the town (Dushanbe), not Monday
    const dateline = i === 0 && st.s.index < 3 && /^[-–—(]$/.test(st.tokens[1]?.text ?? "");
    // a weekday the sentence's own full date contradicts ("شنبه ۵ مرداد ۱۳۸۷ در کاخ ملت دوشنبه": a Saturday)
    const contradicted = dates.some((x) => x.value.basis === "explicit" && x.value.precision === "day" && !!x.value.date && d.value.weekday !== undefined && !validateWeekday(x.value.date, d.value.weekday));
    return !(town && (dateline || contradicted || (i > 0 && TO_OR_IN.has(st.tokens[i - 1].key))));
  });
}
const TO_OR_IN = new Set(["به", "در", "إلى", "الى", "في"]);

/**
 * A form that several places share: those the lexicon lists under the article's language first, the default reading
 * when the context does not choose (_place-context.choosePlaces): "مراكش" is Marrakesh in Arabic, the Persian name of
 * Morocco.
 */
function ownLanguage(state: ExtractState, hits: PlaceHit[]): PlaceHit[] {
  const own = new Set(hits.filter((h) => h.lang === state.lang).map((h) => h.id));
  return [...hits.filter((h) => own.has(h.id)), ...hits.filter((h) => !own.has(h.id))];
}

/**
 * An English modality word glued by a hyphen to the word before it ("their long-delayed trade agreement", "the
 * much-postponed summit") is half of a compound adjective: it qualifies a noun, and plans or cancels nothing.
 */
function hyphenatedAdjective(state: ExtractState, st: SentenceState, i: number): boolean {
  const [hyphen, word] = [st.tokens[i - 1], st.tokens[i - 2]];
  return state.lang === "en" && hyphen?.text === "-" && !!word && !word.punct && word.end === hyphen.start && hyphen.end === st.tokens[i].start;
}
