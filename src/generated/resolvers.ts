import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRow, PlaceRow, OrganizationRow, ArticleRow, MeetingRow, AgreementRow, RoleClaimRow, SourceRow } from '../model.js';
import type { MetWithParent, TimelineParent, SearchHitParent, DateOriginParent, CounterpartEdgeParent, PageParent, IngestParent } from '../api/mappers.js';
import type { PathRow } from '../store/types.js';
import type { ApiContext } from '../api/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, serialised as "YYYY-MM-DD". Null when the day is not known: a date is never invented.
   * An input that is not a real calendar day ("2025-02-30", "31/07/2025") is rejected with BAD_USER_INPUT,
   * whether it is written in the query or passed as a variable.
   */
  Date: { input: string; output: string; }
};

/** An agreement: what was agreed or signed, between which parties, by whom, when. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The meeting it was reached at, when an article ties it to one. */
  meeting?: Maybe<Meeting>;
  /** The states and organisations that are parties, then the people who signed it for them (also in `signatories`): an agreement between two bodies is named by who concluded it. */
  parties: Array<Party>;
  /** People who signed or announced it. */
  signatories: Array<Person>;
  sources: Array<Source>;
  status: AgreementStatus;
  /** The agreed clause, as written in one of its sources. */
  summary: Scalars['String']['output'];
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

/** How far an agreement went. */
export type AgreementStatus =
  /** The parties agreed on it (agreed, reached an agreement). */
  | 'AGREED'
  /** It was announced. */
  | 'ANNOUNCED'
  /** It was signed (signed, a memorandum was signed). */
  | 'SIGNED';

/** A surface form of a name as written in an article, with its BCP-47 language tag ("fa", "ar", "en"). */
export type Alias = {
  __typename?: 'Alias';
  language: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** An article the graph was built from. */
export type Article = Node & {
  __typename?: 'Article';
  /** Agreements this article reports. */
  agreements: Array<Agreement>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  /** Meetings this article reports. */
  meetings: Array<Meeting>;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** The article text (as loaded, headers removed); source offsets point into it. */
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Where it was read from: a file path, stdin, or a URI given at ingestion. */
  uri: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleInput = {
  /** fa, ar or en; detected when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the article comes from (a URL); default: graphql:<content hash>. */
  uri?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of contact an event is. Only MEETING is an in-person meeting. */
export type ContactKind =
  | 'CALL'
  | 'CANCELLED'
  | 'DENIED'
  | 'MEETING'
  | 'PLANNED';

export type CounterpartConnection = {
  __typename?: 'CounterpartConnection';
  edges: Array<CounterpartEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge of `Person.counterparts`: the other person, and the meetings they attended together (oldest first). */
export type CounterpartEdge = {
  __typename?: 'CounterpartEdge';
  cursor: Scalars['String']['output'];
  /** How many meetings the two attended together (within the filters). */
  meetingCount: Scalars['Int']['output'];
  meetings: Array<Meeting>;
  node: Person;
};

/** Where a meeting's date comes from. */
export type DateBasisKind =
  /** A date stated elsewhere in the same article for the same event. */
  | 'CONTEXT'
  /** A calendar date written in the article ("on 31 July 2025", "۹ شهریور ۱۴۰۴"). */
  | 'EXPLICIT'
  /** No article of this meeting dates it; another report of the same meeting does, and its date was carried over. */
  | 'PROPAGATED'
  /** The publication date itself ("today"). */
  | 'PUBLICATION'
  /** A relative expression resolved against the publication date ("yesterday"). */
  | 'RELATIVE'
  /** No date could be found: `Meeting.date` is null. */
  | 'UNKNOWN'
  /** A weekday resolved against the publication date ("on Thursday"). */
  | 'WEEKDAY';

/** How a meeting's date was found. */
export type DateOrigin = {
  __typename?: 'DateOrigin';
  /** The article whose text gave the date (for PROPAGATED, the article the date was carried to); null for UNKNOWN. */
  article?: Maybe<Article>;
  /** The words that gave the date, as written in the article, when there are such words. */
  evidence?: Maybe<Scalars['String']['output']>;
  kind: DateBasisKind;
};

/** How precisely a date is known. Meetings only carry day dates today. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type Hop = {
  __typename?: 'Hop';
  from: Person;
  meeting: Meeting;
  to: Person;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when an article with the same content was already loaded (nothing changed). */
  created: Scalars['Boolean']['output'];
};

/** A meeting (or, by kind, another contact), concluded from one or more article reports of it. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Agreements reached at this meeting. */
  agreements: Array<Agreement>;
  confidence: Scalars['Float']['output'];
  /** The day, or null when no article lets us know it. */
  date?: Maybe<Scalars['Date']['output']>;
  /**
   * How the date was found: free text that names an internal article id.
   * @deprecated Use `dateOrigin`: the kind of basis, the article and the evidence as fields.
   */
  dateBasis: Scalars['String']['output'];
  /** How the date was found: said in an article, or propagated from another report of the same meeting, or unknown. */
  dateOrigin: DateOrigin;
  /** DAY when `date` is set, null otherwise. */
  datePrecision?: Maybe<DatePrecision>;
  id: Scalars['ID']['output'];
  kind: ContactKind;
  participants: Array<Person>;
  place?: Maybe<Place>;
  /** Every article and sentence that reports this meeting. */
  sources: Array<Source>;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingOrder =
  | 'DATE_ASC'
  | 'DATE_DESC';

/** The shortest chain of meetings linking two people: hops[i] is a meeting between people[i] and people[i+1]. */
export type MeetingPath = {
  __typename?: 'MeetingPath';
  hops: Array<Hop>;
  meetings: Array<Meeting>;
  people: Array<Person>;
};

/** One counterpart of a person, with the meetings they attended together. */
export type MetWith = {
  __typename?: 'MetWith';
  meetings: Array<Meeting>;
  person: Person;
};

/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Extracts an article's facts and adds them to the graph (idempotent by content). */
  ingestArticle: IngestResult;
  /** Removes an article and the facts only it supported. False when there was no such article. */
  removeArticle: Scalars['Boolean']['output'];
};


/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


/** Mutations need `Authorization: Bearer <KG_TOKEN>`; with no KG_TOKEN set on the server they are disabled. */
export type MutationRemoveArticleArgs = {
  id: Scalars['ID']['input'];
};

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

/**
 * An office a person can hold, one value per entry of the offices lexicon (src/lexicon/data/offices.json):
 * the lexicon key in upper case with "_" for "-" (foreign-minister is FOREIGN_MINISTER).
 */
export type Office =
  /** Adviser / aide */
  | 'ADVISER'
  /** Agriculture Minister */
  | 'AGRICULTURE_MINISTER'
  /** Ambassador */
  | 'AMBASSADOR'
  /** Deputy leader of an armed group / movement */
  | 'ARMED_GROUP_DEPUTY_LEADER'
  /** Leader of an armed group / movement */
  | 'ARMED_GROUP_LEADER'
  /** Spokesperson of an armed group / movement */
  | 'ARMED_GROUP_SPOKESPERSON'
  /** Chief of (General) Staff / army chief */
  | 'ARMY_CHIEF'
  /** Central Bank Governor */
  | 'CENTRAL_BANK_GOVERNOR'
  /** Chancellor */
  | 'CHANCELLOR'
  /** Chargé d'affaires */
  | 'CHARGE_DAFFAIRES'
  /** Chief executive (of a company / authority) */
  | 'CHIEF_EXECUTIVE'
  /** Chief Justice / head of the judiciary */
  | 'CHIEF_JUSTICE'
  /** Chief of Staff / head of the presidential administration */
  | 'CHIEF_OF_STAFF'
  /** Commander */
  | 'COMMANDER'
  /** President of the European Commission */
  | 'COMMISSION_PRESIDENT'
  /** Consul General (head of a consular post) */
  | 'CONSUL_GENERAL'
  /** Crown Prince */
  | 'CROWN_PRINCE'
  /** Culture Minister */
  | 'CULTURE_MINISTER'
  /** Defence Minister */
  | 'DEFENCE_MINISTER'
  /** Deputy Crown Prince */
  | 'DEPUTY_CROWN_PRINCE'
  /** Deputy Defence Minister */
  | 'DEPUTY_DEFENCE_MINISTER'
  /** Deputy Foreign Minister */
  | 'DEPUTY_FOREIGN_MINISTER'
  /** Deputy Minister (generic) */
  | 'DEPUTY_MINISTER'
  /** Deputy Prime Minister */
  | 'DEPUTY_PRIME_MINISTER'
  /** Deputy Ruler */
  | 'DEPUTY_RULER'
  /** Deputy Secretary-General */
  | 'DEPUTY_SECRETARY_GENERAL'
  /** Deputy Speaker */
  | 'DEPUTY_SPEAKER'
  /** Director General / head of an organisation */
  | 'DIRECTOR_GENERAL'
  /** Economy Minister */
  | 'ECONOMY_MINISTER'
  /** Education Minister */
  | 'EDUCATION_MINISTER'
  /** Emergency Situations Minister */
  | 'EMERGENCY_MINISTER'
  /** Emir */
  | 'EMIR'
  /** Emperor */
  | 'EMPEROR'
  /** Energy Minister */
  | 'ENERGY_MINISTER'
  /** Envoy / Special Envoy */
  | 'ENVOY'
  /** President of the European Council */
  | 'EUROPEAN_COUNCIL_PRESIDENT'
  /** Executive Director */
  | 'EXECUTIVE_DIRECTOR'
  /** Finance Minister */
  | 'FINANCE_MINISTER'
  /** Foreign Minister */
  | 'FOREIGN_MINISTER'
  /** Foreign Ministry Spokesperson */
  | 'FOREIGN_MINISTRY_SPOKESPERSON'
  /** Government Spokesperson */
  | 'GOVERNMENT_SPOKESPERSON'
  /** Governor */
  | 'GOVERNOR'
  /** Governor-General (a Commonwealth realm's representative of the monarch) */
  | 'GOVERNOR_GENERAL'
  /** Head of delegation */
  | 'HEAD_OF_DELEGATION'
  /** Head of government (generic / interim) */
  | 'HEAD_OF_GOVERNMENT_GENERIC'
  /** Head of state (generic) */
  | 'HEAD_OF_STATE_GENERIC'
  /** Health Minister */
  | 'HEALTH_MINISTER'
  /** High Commissioner */
  | 'HIGH_COMMISSIONER'
  /** EU High Representative / foreign policy chief */
  | 'HIGH_REPRESENTATIVE'
  /** Construction / Housing Minister */
  | 'HOUSING_MINISTER'
  /** Industry Minister */
  | 'INDUSTRY_MINISTER'
  /** Information Minister */
  | 'INFORMATION_MINISTER'
  /** Intelligence chief */
  | 'INTELLIGENCE_CHIEF'
  /** Intelligence Minister */
  | 'INTELLIGENCE_MINISTER'
  /** Interior Minister */
  | 'INTERIOR_MINISTER'
  /** Justice Minister */
  | 'JUSTICE_MINISTER'
  /** King / monarch */
  | 'KING'
  /** Kremlin Spokesperson */
  | 'KREMLIN_SPOKESPERSON'
  /** Labour Minister */
  | 'LABOUR_MINISTER'
  /** Mayor */
  | 'MAYOR'
  /** Member of parliament */
  | 'MEMBER_OF_PARLIAMENT'
  /** Military commander */
  | 'MILITARY_COMMANDER'
  /** Military Spokesperson */
  | 'MILITARY_SPOKESPERSON'
  /** Minister (generic) */
  | 'MINISTER'
  /** National Security Adviser */
  | 'NATIONAL_SECURITY_ADVISER'
  /** Official (unspecified) */
  | 'OFFICIAL'
  /** Oil Minister */
  | 'OIL_MINISTER'
  /** Opposition leader */
  | 'OPPOSITION_LEADER'
  /** Head of a parliament / assembly */
  | 'PARLIAMENT_HEAD'
  /** Party / movement leader */
  | 'PARTY_LEADER'
  /** Permanent Representative (to the UN or an organisation) */
  | 'PERMANENT_REPRESENTATIVE'
  /** Head of a political bureau (party / movement) */
  | 'POLITICAL_BUREAU_CHIEF'
  /** Pope */
  | 'POPE'
  /** President */
  | 'PRESIDENT'
  /** Presidential Spokesperson */
  | 'PRESIDENTIAL_SPOKESPERSON'
  /** Prime Minister */
  | 'PRIME_MINISTER'
  /** Prince */
  | 'PRINCE'
  /** Queen */
  | 'QUEEN'
  /** President of a region / autonomous republic */
  | 'REGIONAL_PRESIDENT'
  /** Prime minister of a region */
  | 'REGIONAL_PRIME_MINISTER'
  /** Religious leader */
  | 'RELIGIOUS_LEADER'
  /** Secretary-General */
  | 'SECRETARY_GENERAL'
  /** Deputy Chairman of (Russia's) Security Council */
  | 'SECURITY_COUNCIL_DEPUTY_CHAIRMAN'
  /** Secretary of a (national) Security Council */
  | 'SECURITY_COUNCIL_SECRETARY'
  /** Speaker of parliament */
  | 'SPEAKER'
  /** Special Envoy */
  | 'SPECIAL_ENVOY'
  /** Spokesperson (generic) */
  | 'SPOKESPERSON'
  /** Sultan */
  | 'SULTAN'
  /** Supreme Leader */
  | 'SUPREME_LEADER'
  /** Tourism Minister */
  | 'TOURISM_MINISTER'
  /** Trade Minister */
  | 'TRADE_MINISTER'
  /** Transport Minister */
  | 'TRANSPORT_MINISTER'
  /** UN Envoy */
  | 'UN_ENVOY'
  /** UN Secretary-General */
  | 'UN_SECRETARY_GENERAL'
  /** Vice-Chancellor */
  | 'VICE_CHANCELLOR'
  /** Vice President */
  | 'VICE_PRESIDENT';

/** An organisation: ministry, news agency, international body, armed group, … */
export type Organization = Node & Party & {
  __typename?: 'Organization';
  aliases: Array<Alias>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/**
 * Relay page information (https://relay.dev/graphql/connections.htm). Every growing list is a connection:
 * `first`/`after` arguments, `edges { cursor node }`, `pageInfo` and `totalCount`. Pages go forward only:
 * `hasPreviousPage` is true when this page does not start at the beginning of the list.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Opaque cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Something that can be a party to an agreement: a state (Place), an organisation, or a person. */
export type Party = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PeopleOrder =
  | 'MEETING_COUNT'
  | 'NAME';

/** A person, with every spelling and script the articles used for them. */
export type Person = Node & Party & {
  __typename?: 'Person';
  /** Agreements this person signed or announced. */
  agreements: AgreementConnection;
  /** Surface forms seen in articles. */
  aliases: Array<Alias>;
  /**
   * Everyone this person met (in-person meetings only), as a Relay connection: each edge is a counterpart
   * with the meetings they attended together, most frequent counterpart first (then by id).
   * Optional filters: date range and place (a name in any script, or an id).
   */
  counterparts: CounterpartConnection;
  id: Scalars['ID']['output'];
  /** This person's meetings (and, with `kinds`, other contacts), oldest first. */
  meetings: MeetingConnection;
  /**
   * Everyone this person met (in-person meetings only; calls and planned meetings are not meetings),
   * with the meetings, most frequent counterpart first. Optional filters: date range and place.
   * A plain list capped by `first` (at most 100); page through all of them with `counterparts`.
   * @deprecated Use `counterparts`, a Relay connection that pages.
   */
  metWith: Array<MetWith>;
  /** Canonical English name (from the lexicon, or a transliteration). */
  name: Scalars['String']['output'];
  /** Offices the articles say this person held, each claim with its source. Conflicting claims are kept and flagged. */
  roles: Array<RoleClaim>;
  /** Meetings, contacts and agreements in date order (undated last), as a Relay connection. */
  timeline: TimelineConnection;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonCounterpartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ContactKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonMetWithArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A person, with every spelling and script the articles used for them. */
export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A place: country, city, region, site (palace, base) or area. */
export type Place = Node & Party & {
  __typename?: 'Place';
  aliases: Array<Alias>;
  category: PlaceKind;
  id: Scalars['ID']['output'];
  /**
   * country, city, region, site, area, continent (or place): the lower-case form of `category`.
   * @deprecated Use `category`, an enum.
   */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The place this one lies within (the Kremlin is within Moscow), when the graph has it. */
  within?: Maybe<Place>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

/** What kind of place a Place is. */
export type PlaceKind =
  | 'AREA'
  | 'CITY'
  | 'CONTINENT'
  | 'COUNTRY'
  /** A place the lexicon does not classify. */
  | 'OTHER'
  | 'REGION'
  /** A palace, a base, a building. */
  | 'SITE';

export type Query = {
  __typename?: 'Query';
  /** Agreements, filtered by party (state, organisation), signatory (person) and date range. */
  agreements: AgreementConnection;
  article?: Maybe<Article>;
  articles: ArticleConnection;
  /**
   * The same as `path`.
   * @deprecated Renamed `path` (it is not a Relay connection).
   */
  connection?: Maybe<MeetingPath>;
  /**
   * Meetings (by default; other contacts with `kinds`). `participant` and `with` take names in any script or
   * ids: together they give the meetings between two people. `from`/`to` bound the date (undated meetings are
   * left out when a range is given); `place` and `country` take names or ids.
   */
  meetings: MeetingConnection;
  /** Any node by its global id. */
  node?: Maybe<Node>;
  organizations: OrganizationConnection;
  /**
   * The shortest chain of meetings linking two people (names in any script, or ids), with at most
   * `maxHops` meetings, counting only meetings within [since, until]. Null when there is none.
   */
  path?: Maybe<MeetingPath>;
  /**
   * People, optionally by a name search (any script), by an office and the country of that office
   * (a name or an id).
   */
  people: PersonConnection;
  /**
   * A person by a name in any script or spelling ("الشیبانی", "الشيباني", "Shaibani" and "al-Shaibani" find
   * the same person), or by id ("person:sergey-lavrov"). Null when no one matches. Use `personById` for an id
   * that must not be read as a name.
   */
  person?: Maybe<Person>;
  /** A person by id; null when there is none. */
  personById?: Maybe<Person>;
  /** A place by a name in any script, or by id. Null when nothing matches. */
  place?: Maybe<Place>;
  /** A place by id; null when there is none. */
  placeById?: Maybe<Place>;
  places: PlaceConnection;
  /** Full-text search over people, places, organisations (any script or spelling) and article titles, ranked. */
  search: SearchConnection;
  stats: Stats;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  party?: InputMaybe<Scalars['String']['input']>;
  signatory?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConnectionArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ContactKind>>;
  orderBy?: InputMaybe<MeetingOrder>;
  participant?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  with?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  office?: InputMaybe<Office>;
  orderBy?: InputMaybe<PeopleOrder>;
  role?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  name: Scalars['String']['input'];
};


export type QueryPersonByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  name: Scalars['String']['input'];
};


export type QueryPlaceByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};

/** An office claim: the article says this person held this office (of this country) on this date. */
export type RoleClaim = {
  __typename?: 'RoleClaim';
  article: Article;
  /**
   * True when another claim for this person names a different office or country for the same kind of
   * post, e.g. one article calls a foreign minister "defence minister".
   */
  conflicting: Scalars['Boolean']['output'];
  country?: Maybe<Place>;
  date?: Maybe<Scalars['Date']['output']>;
  excerpt: Scalars['String']['output'];
  /** The office, from the offices lexicon. */
  office: Office;
};

/** Search hits, best first. `totalCount` counts at most the first 500 matches of the name index. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchHitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A search result: the node and its score (1 = exact name). */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  score: Scalars['Float']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchKind =
  | 'ARTICLE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

/** What `search` can return: exactly the kinds of `SearchKind`. */
export type SearchResult = Article | Organization | Person | Place;

/** Where a fact came from: the article and the sentence that says it, with offsets into the article text. */
export type Source = {
  __typename?: 'Source';
  article: Article;
  /** Extraction confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Offset after the sentence's last character. */
  end: Scalars['Int']['output'];
  /** The sentence that states the fact, in its original script. */
  excerpt: Scalars['String']['output'];
  /** Offset of the sentence's first character in the article text. */
  start: Scalars['Int']['output'];
};

/** Counts of what the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  agreements: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  organizations: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** One entry of a person's timeline: a meeting/contact or an agreement (exactly one of the two is set). */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  agreement?: Maybe<Agreement>;
  date?: Maybe<Scalars['Date']['output']>;
  meeting?: Maybe<Meeting>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( ArticleRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PlaceRow )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgreementRow )
    | ( ArticleRow )
    | ( MeetingRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PlaceRow )
  ;
  Party:
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PlaceRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<PageParent<AgreementRow>>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementStatus: AgreementStatus;
  Alias: ResolverTypeWrapper<Alias>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<PageParent<ArticleRow>>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContactKind: ContactKind;
  CounterpartConnection: ResolverTypeWrapper<PageParent<MetWithParent>>;
  CounterpartEdge: ResolverTypeWrapper<CounterpartEdgeParent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateBasisKind: DateBasisKind;
  DateOrigin: ResolverTypeWrapper<DateOriginParent>;
  DatePrecision: DatePrecision;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hop: ResolverTypeWrapper<Omit<Hop, 'from' | 'meeting' | 'to'> & { from: ResolversTypes['Person'], meeting: ResolversTypes['Meeting'], to: ResolversTypes['Person'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  MeetingConnection: ResolverTypeWrapper<PageParent<MeetingRow>>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingOrder: MeetingOrder;
  MeetingPath: ResolverTypeWrapper<PathRow>;
  MetWith: ResolverTypeWrapper<MetWithParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Office: Office;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<PageParent<OrganizationRow>>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Party']>;
  PeopleOrder: PeopleOrder;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PageParent<PersonRow>>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Place: ResolverTypeWrapper<PlaceRow>;
  PlaceConnection: ResolverTypeWrapper<PageParent<PlaceRow>>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceKind: PlaceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoleClaim: ResolverTypeWrapper<RoleClaimRow>;
  SearchConnection: ResolverTypeWrapper<PageParent<SearchHitParent>>;
  SearchHit: ResolverTypeWrapper<SearchHitParent>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchKind: SearchKind;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Source: ResolverTypeWrapper<SourceRow>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineConnection: ResolverTypeWrapper<PageParent<TimelineParent>>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: AgreementRow;
  AgreementConnection: PageParent<AgreementRow>;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  Alias: Alias;
  Article: ArticleRow;
  ArticleConnection: PageParent<ArticleRow>;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  CounterpartConnection: PageParent<MetWithParent>;
  CounterpartEdge: CounterpartEdgeParent;
  Date: Scalars['Date']['output'];
  DateOrigin: DateOriginParent;
  Float: Scalars['Float']['output'];
  Hop: Omit<Hop, 'from' | 'meeting' | 'to'> & { from: ResolversParentTypes['Person'], meeting: ResolversParentTypes['Meeting'], to: ResolversParentTypes['Person'] };
  ID: Scalars['ID']['output'];
  IngestResult: IngestParent;
  Int: Scalars['Int']['output'];
  Meeting: MeetingRow;
  MeetingConnection: PageParent<MeetingRow>;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingPath: PathRow;
  MetWith: MetWithParent;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: PageParent<OrganizationRow>;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  PageInfo: PageInfo;
  Party: ResolversInterfaceTypes<ResolversParentTypes>['Party'];
  Person: PersonRow;
  PersonConnection: PageParent<PersonRow>;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Place: PlaceRow;
  PlaceConnection: PageParent<PlaceRow>;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  Query: Record<PropertyKey, never>;
  RoleClaim: RoleClaimRow;
  SearchConnection: PageParent<SearchHitParent>;
  SearchHit: SearchHitParent;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Source: SourceRow;
  Stats: Stats;
  String: Scalars['String']['output'];
  TimelineConnection: PageParent<TimelineParent>;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineParent;
};

export type AgreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AliasResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CounterpartConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CounterpartConnection'] = ResolversParentTypes['CounterpartConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CounterpartEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CounterpartEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CounterpartEdge'] = ResolversParentTypes['CounterpartEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateOriginResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DateOrigin'] = ResolversParentTypes['DateOrigin']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DateBasisKind'], ParentType, ContextType>;
};

export type HopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  from?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateOrigin?: Resolver<ResolversTypes['DateOrigin'], ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MeetingPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingPath'] = ResolversParentTypes['MeetingPath']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type MetWithResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MetWith'] = ResolversParentTypes['MetWith']> = {
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  removeArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveArticleArgs, 'id'>>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Meeting' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<PersonAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  counterparts?: Resolver<ResolversTypes['CounterpartConnection'], ParentType, ContextType, RequireFields<PersonCounterpartsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<PersonMeetingsArgs, 'first'>>;
  metWith?: Resolver<Array<ResolversTypes['MetWith']>, ParentType, ContextType, Partial<PersonMetWithArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleClaim']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<PersonTimelineArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  connection?: Resolver<Maybe<ResolversTypes['MeetingPath']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'a' | 'b' | 'maxHops'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first' | 'orderBy'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  path?: Resolver<Maybe<ResolversTypes['MeetingPath']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'a' | 'b' | 'maxHops'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'name'>>;
  personById?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonByIdArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'name'>>;
  placeById?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceByIdArgs, 'id'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type RoleClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RoleClaim'] = ResolversParentTypes['RoleClaim']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  conflicting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['Office'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Article' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  CounterpartConnection?: CounterpartConnectionResolvers<ContextType>;
  CounterpartEdge?: CounterpartEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateOrigin?: DateOriginResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MeetingPath?: MeetingPathResolvers<ContextType>;
  MetWith?: MetWithResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoleClaim?: RoleClaimResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
};

