// The lexicons: data files under src/lexicon/data/, each entry with its source. This module loads
// them once and builds one phrase matcher per kind (text/matcher.ts: a trie over normalised keys),
// so extraction costs one walk of the tokens per lexicon, not one regex per name.
import type { CuesFile, EventLexicon, EventsFile, Lexicon, Names, OfficeEntry, OfficesFile, OfficeTerm, OrgEntry, OrgHit, PersonEntry, PersonHit, PlaceEntry, PlaceHit, TitleHit } from "./types.js";
import { PhraseMatcher } from "../text/matcher.js";
import { arabicDemonymVariants, arabicTitleVariants } from "./arabic-titles.js";
import { normalizeKey } from "../text/normalize.js";
import { lexOrgId, lexPersonId, lexPlaceId, placeSlug } from "../ids.js";
import { allNames, articleDroppedVariants, articledVariants, compoundVariants, egyptianGVariants, hamzaVariants, middleDropped, russianEndingVariants, shortAmbiguousIn, unaccentedVariants } from "./name-forms.js";
import { isCommonWord, knowsWord } from "./words.js";
import { bareSubdivisionNames } from "./subdivision-bare.js";
import { calendarWords, entriesOf, formerWords, givenNameKeys, modifierWords, readJson, wordSets, withRoles } from "./word-lists.js";

export type * from "./types.js";
export { articleDroppedVariants, articledVariants, compoundVariants, egyptianGVariants, hamzaVariants, middleDropped, russianEndingVariants, shortAmbiguousIn, unaccentedVariants } from "./name-forms.js";

function indexKey(index: Map<string, Set<string>>, name: string, id: string): void {
  const k = normalizeKey(name).replace(/\s+/g, "");
  if (!k) return;
  let set = index.get(k);
  if (!set) index.set(k, (set = new Set()));
  set.add(id);
}

function buildLexicon(): Lexicon {
  const people = new Map<string, PersonEntry>();
  const places = new Map<string, PlaceEntry>();
  const organizations = new Map<string, OrgEntry>();
  const offices = new Map<string, OfficeEntry>();
  const keyIndex = new Map<string, Set<string>>();

  // Common words never stand alone for a person ("وی" is not Wei Fenghe, "می" is not Theresa May):
  // a one-word short form that is a common word, or of two letters or fewer, is not used on its own.
  const cuesFile = readJson<CuesFile>("cues.json");
  const common = new Set<string>();
  for (const kind of ["common", "stop"]) for (const [, n] of allNames(cuesFile.cues[kind])) common.add(normalizeKey(n));
  const usableAlone = (n: string) => {
    const k = normalizeKey(n);
    return k.replace(/\s+/g, "").length > 2 && !common.has(k);
  };
  // nor is a place name (the Persian short form چین of Qin Gang is "China")
  const placeWords = new Set<string>();
  const placeEntries = entriesOf<PlaceEntry>("places");
  for (const pl of placeEntries) for (const [, n] of allNames(pl.names)) if (!n.trim().includes(" ")) placeWords.add(normalizeKey(n));
  // nor is an honorific ("المهندس", engineer, is also the lexicon's Abu Mahdi al-Muhandis)
  const officesFile = readJson<OfficesFile>("offices.json");
  const honorificForms = new Set([...allNames(officesFile.honorifics)].map(([, n]) => normalizeKey(n)));
  const personAlone = (n: string) => usableAlone(n) && !placeWords.has(normalizeKey(n)) && !honorificForms.has(normalizeKey(n));
  // an English name is also read without its accents, unless that spelling is an English word (name-forms.ts)
  const plainToo = (n: string) => unaccentedVariants(n, (w) => knowsWord(w, "en"));
  const personMatcher = new PhraseMatcher<PersonHit>();
  const nameParts = new Set<string>();
  for (const p of entriesOf<PersonEntry>("people")) {
    if (people.has(p.id)) continue;
    people.set(p.id, p);
    const id = lexPersonId(p.id);
    for (const [, n] of allNames(p.names)) for (const w of normalizeKey(n).split(/[\s\-‐]+/)) if (w.length > 1) nameParts.add(w);
    const english = [...allNames(p.names)].filter(([lang]) => lang === "en").map(([, n]) => n);
    for (const [lang, written] of allNames(p.names)) {
      for (const n of lang === "ar" ? articledVariants(written).flatMap((v) => egyptianGVariants(v, english)) : lang === "en" ? articleDroppedVariants(written).flatMap(russianEndingVariants).flatMap(plainToo) : [written]) {
        if (!n.trim().includes(" ") && !personAlone(n)) continue;
        personMatcher.add(n, { id, form: "full", ambiguous: false });
        indexKey(keyIndex, n, id);
      }
    }
    for (const [, n] of allNames(p.aka)) {
      personMatcher.add(n, { id, form: "full", ambiguous: false, aka: true });
      indexKey(keyIndex, n, id);
    }
    for (const [lang, written] of allNames(p.short)) {
      for (const n of lang === "en" ? russianEndingVariants(written).flatMap(plainToo) : [written]) {
        if (!personAlone(n)) continue;
        personMatcher.add(n, { id, form: "short", ambiguous: shortAmbiguousIn(p, lang) });
        indexKey(keyIndex, n, id);
      }
    }
  }

  const placeMatcher = new PhraseMatcher<PlaceHit>();
  for (const p of placeEntries) {
    if (places.has(p.id)) continue;
    places.set(p.id, p);
    const id = lexPlaceId(p.id);
    const homographs = new Set([...allNames(p.ambiguousNames ?? {})].filter(([lang]) => lang !== "en").map(([, n]) => normalizeKey(n)));
    for (const [lang, n] of [...allNames(p.names)].flatMap(([l, w]) => (l === "en" ? plainToo(w) : [w]).map((v) => [l, v] as const))) {
      // (a name too short to stand alone is read where the lexicon marks it a homograph, in a place context only:
      // «در رم», «در قم»; _candidates.homographOutOfPlace)
      if (!n.trim().includes(" ") && !usableAlone(n) && !homographs.has(normalizeKey(n))) continue;
      placeMatcher.add(n, { id, form: "name", ambiguous: !!p.ambiguous || homographs.has(normalizeKey(n)), lang });
      indexKey(keyIndex, n, id);
    }
    // (Arabic: also the feminine and definite forms a list leaves out, "الجنوب أفريقية")
    for (const [lang, n] of allNames(p.demonyms)) for (const v of [n, ...(lang === "ar" ? arabicDemonymVariants(n) : [])]) placeMatcher.add(v, { id, form: "demonym", ambiguous: !!p.ambiguous });
    const named = new Set([...allNames(p.names)].map(([, n]) => normalizeKey(n)));
    for (const [, n] of allNames(p.contextNames)) {
      if (named.has(normalizeKey(n))) continue;
      placeMatcher.add(n, { id, form: "name", ambiguous: !!p.ambiguous, contextOnly: true });
      indexKey(keyIndex, n, id);
    }
  }

  const orgMatcher = new PhraseMatcher<OrgHit>();
  for (const o of entriesOf<OrgEntry>("organizations")) {
    if (organizations.has(o.id)) continue;
    organizations.set(o.id, o);
    const id = lexOrgId(o.id);
    const homographs = new Set([...allNames(o.ambiguousNames ?? {})].map(([, n]) => normalizeKey(n)));
    for (const n of [...allNames(o.names)].flatMap(([l, w]) => (l === "en" ? plainToo(w) : [w]))) {
      // (an intergovernmental body's two-capital acronym is a noun of running text, "the EU", "UN mediator": it
      // matches in capitals only; a medium's or a party's, "AP", "PA", is also a word of datelines and addresses)
      if (!n.trim().includes(" ") && !usableAlone(n) && !(o.kind === "international" && /^[A-Z][A-Z0-9]$/.test(n.trim()))) continue;
      orgMatcher.add(n, { id, ambiguous: !!o.ambiguous || homographs.has(normalizeKey(n)), acronym: /^[A-Z][A-Z0-9&-]+$/.test(n.trim()) });
      indexKey(keyIndex, n, id);
    }
    for (const [, n] of allNames(o.contextNames ?? {})) {
      orgMatcher.add(n, { id, ambiguous: !!o.ambiguous, acronym: false, contextOnly: true });
      indexKey(keyIndex, n, id);
    }
  }

  const titleMatcher = new PhraseMatcher<TitleHit>();
  for (const o of officesFile.entries) {
    offices.set(o.key, o);
    for (const [lang, n] of allNames(o.titles)) {
      titleMatcher.add(n, { office: o.key, form: "title" });
      if (lang === "ar") for (const v of arabicTitleVariants(n)) titleMatcher.add(v, { office: o.key, form: "title" });
    }
    for (const [, n] of allNames(o.ministry)) titleMatcher.add(n, { office: o.key, form: "ministry" });
  }
  // a style of one country's office (offices.json "styles": «شاهنشاه», the monarch of Iran), by the title's key
  const officeStyles = new Map<string, { office: string; country: string }>();
  for (const e of officesFile.styles?.entries ?? []) for (const [, n] of allNames(e.titles)) officeStyles.set(normalizeKey(n), { office: e.office, country: e.country });
  // the plural titles of offices (offices.json "plurals": «رؤساء», «وزراء خارجية»), word by word
  const officePlurals = (officesFile.plurals?.entries ?? []).flatMap((e) => [...allNames(e.titles)].map(([, n]) => ({ words: n.split(/\s+/).map(normalizeKey), office: e.office })))
    .sort((a, b) => b.words.length - a.words.length);
  const honorifics = new PhraseMatcher<true>();
  for (const [, n] of allNames(officesFile.honorifics)) honorifics.add(n, true);
  // a name part is a word of a name, not a title or a common word written in a name ("Sheikh", "الملك")
  for (const [, n] of [...allNames(officesFile.honorifics), ...officesFile.entries.flatMap((o) => [...allNames(o.titles)])]) nameParts.delete(normalizeKey(n));
  for (const k of common) nameParts.delete(k);
  const honorificWords = new Set<string>();
  // all words of the multi-word ones (خادم الحرمين الشريفين), even where a lexicon name form carries them; not a
  // name particle inside one ("Al Haj": "al" stays a particle of "Al Thani", "Al Gore")
  const particles = wordSets(cuesFile).nameParticle ?? new Set<string>();
  for (const [, n] of allNames(officesFile.honorifics)) for (const w of normalizeKey(n).split(" ")) if (w.length > 1 && (n.includes(" ") ? !particles.has(w) : !nameParts.has(w))) honorificWords.add(w);
  const titleWords = new Set<string>();
  const titleWordsIn: Record<string, Set<string>> = {};
  for (const o of officesFile.entries) {
    for (const [lang, n] of allNames(o.titles)) {
      for (const w of normalizeKey(n).split(" ")) {
        if (w.length <= 1 || nameParts.has(w)) continue;
        titleWords.add(w);
        (titleWordsIn[lang] ??= new Set()).add(w);
      }
    }
  }
  const counterpart = new PhraseMatcher<true>();
  for (const [, n] of allNames(officesFile.counterpart)) counterpart.add(n, true);
  const givenNames: Record<string, Set<string>> = {};
  const givenNameHomographs: Record<string, Set<string>> = {};
  const givenNamePlaces: Record<string, Set<string>> = {};
  for (const lang of ["fa", "ar", "en", "latin"] as const) {
    // a cue word of the language (Arabic على "on" is Persian علی), a place, a title word of the language, an
    // honorific; in English a stop word and a month or weekday (April, June, May), not the "common" cue words,
    // which are there for being names too (Bill, Grace: never a lexicon person alone, yet a given name in a slot)
    const text = lang === "latin" ? "en" : lang;
    const kinds = text === "en" ? ["stop"] : ["common", "stop"];
    const cueWords = kinds.flatMap((kind) => [...allNames(cuesFile.cues[kind])].filter(([l]) => l === text).map(([, n]) => normalizeKey(n)));
    const calendar = text === "en" ? calendarWords() : [];
    givenNames[lang] = givenNameKeys(lang, new Set([...cueWords, ...calendar, ...placeWords, ...(titleWordsIn[text] ?? []), ...honorificWords]));
    // the given names left out only for being a cue word: a name when its spelling tells it apart (_names.ts)
    const all = [...givenNameKeys(lang, new Set())];
    givenNameHomographs[lang] = new Set(all.filter((k) => cueWords.includes(k)));
    givenNamePlaces[lang] = new Set(all.filter((k) => placeWords.has(k)));
  }
  for (const [form, id] of middleDropped(people.values(), givenNames.latin)) {
    personMatcher.add(form, { id, form: "full", ambiguous: false });
    indexKey(keyIndex, form, id);
  }
  // a subdivision's Arabic name without its head noun («عرتا» of «إقليم عرتا»), read where its country is named
  const others = (n: string, id: string) => [...(keyIndex.get(normalizeKey(n).replace(/\s+/g, "")) ?? [])].some((x) => x !== id);
  // (the Arabic dictionary also lists many proper names, قندهار، عرتا: a bare name its dictionary knows is common when
  // it is definite or of several words, «الجنوب», «العصابة», «نهر النيل», or when the subdivision's English names,
  // without their head noun, are English words in lower case too)
  const lowerEnglish = (n: string) => n.split(/[\s-]+/).every((w) => isCommonWord(w.toLowerCase(), "en"));
  const dictionaryWords = (n: string, p: PlaceEntry) => n.split(/[\s-]+/).every((w) => isCommonWord(w, "ar") || isCommonWord(w.replace(/^ال/, ""), "ar"))
    && (/[\s-]/.test(n.trim()) || n.startsWith("ال") || (p.names.en ?? []).every((e) => lowerEnglish(e.includes(" ") ? e.replace(/\s+\S+$/, "") : e)));
  const taken = (bare: string, p: PlaceEntry) => {
    const k = normalizeKey(bare);
    return others(bare, lexPlaceId(p.id)) || common.has(k) || givenNames.ar.has(k) || !!titleWordsIn.ar?.has(k) || honorificWords.has(k) || dictionaryWords(bare, p) || /[،,(]/.test(bare)
      || (p.names.en ?? []).some((n) => others(n, lexPlaceId(p.id)) || (n.includes(" ") && others(n.replace(/\s+\S+$/, ""), lexPlaceId(p.id))));
  };
  for (const [slug, forms] of bareSubdivisionNames(places.values(), wordSets(cuesFile)["placeNoun.ar"] ?? new Set(), taken)) {
    for (const n of forms) placeMatcher.add(n, { id: lexPlaceId(slug), form: "name", ambiguous: !!places.get(slug)!.ambiguous, contextOnly: true, lang: "ar" });
  }

  const ev = readJson<EventsFile>("events.json");
  // (with the language listing each phrase: Persian and Arabic share a script, not their words; the Arabic «جمعه»,
  // "brought him together", is the Persian Friday)
  const triggers = new PhraseMatcher<{ kind: string; lang: string }>();
  for (const [kind, names] of Object.entries(ev.kinds)) for (const [lang, n] of allNames(names)) triggers.add(n, { kind, lang });
  const modality = new PhraseMatcher<{ kind: string; lang: string }>();
  for (const [kind, names] of Object.entries(ev.modality)) for (const [lang, n] of allNames(names)) modality.add(n, { kind, lang });
  const notAgreement = new PhraseMatcher<true>();
  for (const [, n] of allNames(ev.notAgreement)) notAgreement.add(n, true);
  const topics: EventLexicon["topics"] = [];
  for (const [key, def] of Object.entries(ev.topics ?? {})) {
    const groups = "all" in def && Array.isArray(def.all) ? (def.all as Names[]) : [def as Names];
    topics.push({
      key,
      groups: groups.map((g) => {
        const m = new PhraseMatcher<true>();
        for (const [, n] of allNames(g)) m.add(n, true);
        m.build();
        return m;
      }),
    });
  }
  const cues = new PhraseMatcher<{ kind: string; lang: string }>();
  for (const [kind, names] of Object.entries(cuesFile.cues)) for (const [lang, n] of allNames(names)) cues.add(n, { kind, lang });

  for (const m of [personMatcher, placeMatcher, orgMatcher, titleMatcher, honorifics, counterpart, triggers, modality, notAgreement, cues]) m.build();

  const stats: Record<string, number> = { people: people.size, places: places.size, organizations: organizations.size, offices: offices.size };
  for (const lang of ["en", "fa", "ar", "ru"] as const) {
    stats[`personNames.${lang}`] = [...people.values()].reduce((n, p) => n + (p.names[lang]?.length ?? 0) + (p.short?.[lang]?.length ?? 0) + (p.aka?.[lang]?.length ?? 0), 0);
  }
  return {
    people, places, organizations, offices, officeStyles, officePlurals, personMatcher, placeMatcher, orgMatcher, titleMatcher,
    words: { honorifics, counterpart, sets: withRoles({ ...wordSets(cuesFile), titleModifier: modifierWords(officesFile), ...formerWords(officesFile) }), nameParts, givenNames, givenNameHomographs, givenNamePlaces, titleWords, titleWordsIn, honorificWords },
    events: { triggers, modality, topics, notAgreement, cues },
    keyIndex, stats,
    countryCodes: new Map(Object.entries(readJson<{ codes: Record<string, string> }>("country-codes.json").codes)),
  };
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use (about a second) and shared by the whole process. */
export function getLexicon(): Lexicon {
  if (!cached) cached = buildLexicon();
  return cached;
}

/** Offices a lexicon person held on a date (any date when `date` is null). */
export function officesOn(p: PersonEntry, date: string | null): OfficeTerm[] {
  return (p.offices ?? []).filter((o) => !date || ((!o.from || o.from <= date) && (!o.to || o.to >= date)));
}

/**
 * The places.json country of a web address's country-code top-level domain ("rewritten from www.irna.ir" → iran,
 * "inform.kz" → kazakhstan; .uk → united-kingdom), from country-codes.json; none for a generic domain (.com, .news).
 */
export function countryOfDomain(lex: Lexicon, text: string): string | undefined {
  const host = /(?:^|[\s/])((?:[a-z0-9-]+\.)+([a-z]{2}))(?:[/\s:]|$)/i.exec(text.trim());
  if (!host) return undefined;
  const tld = host[2].toUpperCase();
  return lex.countryCodes.get(tld === "UK" ? "GB" : tld);
}

/** The country a place lies in (itself for a country), following `within`. */
export function countryOf(lex: Lexicon, placeId: string): string | undefined {
  let id: string | undefined = placeSlug(placeId);
  for (let i = 0; id && i < 6; i++) {
    const p = lex.places.get(id);
    if (!p) return undefined;
    if (p.kind === "country") return p.id;
    id = p.within ?? undefined;
  }
  return undefined;
}

