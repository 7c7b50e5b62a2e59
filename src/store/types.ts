// GraphStore: the one boundary between the application and the graph database.
// Two adapters implement it: store/kuzu (embedded default) and store/neo4j (neo4j-driver).
// Cypher lives only under store/. Everything here is domain-level: no query strings leak out.
import type {
  AgreementReport,
  AgreementRow,
  AliasRow,
  ArticleRow,
  DerivedEvents,
  EntityKind,
  EventKind,
  EventReport,
  IsoDate,
  MeetingRow,
  OrganizationRow,
  PersonRow,
  PlaceRow,
  ResolvedArticle,
  RoleClaimRow,
  SourceRow,
} from "../model.js";
import type { IntegrityOptions, IntegrityReport } from "./integrity.js";

/** A page request. `after` is an opaque cursor returned as `endCursor` by the previous page. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  rows: T[];
  /** Position of rows[0] in the whole ordered list (edge cursors derive from it). */
  offset: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PeopleFilter extends PageArgs {
  /** Restrict to these ids (for example the people whose keys matched a search). */
  ids?: string[];
  /** Office key from the titles lexicon ("foreign-minister"). */
  office?: string;
  /** Country place id; with office, people who held that office of that country. */
  countryId?: string;
  orderBy?: "NAME" | "MEETING_COUNT";
}

export interface EventFilter extends PageArgs {
  /** Only events of these kinds. Default: ["meeting"]. */
  kinds?: EventKind[];
  /** Events attended by this person. */
  participantId?: string;
  /** With participantId: events attended by both. */
  withId?: string;
  from?: IsoDate;
  to?: IsoDate;
  placeId?: string;
  /** Events held in this country (the place or any place within it). */
  countryId?: string;
  orderBy?: "DATE_ASC" | "DATE_DESC";
}

export interface AgreementFilter extends PageArgs {
  partyId?: string;
  signatoryId?: string;
  from?: IsoDate;
  to?: IsoDate;
}

/** One counterpart of a person, with the meetings they attended together. */
export interface MetWithRow {
  personId: string;
  otherId: string;
  meetingIds: string[];
}

/** A chain of meetings linking two people: people[i] and people[i+1] met at meetings[i]. */
export interface PathRow {
  personIds: string[];
  meetingIds: string[];
}

/**
 * A nested answer read in one round trip, with the rows it refers to (the API primes its
 * DataLoaders with them, so the nested fields cost no further round trip).
 */
export interface Nested<T> {
  result: T;
  people: PersonRow[];
  meetings: MeetingRow[];
  places: PlaceRow[];
}

/** A person's timeline: every meeting or contact they attended and every agreement they signed or announced. */
export interface Timeline {
  meetings: MeetingRow[];
  agreements: AgreementRow[];
}

export interface SearchHit {
  kind: EntityKind | "article";
  id: string;
  score: number;
}

/** What one write did: articles written (new ones), and the incremental derivation in its commit. */
export interface WriteResult {
  written: number;
  /** Ids of the articles written (those not already stored). */
  writtenIds: string[];
  /** Reports whose meetings and agreements were derived again. */
  derivedReports: number;
  deriveMs: number;
}

export interface StoreStats {
  articles: number;
  people: number;
  places: number;
  organizations: number;
  mentions: number;
  meetings: number;
  agreements: number;
  relationships: number;
}

export interface GraphStore {
  /** "kuzu" or "neo4j". */
  readonly kind: string;
  /** Round trips to the database since the store was opened (the N+1 test reads it). */
  readonly roundTrips: number;
  /** Starts reading in the background what the first write would otherwise read first (the embedded store's coreference keys). */
  warm?(): void;

  /** Creates tables / constraints / indexes. Idempotent: safe on every start. */
  init(): Promise<void>;
  close(): Promise<void>;

  // ---------------------------------------------------------------- writes
  /** Ids among these that are already stored (an article is stored iff its id is present). */
  existingArticles(ids: string[]): Promise<Set<string>>;
  /**
   * Writes one article with its entities, mentions, role claims and event/agreement reports,
   * all-or-nothing. Entities are merged by id; an article already present is left unchanged.
   */
  writeArticle(article: ResolvedArticle): Promise<WriteResult>;
  /** Writes many articles (the bulk path). Same effect as writeArticle on each, in order. */
  writeArticles(articles: ResolvedArticle[]): Promise<WriteResult>;
  /**
   * Removes an article with its mentions, claims and reports, then entities that no longer have
   * any mention. Returns false when there was no such article. Like a write, it re-derives the
   * meetings and agreements its reports took part in, in the same commit.
   */
  removeArticle(id: string): Promise<boolean>;
  /** Every stored report, for event coreference (resolve/coref.ts). */
  listReports(): Promise<{ events: EventReport[]; agreements: AgreementReport[] }>;
  /** Replaces ALL derived meetings/contacts and agreements with these. */
  replaceDerived(derived: DerivedEvents): Promise<void>;
  /** Re-derives every meeting and agreement from every stored report, in one commit (`kg rederive`). */
  rederive(): Promise<{ meetings: number; agreements: number }>;
  /** Meetings (in person) and agreements stored now. */
  derivedCounts(): Promise<{ meetings: number; agreements: number }>;
  /** A number bumped by every committed write, kept in the store (read caches key on it). */
  generation(): Promise<number>;

  // ---------------------------------------------------------------- lookups (batched)
  /** Entity ids whose matching keys include any of these keys. */
  findByKeys(kind: EntityKind, keys: string[]): Promise<string[]>;
  getPeople(ids: readonly string[]): Promise<Array<PersonRow | null>>;
  getPlaces(ids: readonly string[]): Promise<Array<PlaceRow | null>>;
  getOrganizations(ids: readonly string[]): Promise<Array<OrganizationRow | null>>;
  getArticles(ids: readonly string[]): Promise<Array<ArticleRow | null>>;
  getMeetings(ids: readonly string[]): Promise<Array<MeetingRow | null>>;
  getAgreements(ids: readonly string[]): Promise<Array<AgreementRow | null>>;
  /** Aliases (surface forms with language) for each entity id, in the same order. */
  aliasesOf(ids: readonly string[]): Promise<AliasRow[][]>;
  /** Role claims for each person id, in the same order. */
  rolesOf(personIds: readonly string[]): Promise<RoleClaimRow[][]>;
  /** Sources for each meeting or agreement id, in the same order. */
  sourcesOf(eventIds: readonly string[]): Promise<SourceRow[][]>;
  /** Ids of the meetings/contacts and agreements each article reports, in the same order. */
  eventsOfArticles(articleIds: readonly string[]): Promise<Array<{ meetings: string[]; agreements: string[] }>>;
  /** Ids of the agreements reached at each meeting id, in the same order. */
  agreementsOfMeetings(meetingIds: readonly string[]): Promise<string[][]>;

  // ---------------------------------------------------------------- lists and graph queries
  listPeople(filter: PeopleFilter): Promise<Page<PersonRow>>;
  listPlaces(args: PageArgs): Promise<Page<PlaceRow>>;
  listOrganizations(args: PageArgs): Promise<Page<OrganizationRow>>;
  listArticles(args: PageArgs): Promise<Page<ArticleRow>>;
  listMeetings(filter: EventFilter): Promise<Page<MeetingRow>>;
  listAgreements(filter: AgreementFilter): Promise<Page<AgreementRow>>;
  /** For each person id, their counterparts and shared meetings (kind "meeting" only). */
  metWith(
    personIds: readonly string[],
    filter?: { from?: IsoDate; to?: IsoDate; placeId?: string },
  ): Promise<MetWithRow[][]>;
  /** metWith, with the counterparts' rows and the shared meetings and their places, in one round trip. */
  metWithDetails(
    personIds: readonly string[],
    filter?: { from?: IsoDate; to?: IsoDate; placeId?: string },
  ): Promise<Nested<MetWithRow[][]>>;
  /**
   * listMeetings with the meetings' places. In-person meetings of a person (with another, if
   * withId), without a place filter, take one round trip; other filters fall back to listMeetings.
   */
  listMeetingsDetails(filter: EventFilter): Promise<Nested<Page<MeetingRow>>>;
  /** A person's timeline (meetings and contacts with their places, agreements), in one round trip; each list in date order. */
  timeline(personId: string, filter?: { from?: IsoDate; to?: IsoDate }): Promise<Nested<Timeline>>;
  /** Shortest chain of meetings between two people, within a date range; null when none. */
  connection(
    aId: string,
    bId: string,
    opts: { maxHops: number; since?: IsoDate; until?: IsoDate },
  ): Promise<PathRow | null>;
  /**
   * Full-text search over entity names/aliases and article titles. `text` is already reduced to
   * matching keys by the caller (text/keys.ts), so the store compares keys, not raw text.
   */
  search(text: string, kinds: Array<EntityKind | "article">, first: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Stored data against the checksums and names written (kg check; `sample` for the quick start-up form). */
  checkIntegrity(opts?: IntegrityOptions): Promise<IntegrityReport>;
}
