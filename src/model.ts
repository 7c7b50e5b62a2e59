// The data that flows between the pipeline phases:
//   ingest → Article → text → Doc → extract → ArticleFacts → resolve → ResolvedArticle → store
// Every phase imports its input and output shapes from here, so a newcomer can read the whole
// pipeline's contract in two files: this one, and the rows of resolve → store in model-rows.ts, which this
// one re-exports. GraphQL shapes are NOT here: they are generated from schema/.

/** ISO calendar date "YYYY-MM-DD". */
export type IsoDate = string;

export type Lang = "fa" | "ar" | "en";

// ---------------------------------------------------------------- ingest

/** One article as read from a source. `text` is the body without header lines. */
export interface Article {
  /** Stable id: "article:" + first 16 hex chars of sha256(text). */
  id: string;
  /** Where it was read from: a file path, "stdin", "stdin:3", "file.jsonl:12" or a URL. */
  uri: string;
  text: string;
  sha256: string;
  language?: Lang;
  /** From header lines or loader metadata, never guessed. */
  publishedAt?: IsoDate;
  source?: string;
  title?: string;
}

/** A source item that could not be read as an article. Reported, never fatal for the rest. */
export interface IngestFailure {
  uri: string;
  reason: string;
}

// ---------------------------------------------------------------- text

/** A span of the ORIGINAL article text. */
export interface Span {
  start: number;
  end: number;
}

/** A word or punctuation mark. `key` is its matching form (text/normalize.ts normalizeKey). */
export interface Token extends Span {
  text: string;
  key: string;
  /** True for punctuation tokens (kept, because «», quotes and commas matter to patterns). */
  punct: boolean;
}

export interface Sentence extends Span {
  /** Index in the document's sentence list. */
  index: number;
  /** The original text of the sentence (article.text.slice(start, end)). */
  text: string;
  /** Tokens with offsets into the ORIGINAL article text. */
  tokens: Token[];
  /** Paragraph index; headlines are their own paragraphs. */
  paragraph: number;
  /** A short line standing alone (headline, crosshead): facts in it are reported again in the body. */
  heading: boolean;
}

/** An article after cleaning and segmentation. */
export interface Doc {
  article: Article;
  language: Lang;
  /** Sentences of the kept body only (chrome and reader comments are cut). */
  sentences: Sentence[];
  /** Spans of the original text that were cut, with why (for debugging and tests). */
  removed: Array<Span & { reason: string }>;
}

// ---------------------------------------------------------------- extract

export type EntityKind = "person" | "place" | "organization";

/** Evidence for a fact: the sentence, and where it is in the original article text. */
export interface Evidence extends Span {
  sentence: string;
  sentenceIndex: number;
}

/** A surface form found in the text. */
export interface MentionFact extends Span {
  /** Index of this mention in ArticleFacts.mentions (references use it). */
  index: number;
  kind: EntityKind;
  /** Exactly as written in the article. */
  text: string;
  lang: Lang;
  sentenceIndex: number;
  /** Lexicon entry id when the mention matched the lexicon ("person/sergey-lavrov"). */
  lexiconId?: string;
  /** Other lexicon entries the same words could name (a surname two people share). */
  alternatives?: string[];
  /**
   * How it was found: the lexicon, a title before it, «quotes», a reference, an organisation descriptor
   * ("… Authority", "حزب …"), or as the outlet a report cites ("according to X": an organisation, never a party).
   */
  via?: "lexicon" | "title" | "quote" | "coreference" | "descriptor" | "source";
  /** A reference that is another name of its antecedent ("A, known as B", "B, the nom de guerre of A"): the resolver
   * keeps its text as one of the entity's names, unlike a title or a pronoun. */
  alias?: boolean;
  /** For places: city, country, region, site, ... */
  placeKind?: string;
  /**
   * For a site no lexicon knows: the mention of the town it stands in (the town written right after it, else the
   * city of the dateline), which the resolver makes its containing place.
   */
  within?: number;
  /**
   * For a reference that names no one ("the Russian president", "his counterpart", "the Russian
   * delegation"): the mention index of the named person it was resolved to in this article.
   */
  antecedent?: number;
  /** 0.9 or more: a lexicon person's full name, or a short form the article confirmed (`NAMED_IN_FULL`). */
  confidence: number;
}

/** The confidence from which a lexicon person's mention names them in full ("Sergey Lavrov", not "Lavrov"). */
export const NAMED_IN_FULL = 0.9;

/**
 * The lowest protocol rank (offices.json: 1 head of state, 2 head of government, 3 ministers) whose holder a surname
 * alone, with no given name anywhere in the article, names: "President Kowalczyk", «نخست‌وزیر راس».
 */
export const SURNAME_RANK = 3;

/**
 * Days before its publication that a report with no date of its own can be about: news tells what just happened ("the
 * two ministers met" in an article of 10 May is not about a meeting of two years before). Read by the resolver's
 * intervals (resolve/date-window.ts) and by the article's own merging of its reports (extract pass 6).
 */
export const UNDATED_WINDOW_DAYS = 31;

/**
 * Days from publication (first, last) that a report dated only by a week anchor ("this week", "last week", "next
 * week": never bound to a day) can be about. Weeks start on Saturday, Sunday or Monday by the country, so the bounds
 * are loose. Read by the resolver's intervals (resolve/date-window.ts) and by extract pass 6 (dates/resolve.weekHolds).
 */
export const WEEK_ANCHOR_DAYS: Readonly<Record<string, readonly [number, number]>> = { week: [-7, 7], "week-1": [-14, -2], "week+1": [1, 14] };

/** The lexicon people an article's mentions name in full, the one test every phase uses for "named in full". */
export function lexiconPeopleNamedInFull(mentions: readonly MentionFact[]): Set<string> {
  // (a full name several lexicon people bear, its alternatives kept, «جرج بوش», names none of them in full)
  return new Set(mentions.flatMap((m) => (m.kind === "person" && m.lexiconId && m.confidence >= NAMED_IN_FULL && !(m.alternatives && m.alternatives.length > 1) ? [m.lexiconId] : [])));
}

/** "X is the foreign minister of Y" as claimed by this article. */
export interface RoleFact {
  person: number; // mention index
  /** Canonical office key from the titles lexicon: "foreign-minister", "president", ... */
  office: string;
  /** Country as a place lexicon id ("place/syria") when the text says whose office it is. */
  country?: string;
  date: DateValue;
  evidence: Evidence;
  confidence: number;
  /** The title says the office is no longer held ("former Prime Minister X", «الرئيس السابق X»): X is no holder of it. */
  former?: boolean;
}

export type DatePrecision = "day" | "month" | "year";

/**
 * A date as the text gives it. `date` is set only when it is known; otherwise `anchor` names
 * what it depends on ("weekday:4" in this article, "today" in this article), so that the
 * resolver can bind it when another article dates the same event. A date is never invented.
 */
export interface DateValue {
  date: IsoDate | null;
  precision: DatePrecision | null;
  /** How the date was obtained. */
  basis: "explicit" | "relative" | "weekday" | "publication" | "context" | "unknown";
  /** ISO weekday 1 (Mon) .. 7 (Sun) when the text names one. */
  weekday?: number;
  /** Unresolved relative expression, scoped to the article: "today", "weekday:4", "yesterday". */
  anchor?: string;
  /** The text that gave the date, if any. */
  text?: string;
}

export type EventKind = "meeting" | "call" | "planned" | "cancelled" | "denied" | "visit";

export interface EventFact {
  /** Index in ArticleFacts.events. */
  index: number;
  kind: EventKind;
  /** Mention indexes of the people taking part (at least two for a meeting, except a visit). */
  participants: number[];
  /** Mention index of the place, if the clause or context gives one. */
  place?: number;
  date: DateValue;
  /** The trigger word or phrase as written. */
  trigger: string;
  evidence: Evidence;
  confidence: number;
}

export interface AgreementFact {
  index: number;
  /** Short summary: the agreed clause as written (trimmed). */
  summary: string;
  /** Topic keys from the agreement-topics lexicon, used to tell agreements apart. */
  topics: string[];
  status: "agreed" | "signed" | "announced";
  /** Mention indexes of states or organisations that are parties. */
  parties: number[];
  /** Lexicon ids of parties the article does not name itself (the countries of the signatories). */
  impliedParties: string[];
  /** Mention indexes of people who signed or announced it. */
  signatories: number[];
  date: DateValue;
  /** Index of the meeting event it was reached at, when the text ties it to one. */
  meeting?: number;
  evidence: Evidence;
  confidence: number;
}

/** Everything extracted from one article, before resolution. */
export interface ArticleFacts {
  article: Article;
  language: Lang;
  publishedAt?: IsoDate;
  mentions: MentionFact[];
  roles: RoleFact[];
  events: EventFact[];
  agreements: AgreementFact[];
}

// ---------------------------------------------------------------- resolve → store, derived events
// (the rows, in model-rows.ts)
export type * from "./model-rows.js";
