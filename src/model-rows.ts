// The rows the resolver hands to the store and the events coreference derives from them: the second half of the
// pipeline's contract (src/model.ts re-exports them, so every phase still imports its shapes from one place).
import type { AgreementFact, DatePrecision, DateValue, EntityKind, EventKind, IsoDate, Lang, Span } from "./model.js";

// ---------------------------------------------------------------- resolve → store

export interface AliasRow {
  text: string;
  language: Lang;
}

export interface PersonRow {
  id: string;
  name: string;
  aliases: AliasRow[];
  /** Script-insensitive matching keys (text/keys.ts); used by person(name:) lookups. */
  keys: string[];
}

export interface PlaceRow {
  id: string;
  name: string;
  kind: string;
  /** Containing place id (the Kremlin is within Moscow). */
  within?: string;
  aliases: AliasRow[];
  keys: string[];
}

export interface OrganizationRow {
  id: string;
  name: string;
  aliases: AliasRow[];
  keys: string[];
}

export interface ArticleRow {
  id: string;
  uri: string;
  sha256: string;
  title?: string;
  language: Lang;
  publishedAt?: IsoDate;
  source?: string;
  /** The article text, kept so that evidence offsets can be shown in context. */
  text: string;
}

export interface MentionRow extends Span {
  id: string;
  articleId: string;
  entityId: string;
  kind: EntityKind;
  text: string;
  lang: Lang;
}

export interface RoleClaimRow {
  id: string;
  personId: string;
  office: string;
  countryId?: string;
  articleId: string;
  date: IsoDate | null;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

export interface SourceRow extends Span {
  articleId: string;
  /** The sentence that states the fact, as written. */
  excerpt: string;
  confidence: number;
}

/**
 * One article's report of an event, with resolved entity ids. Reports are what articles say;
 * Meetings are what the resolver concludes from all reports together (resolve/coref.ts).
 */
export interface EventReport {
  id: string;
  articleId: string;
  kind: EventKind;
  participantIds: string[];
  placeId?: string;
  date: DateValue;
  /** "articleId#anchor" for dates that depend on an unresolved expression in that article. */
  dateVar?: string;
  publishedAt?: IsoDate;
  trigger: string;
  source: SourceRow;
}

export interface AgreementReport {
  id: string;
  articleId: string;
  summary: string;
  topics: string[];
  status: AgreementFact["status"];
  partyIds: string[];
  signatoryIds: string[];
  date: DateValue;
  dateVar?: string;
  /** Report id of the meeting it was reached at. */
  meetingReportId?: string;
  publishedAt?: IsoDate;
  source: SourceRow;
}

/** What the resolver hands to the store for one article: written all-or-nothing. */
export interface ResolvedArticle {
  article: ArticleRow;
  people: PersonRow[];
  places: PlaceRow[];
  organizations: OrganizationRow[];
  mentions: MentionRow[];
  roles: RoleClaimRow[];
  events: EventReport[];
  agreements: AgreementReport[];
}

// ---------------------------------------------------------------- derived events (coreference)

export interface MeetingRow {
  id: string;
  /** meeting | call | planned | cancelled | denied | visit */
  kind: EventKind;
  date: IsoDate | null;
  datePrecision: DatePrecision | null;
  /** How the date was found: "explicit in <article>", "propagated from <article> via <meeting>"... */
  dateBasis: string;
  confidence: number;
  participantIds: string[];
  placeId?: string;
  sources: SourceRow[];
  reportIds: string[];
}

export interface AgreementRow {
  id: string;
  summary: string;
  date: IsoDate | null;
  status: AgreementFact["status"];
  partyIds: string[];
  signatoryIds: string[];
  meetingId?: string;
  sources: SourceRow[];
  reportIds: string[];
}

/** The events concluded from a set of reports: replaces the derived events of those reports. */
export interface DerivedEvents {
  meetings: MeetingRow[];
  agreements: AgreementRow[];
}
