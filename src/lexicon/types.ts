// The lexicon's types: its entries as the data files hold them (src/lexicon/data/*.json), the hits a
// phrase matcher returns, and the built Lexicon that extraction reads (built by ./index.ts).
import type { Lang } from "../model.js";
import type { PhraseMatcher } from "../text/matcher.js";

export type Names = Partial<Record<Lang | "ru", string[]>>;

export interface OfficeTerm {
  office: string;
  country?: string;
  from?: string | null;
  to?: string | null;
}

export interface PersonEntry {
  id: string;
  name: string;
  names: Names;
  short?: Names;
  aka?: Names;
  /**
   * The short forms are also common words, given names, shared surnames …: read alone only near the full name or an
   * office (true: in every language; a list of languages: only the short forms of those, ["en"] for "Tusk").
   */
  shortAmbiguous?: boolean | Array<Lang | "ru">;
  offices?: OfficeTerm[];
  source: string;
  /** The person's gender where the source gives it (Arabic verbs agree with it: التقى، التقت). */
  gender?: "f" | "m";
}

export interface PlaceEntry {
  id: string;
  name: string;
  kind: string;
  within?: string | null;
  capital?: string | null;
  names: Names;
  demonyms?: Names;
  ambiguous?: boolean;
  /** Forms that are also a common word or a name in that language (مالی "financial", دوشنبه "Monday"). */
  ambiguousNames?: Names;
  /**
   * Names matched only where the article names the place's country (contextOnly): a name subdivisions of
   * several countries share ("Punjab") or made of common words ("Western Cape"); places-subdivisions.json.
   */
  contextNames?: Names;
  /**
   * A political epithet for a country ("the Zionist regime"), kept for reference and never matched: an
   * epithet is no mention of the place (the lexicon loader does not read it; tests/lexicon checks that).
   */
  epithets?: Names;
  /** ISO 3166-2 code of a subdivision (places-subdivisions.json). */
  iso?: string;
  source: string;
}

export interface OrgEntry {
  id: string;
  name: string;
  kind?: string;
  country?: string | null;
  names: Names;
  ambiguous?: boolean;
  /**
   * One-word forms that are also a common word of that language («المفوضية»: "the commission", UNHCR's short name):
   * read as the organisation only where the article cites it as a source or names it in a longer form (02c-sources).
   */
  ambiguousNames?: Names;
  /**
   * Names matched only where the article names the organisation's country: a country's body named by the generic
   * word ("Congress", "Senate": the United States' in Washington, the Philippines' in Manila).
   */
  contextNames?: Names;
  source: string;
}

export interface OfficeEntry {
  key: string;
  name: string;
  titles: Names;
  ministry?: Names;
  rank?: number;
  /** Held at a place or body (ambassador, envoy): "السفير … لدى العراق X". */
  posted?: boolean;
  /** The generic office this one narrows (foreign-minister → minister): a title of the generic office refers to its holder. */
  parent?: string;
  /** A monarch's or an heir's office, whose holder news names by a given name alone after the title ("King Abdullah", "Crown Prince Hassan"). */
  regnal?: boolean;
  source?: string;
}

/** What a person-lexicon phrase stands for. */
export interface PersonHit {
  id: string;
  /** "full": a full name or aka; "short": a surname/kunya used alone. */
  form: "full" | "short";
  ambiguous: boolean;
  /** The form is one of the person's aka (a style or title that names them: «رهبر انقلاب»), no name of theirs. */
  aka?: boolean;
}
export interface PlaceHit {
  id: string;
  /** "name": the place's name; "demonym": an adjective of the country ("Syrian", "السوري"). */
  form: "name" | "demonym";
  ambiguous: boolean;
  /** A name of `contextNames`: this place only where the article names its country. */
  contextOnly?: boolean;
  /** The language the lexicon lists this form under. */
  lang?: string;
}
export interface OrgHit {
  id: string;
  ambiguous: boolean;
  /** The form is an acronym ("MAP", "KUNA"): it names the organisation only written in capitals. */
  acronym: boolean;
  /** A form of OrgEntry.contextNames: the organisation only where the article names its country. */
  contextOnly?: boolean;
}
export interface TitleHit {
  office: string;
  /** "title" = the office itself ("foreign minister"); "ministry" = its ministry. */
  form: "title" | "ministry";
}

/** Word lists used by the extraction passes (events.json and offices.json extras). */
export interface WordLists {
  honorifics: PhraseMatcher<true>;
  counterpart: PhraseMatcher<true>;
  /** Single-word lists of cues.json "words", as normalised keys (nameParticle, postedAt, affairs, reportOf), and
   *  titleModifier: the one-word title modifiers of offices.json (السابق، المكلف، پیشین، acting);
   *  formerModifier.<lang>: those of them that say the office is no longer held (former, ex, سابق). */
  sets: Record<string, Set<string>>;
  /** Every word of every person name the lexicon knows, in any script, as normalised keys (words.ts). */
  nameParts: Set<string>;
  /** By language (fa, ar): given names written in Arabic script from systematic lists (given-names.json: faker,
   *  persian-names, arabnamer), as normalised keys, less the language's cue words, title words, honorifics and
   *  places: a word of a name no lexicon knows, though the spelling dictionary lists it (نزار، ليلى). */
  givenNames: Record<string, Set<string>>;
  /** Given names (keys) left out of `givenNames` only because they are cue words of the language (Arabic علي, folded like على). */
  givenNameHomographs: Record<string, Set<string>>;
  /** Given names (keys) left out of `givenNames` only because they are one-word place names (Mary, Florence, Victoria). */
  givenNamePlaces: Record<string, Set<string>>;
  /** Every word of every office title (وزیر، امور، خارجه، الخارجية، minister), less the name parts. */
  titleWords: Set<string>;
  /** The same, by the language whose titles list the word: Arabic "على رأس" makes علی no Persian name word. */
  titleWordsIn: Record<string, Set<string>>;
  /** Every word of a title of address or rank (Sheikh, الشيخ، آقای، خادم الحرمين الشريفين), less the name parts. */
  honorificWords: Set<string>;
}

export interface EventLexicon {
  triggers: PhraseMatcher<{ kind: string; lang: string }>; // value: meeting | visit | call | agreement | join, with the language listing it
  /** kind: planned | cancelled | postponed | denied | notHeld | invited | negation | condition | indirect | modal | eve; lang: the phrase's
   * language (Persian and Arabic share a script, not their words: Arabic نفت "she denied" is Persian "oil") */
  modality: PhraseMatcher<{ kind: string; lang: string }>;
  topics: Array<{ key: string; groups: PhraseMatcher<true>[] }>;
  notAgreement: PhraseMatcher<true>;
  cues: PhraseMatcher<{ kind: string; lang: string }>; // value: cue kinds from cues.json (genitive, group, delegation, ...), with the language listing it
}

export interface Lexicon {
  people: Map<string, PersonEntry>;
  places: Map<string, PlaceEntry>;
  organizations: Map<string, OrgEntry>;
  offices: Map<string, OfficeEntry>;
  /** Styles of one country's office (offices.json "styles"), by the normalised key of the title form. */
  officeStyles: Map<string, { office: string; country: string }>;
  /** Plural titles (offices.json "plurals": Arabic «رؤساء», «وزراء خارجية»), as the normalised keys of their words, with the office; the longest first. */
  officePlurals: Array<{ words: string[]; office: string }>;
  personMatcher: PhraseMatcher<PersonHit>;
  placeMatcher: PhraseMatcher<PlaceHit>;
  orgMatcher: PhraseMatcher<OrgHit>;
  titleMatcher: PhraseMatcher<TitleHit>;
  words: WordLists;
  events: EventLexicon;
  /** Lexicon entry ids by the normalised key of any of their names (for name lookups). */
  keyIndex: Map<string, Set<string>>;
  /** Sizes, for the README and the extraction report. */
  stats: Record<string, number>;
  /** The places.json country of each ISO 3166 alpha-2 code (country-codes.json), for web addresses' domains. */
  countryCodes: Map<string, string>;
}

// ---- the data files

export interface DataFile<T> {
  about?: string;
  entries: T[];
}

export interface EventsFile {
  kinds: Record<string, Names>;
  modality: Record<string, Names>;
  notAgreement?: Names;
  topics?: Record<string, Names | { all: Names[] }>;
}

export interface CuesFile {
  about?: string;
  cues: Record<string, Names>;
  words?: Record<string, Names | string>;
}

export interface OfficesFile extends DataFile<OfficeEntry> {
  honorifics?: Names;
  counterpart?: Names;
  /** Styles of an office of one country only: «شاهنشاه» (king of Iran), "Custodian of the Two Holy Mosques". */
  styles?: { about?: string; source?: string; entries: Array<{ office: string; country: string; titles: Names }> };
  plurals?: { about?: string; source?: string; entries: Array<{ office: string; titles: Names }> };
  /** former / interim / acting / elect: each a Names list ("about" is a string). */
  modifiers?: Record<string, Names | string>;
}
